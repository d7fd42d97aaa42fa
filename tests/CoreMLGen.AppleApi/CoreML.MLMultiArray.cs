// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/coreml.cs (interface MLMultiArray / MLMultiArrayConstraint / MLMultiArrayShapeConstraint;
// bgen output is '#nullable enable') and the hand-written partials src/CoreML/MLMultiArray.cs and
// src/CoreML/MLMultiArrayConstraint.cs (both '#nullable enable').
// [Deprecated (...)] in the binding is emitted by bgen as [ObsoletedOSPlatform ("<platform><version>", "<message>")].

using System;
using System.ComponentModel;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using CoreMLGen.AppleApi;
using CoreVideo;
using Foundation;
using ObjCRuntime;

#nullable enable

namespace CoreML {
    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding) + src/CoreML/MLMultiArray.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLMultiArray", true)]
    public partial class MLMultiArray : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLMultiArray (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLMultiArray (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // dataPointer — src/coreml.cs ([Deprecated] macOS 13 / iOS 16 / tvOS 16 / Mac Catalyst 16)
        [ObsoletedOSPlatform ("ios16.0", "Use 'GetBytes (Action<IntPtr, nint>)' or 'GetMutableBytes' async methods instead."), ObsoletedOSPlatform ("maccatalyst16.0", "Use 'GetBytes (Action<IntPtr, nint>)' or 'GetMutableBytes' async methods instead."), ObsoletedOSPlatform ("macos13.0", "Use 'GetBytes (Action<IntPtr, nint>)' or 'GetMutableBytes' async methods instead."), ObsoletedOSPlatform ("tvos16.0", "Use 'GetBytes (Action<IntPtr, nint>)' or 'GetMutableBytes' async methods instead.")]
        public virtual IntPtr DataPointer { [Export ("dataPointer")] get => throw new NotSupportedException (ApiSurface.Message); }

        // dataType — src/coreml.cs
        public virtual MLMultiArrayDataType DataType { [Export ("dataType")] get => throw new NotSupportedException (ApiSurface.Message); }

        // count — src/coreml.cs
        public virtual nint Count { [Export ("count")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pixelBuffer — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos16.0")]
        public virtual CVPixelBuffer? PixelBuffer { [Export ("pixelBuffer")] get => throw new NotSupportedException (ApiSurface.Message); }

        // initWithShape:dataType:error: — src/coreml.cs
        [Export ("initWithShape:dataType:error:")]
        public MLMultiArray (NSNumber [] shape, MLMultiArrayDataType dataType, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithShape:dataType:strides: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("initWithShape:dataType:strides:")]
        public MLMultiArray (NSNumber [] shape, MLMultiArrayDataType dataType, NSNumber [] strides) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDataPointer:shape:dataType:strides:deallocator:error: — src/coreml.cs
        [Export ("initWithDataPointer:shape:dataType:strides:deallocator:error:")]
        public MLMultiArray (IntPtr dataPointer, NSNumber [] shape, MLMultiArrayDataType dataType, NSNumber [] strides, Action<IntPtr>? deallocator, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithPixelBuffer:shape: — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos16.0")]
        [Export ("initWithPixelBuffer:shape:")]
        public MLMultiArray (CVPixelBuffer pixelBuffer, NSNumber [] shape) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // objectAtIndexedSubscript: — src/coreml.cs
        [Export ("objectAtIndexedSubscript:")]
        public virtual NSNumber GetObject (nint idx) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKeyedSubscript: — src/coreml.cs
        [Export ("objectForKeyedSubscript:")]
        public virtual NSNumber GetObject (NSNumber [] key) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:atIndexedSubscript: — src/coreml.cs
        [Export ("setObject:atIndexedSubscript:")]
        public virtual void SetObject (NSNumber obj, nint idx) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKeyedSubscript: — src/coreml.cs
        [Export ("setObject:forKeyedSubscript:")]
        public virtual void SetObject (NSNumber obj, NSNumber [] key) => throw new NotSupportedException (ApiSurface.Message);

        // multiArrayByConcatenatingMultiArrays:alongAxis:dataType: — src/coreml.cs
        [SupportedOSPlatform ("ios14.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos14.0")]
        [Export ("multiArrayByConcatenatingMultiArrays:alongAxis:dataType:")]
        public static MLMultiArray Concat (MLMultiArray [] multiArrays, nint axis, MLMultiArrayDataType dataType) => throw new NotSupportedException (ApiSurface.Message);

        // getBytesWithHandler: — src/coreml.cs ([Async (ResultTypeName = "MLMultiArrayDataPointer")])
        [SupportedOSPlatform ("ios15.4"), SupportedOSPlatform ("maccatalyst15.4"), SupportedOSPlatform ("macos12.3"), SupportedOSPlatform ("tvos15.4")]
        [Export ("getBytesWithHandler:")]
        public virtual void GetBytes (Action<IntPtr, nint> handler) => throw new NotSupportedException (ApiSurface.Message);

        // getBytesWithHandler: ([Async]) — src/coreml.cs
        [SupportedOSPlatform ("ios15.4"), SupportedOSPlatform ("maccatalyst15.4"), SupportedOSPlatform ("macos12.3"), SupportedOSPlatform ("tvos15.4")]
        public virtual Task<MLMultiArrayDataPointer> GetBytesAsync () => throw new NotSupportedException (ApiSurface.Message);

        // getMutableBytesWithHandler: — src/coreml.cs ([Async (ResultTypeName = "MLMultiArrayMutableDataPointer")])
        // handler receives (pointer, size in bytes, strides)
        [SupportedOSPlatform ("ios15.4"), SupportedOSPlatform ("maccatalyst15.4"), SupportedOSPlatform ("macos12.3"), SupportedOSPlatform ("tvos15.4")]
        [Export ("getMutableBytesWithHandler:")]
        public virtual void GetMutableBytes (Action<IntPtr, nint, NSArray<NSNumber>> handler) => throw new NotSupportedException (ApiSurface.Message);

        // getMutableBytesWithHandler: ([Async]) — src/coreml.cs
        [SupportedOSPlatform ("ios15.4"), SupportedOSPlatform ("maccatalyst15.4"), SupportedOSPlatform ("macos12.3"), SupportedOSPlatform ("tvos15.4")]
        public virtual Task<MLMultiArrayMutableDataPointer> GetMutableBytesAsync () => throw new NotSupportedException (ApiSurface.Message);

        // transferToMultiArray: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("transferToMultiArray:")]
        public virtual void TransferToMultiArray (MLMultiArray destinationMultiArray) => throw new NotSupportedException (ApiSurface.Message);

        // --- src/CoreML/MLMultiArray.cs (hand-written) ---

        // initWithShape:dataType:error: — src/CoreML/MLMultiArray.cs
        public MLMultiArray (nint [] shape, MLMultiArrayDataType dataType, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDataPointer:shape:dataType:strides:deallocator:error: — src/CoreML/MLMultiArray.cs
        // (note: 'deallocator' is not nullable here, unlike the NSNumber[] overload)
        public MLMultiArray (IntPtr dataPointer, nint [] shape, MLMultiArrayDataType dataType, nint [] strides, Action<IntPtr> deallocator, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // objectAtIndexedSubscript: / setObject:atIndexedSubscript: — src/CoreML/MLMultiArray.cs
        public NSNumber this [nint idx] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKeyedSubscript: / setObject:forKeyedSubscript: — src/CoreML/MLMultiArray.cs
        public NSNumber this [params nint [] indices] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKeyedSubscript: / setObject:forKeyedSubscript: — src/CoreML/MLMultiArray.cs
        public NSNumber this [NSNumber [] key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKeyedSubscript: — src/CoreML/MLMultiArray.cs
        public NSNumber GetObject (params nint [] indices) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKeyedSubscript: — src/CoreML/MLMultiArray.cs
        public void SetObject (NSNumber obj, params nint [] indices) => throw new NotSupportedException (ApiSurface.Message);

        // shape — src/CoreML/MLMultiArray.cs (wraps the internal NSArray<NSNumber> '_Shape')
        public nint [] Shape => throw new NotSupportedException (ApiSurface.Message);

        // strides — src/CoreML/MLMultiArray.cs (wraps the internal NSArray<NSNumber> '_Strides')
        public nint [] Strides => throw new NotSupportedException (ApiSurface.Message);
    }

    // bgen async result class for [Async (ResultTypeName = "MLMultiArrayDataPointer")] — src/coreml.cs
    public partial class MLMultiArrayDataPointer {
        public IntPtr Arg1 { get; set; }
        public nint Arg2 { get; set; }

        public MLMultiArrayDataPointer (IntPtr arg1, nint arg2)
        {
            this.Arg1 = arg1;
            this.Arg2 = arg2;
        }
    }

    // bgen async result class for [Async (ResultTypeName = "MLMultiArrayMutableDataPointer")] — src/coreml.cs
    public partial class MLMultiArrayMutableDataPointer {
        public IntPtr Arg1 { get; set; }
        public nint Arg2 { get; set; }
        public NSArray<NSNumber> Arg3 { get; set; }

        public MLMultiArrayMutableDataPointer (IntPtr arg1, nint arg2, NSArray<NSNumber> arg3)
        {
            this.Arg1 = arg1;
            this.Arg2 = arg2;
            this.Arg3 = arg3;
        }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding) + src/CoreML/MLMultiArrayConstraint.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLMultiArrayConstraint", true)]
    public partial class MLMultiArrayConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLMultiArrayConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLMultiArrayConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // dataType — src/coreml.cs
        public virtual MLMultiArrayDataType DataType { [Export ("dataType")] get => throw new NotSupportedException (ApiSurface.Message); }

        // shapeConstraint — src/coreml.cs
        public virtual MLMultiArrayShapeConstraint ShapeConstraint { [Export ("shapeConstraint")] get => throw new NotSupportedException (ApiSurface.Message); }

        // shape — src/CoreML/MLMultiArrayConstraint.cs
        public nint [] Shape => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLMultiArrayShapeConstraint", true)]
    public class MLMultiArrayShapeConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLMultiArrayShapeConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLMultiArrayShapeConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // type — src/coreml.cs
        public virtual MLMultiArrayShapeConstraintType Type { [Export ("type")] get => throw new NotSupportedException (ApiSurface.Message); }

        // sizeRangeForDimension — src/coreml.cs
        public virtual NSValue [] SizeRangeForDimension { [Export ("sizeRangeForDimension")] get => throw new NotSupportedException (ApiSurface.Message); }

        // enumeratedShapes — src/coreml.cs
        public virtual NSArray<NSNumber> [] EnumeratedShapes { [Export ("enumeratedShapes")] get => throw new NotSupportedException (ApiSurface.Message); }
    }
}
