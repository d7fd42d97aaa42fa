// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/coreml.cs (bgen definitions; emitted '#nullable enable') and
// src/CoreML/MLDictionaryFeatureProvider.cs ('#nullable enable').
// Protocols: in .NET, bgen emits every [Protocol] member (required or optional) as a default
// interface member (body calls the native selector; here it throws), tagged [RequiredMember] /
// [OptionalMember]. So the C# compiler does NOT force implementers to provide them.
// Conformances to NSCopying/NSSecureCoding are omitted.

using System;
using System.ComponentModel;
using System.Runtime.Versioning;
using CoreGraphics;
using CoreMLGen.AppleApi;
using CoreVideo;
using Foundation;
using ImageIO;
using ObjCRuntime;
using Vision;

#nullable enable

namespace CoreML {
    // ------------------------------------------------------------------ MLFeatureProvider
    // bgen output of '[Protocol] interface MLFeatureProvider' — src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Protocol (Name = "MLFeatureProvider")]
    [ProtocolMember (IsRequired = true, IsProperty = false, IsStatic = false, Name = "GetFeatureValue", Selector = "featureValueForName:", ReturnType = typeof (MLFeatureValue), ParameterType = new Type [] { typeof (string) }, ParameterByRef = new bool [] { false })]
    [ProtocolMember (IsRequired = true, IsProperty = true, IsStatic = false, Name = "FeatureNames", Selector = "featureNames", PropertyType = typeof (NSSet<NSString>), GetterSelector = "featureNames", ArgumentSemantic = ArgumentSemantic.None)]
    public partial interface IMLFeatureProvider : INativeObject, IDisposable {
        // featureNames — src/coreml.cs ([Abstract])
        [RequiredMember]
        public virtual NSSet<NSString> FeatureNames {
            [Export ("featureNames")] get => throw new NotSupportedException (ApiSurface.Message);
        }

        // featureValueForName: — src/coreml.cs ([Abstract], [return: NullAllowed])
        [RequiredMember]
        [Export ("featureValueForName:")]
        public virtual MLFeatureValue? GetFeatureValue (string featureName) => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ MLBatchProvider
    // bgen output of '[Protocol] interface MLBatchProvider' — src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Protocol (Name = "MLBatchProvider")]
    [ProtocolMember (IsRequired = true, IsProperty = false, IsStatic = false, Name = "GetFeatures", Selector = "featuresAtIndex:", ReturnType = typeof (IMLFeatureProvider), ParameterType = new Type [] { typeof (nint) }, ParameterByRef = new bool [] { false })]
    [ProtocolMember (IsRequired = true, IsProperty = true, IsStatic = false, Name = "Count", Selector = "count", PropertyType = typeof (nint), GetterSelector = "count", ArgumentSemantic = ArgumentSemantic.None)]
    public partial interface IMLBatchProvider : INativeObject, IDisposable {
        // count — src/coreml.cs ([Abstract])
        [RequiredMember]
        public virtual nint Count {
            [Export ("count")] get => throw new NotSupportedException (ApiSurface.Message);
        }

        // featuresAtIndex: — src/coreml.cs ([Abstract])
        [RequiredMember]
        [Export ("featuresAtIndex:")]
        public virtual IMLFeatureProvider GetFeatures (nint index) => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ MLFeatureValue
    // src/coreml.cs (interface MLFeatureValue : NSCopying, NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLFeatureValue", true)]
    public class MLFeatureValue : NSObject {
        // init — bgen (no [DisableDefaultCtor] in the binding)
        [Export ("init")]
        public MLFeatureValue () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLFeatureValue (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLFeatureValue (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // type — src/coreml.cs
        public virtual MLFeatureType Type { [Export ("type")] get => throw new NotSupportedException (ApiSurface.Message); }

        // isUndefined — src/coreml.cs
        public virtual bool Undefined { [Export ("isUndefined")] get => throw new NotSupportedException (ApiSurface.Message); }

        // int64Value — src/coreml.cs
        public virtual long Int64Value { [Export ("int64Value")] get => throw new NotSupportedException (ApiSurface.Message); }

        // doubleValue — src/coreml.cs
        public virtual double DoubleValue { [Export ("doubleValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // stringValue — src/coreml.cs (not [NullAllowed] in the binding)
        public virtual string StringValue { [Export ("stringValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // multiArrayValue — src/coreml.cs
        public virtual MLMultiArray? MultiArrayValue { [Export ("multiArrayValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // dictionaryValue — src/coreml.cs
        public virtual NSDictionary<NSObject, NSNumber> DictionaryValue { [Export ("dictionaryValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // imageBufferValue — src/coreml.cs
        public virtual CVPixelBuffer? ImageBufferValue { [Export ("imageBufferValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // sequenceValue — src/coreml.cs
        public virtual MLSequence? SequenceValue { [Export ("sequenceValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // featureValueWithPixelBuffer: — src/coreml.cs
        [Export ("featureValueWithPixelBuffer:")]
        public static MLFeatureValue Create (CVPixelBuffer value) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithSequence: — src/coreml.cs
        [Export ("featureValueWithSequence:")]
        public static MLFeatureValue Create (MLSequence sequence) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithInt64: — src/coreml.cs
        [Export ("featureValueWithInt64:")]
        public static MLFeatureValue Create (long value) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithDouble: — src/coreml.cs
        [Export ("featureValueWithDouble:")]
        public static MLFeatureValue Create (double value) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithString: — src/coreml.cs
        [Export ("featureValueWithString:")]
        public static MLFeatureValue Create (string value) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithMultiArray: — src/coreml.cs
        [Export ("featureValueWithMultiArray:")]
        public static MLFeatureValue Create (MLMultiArray value) => throw new NotSupportedException (ApiSurface.Message);

        // undefinedFeatureValueWithType: — src/coreml.cs
        [Export ("undefinedFeatureValueWithType:")]
        public static MLFeatureValue CreateUndefined (MLFeatureType type) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithDictionary:error: — src/coreml.cs
        [Export ("featureValueWithDictionary:error:")]
        public static MLFeatureValue? Create (NSDictionary<NSObject, NSNumber> value, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // isEqualToFeatureValue: — src/coreml.cs
        [Export ("isEqualToFeatureValue:")]
        public virtual bool IsEqual (MLFeatureValue value) => throw new NotSupportedException (ApiSurface.Message);

        // --- MLFeatureValue (MLImageConversion), iOS 13 / tvOS 13 ---
        // Note: each NSDictionary? overload has a MLFeatureValueImageOption? twin ([Wrap]), so a bare
        // 'null' for the options argument is ambiguous; pass '(NSDictionary?) null'.

        // featureValueWithImageAtURL:pixelsWide:pixelsHigh:pixelFormatType:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithImageAtURL:pixelsWide:pixelsHigh:pixelFormatType:options:error:")]
        public static MLFeatureValue? Create (NSUrl url, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:pixelsWide:pixelsHigh:pixelFormatType:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (NSUrl url, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:constraint:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithImageAtURL:constraint:options:error:")]
        public static MLFeatureValue? Create (NSUrl url, MLImageConstraint constraint, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:constraint:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (NSUrl url, MLImageConstraint constraint, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:pixelsWide:pixelsHigh:pixelFormatType:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithCGImage:pixelsWide:pixelsHigh:pixelFormatType:options:error:")]
        public static MLFeatureValue? Create (CGImage image, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:pixelsWide:pixelsHigh:pixelFormatType:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (CGImage image, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:constraint:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithCGImage:constraint:options:error:")]
        public static MLFeatureValue? Create (CGImage image, MLImageConstraint constraint, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:constraint:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (CGImage image, MLImageConstraint constraint, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:orientation:pixelsWide:pixelsHigh:pixelFormatType:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithImageAtURL:orientation:pixelsWide:pixelsHigh:pixelFormatType:options:error:")]
        public static MLFeatureValue? Create (NSUrl url, CGImagePropertyOrientation orientation, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:orientation:pixelsWide:pixelsHigh:pixelFormatType:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (NSUrl url, CGImagePropertyOrientation orientation, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:orientation:constraint:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithImageAtURL:orientation:constraint:options:error:")]
        public static MLFeatureValue? Create (NSUrl url, CGImagePropertyOrientation orientation, MLImageConstraint constraint, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithImageAtURL:orientation:constraint:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (NSUrl url, CGImagePropertyOrientation orientation, MLImageConstraint constraint, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:orientation:pixelsWide:pixelsHigh:pixelFormatType:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithCGImage:orientation:pixelsWide:pixelsHigh:pixelFormatType:options:error:")]
        public static MLFeatureValue? Create (CGImage image, CGImagePropertyOrientation orientation, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:orientation:pixelsWide:pixelsHigh:pixelFormatType:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (CGImage image, CGImagePropertyOrientation orientation, nint pixelsWide, nint pixelsHigh, CVPixelFormatType pixelFormatType, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:orientation:constraint:options:error: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("featureValueWithCGImage:orientation:constraint:options:error:")]
        public static MLFeatureValue? Create (CGImage image, CGImagePropertyOrientation orientation, MLImageConstraint constraint, NSDictionary? options, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueWithCGImage:orientation:constraint:options:error: ([Wrap]) — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public static MLFeatureValue? Create (CGImage image, CGImagePropertyOrientation orientation, MLImageConstraint constraint, MLFeatureValueImageOption? imageOptions, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);
    }

    // bgen output of '[StrongDictionary ("MLFeatureValueImageOptionKeys")] interface MLFeatureValueImageOption' — src/coreml.cs
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    public partial class MLFeatureValueImageOption : DictionaryContainer {
        // bgen
        public MLFeatureValueImageOption () => throw new NotSupportedException (ApiSurface.Message);

        // bgen
        public MLFeatureValueImageOption (NSDictionary? dictionary) => throw new NotSupportedException (ApiSurface.Message);

        // MLFeatureValueImageOptionCropRect (key) — src/coreml.cs
        public CGRect? CropRect { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // MLFeatureValueImageOptionCropAndScale (key) — src/coreml.cs
        public VNImageCropAndScaleOption? CropAndScale { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }
    }

    // ------------------------------------------------------------------ MLFeatureDescription and constraints
    // src/coreml.cs (interface MLFeatureDescription : NSCopying, NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLFeatureDescription", true)]
    public class MLFeatureDescription : NSObject {
        // init — bgen (no [DisableDefaultCtor] in the binding)
        [Export ("init")]
        public MLFeatureDescription () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLFeatureDescription (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLFeatureDescription (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // name — src/coreml.cs
        public virtual string Name { [Export ("name")] get => throw new NotSupportedException (ApiSurface.Message); }

        // type — src/coreml.cs
        public virtual MLFeatureType Type { [Export ("type")] get => throw new NotSupportedException (ApiSurface.Message); }

        // isOptional — src/coreml.cs
        public virtual bool Optional { [Export ("isOptional")] get => throw new NotSupportedException (ApiSurface.Message); }

        // isAllowedValue: — src/coreml.cs
        [Export ("isAllowedValue:")]
        public virtual bool IsAllowed (MLFeatureValue value) => throw new NotSupportedException (ApiSurface.Message);

        // multiArrayConstraint — src/coreml.cs
        public virtual MLMultiArrayConstraint? MultiArrayConstraint { [Export ("multiArrayConstraint", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message); }

        // imageConstraint — src/coreml.cs
        public virtual MLImageConstraint? ImageConstraint { [Export ("imageConstraint", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message); }

        // dictionaryConstraint — src/coreml.cs
        public virtual MLDictionaryConstraint? DictionaryConstraint { [Export ("dictionaryConstraint", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message); }

        // sequenceConstraint — src/coreml.cs
        public virtual MLSequenceConstraint? SequenceConstraint { [Export ("sequenceConstraint")] get => throw new NotSupportedException (ApiSurface.Message); }

        // stateConstraint — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        public virtual MLStateConstraint? StateConstraint { [Export ("stateConstraint")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLImageConstraint", true)]
    public class MLImageConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLImageConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLImageConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // pixelsHigh — src/coreml.cs
        public virtual nint PixelsHigh { [Export ("pixelsHigh")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pixelsWide — src/coreml.cs
        public virtual nint PixelsWide { [Export ("pixelsWide")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pixelFormatType — src/coreml.cs (OSType, bound as uint, not CVPixelFormatType)
        public virtual uint PixelFormatType { [Export ("pixelFormatType")] get => throw new NotSupportedException (ApiSurface.Message); }

        // sizeConstraint — src/coreml.cs
        public virtual MLImageSizeConstraint SizeConstraint { [Export ("sizeConstraint")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLImageSize", true)]
    public class MLImageSize : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLImageSize (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLImageSize (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // pixelsWide — src/coreml.cs
        public virtual nint PixelsWide { [Export ("pixelsWide")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pixelsHigh — src/coreml.cs
        public virtual nint PixelsHigh { [Export ("pixelsHigh")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLImageSizeConstraint", true)]
    public class MLImageSizeConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLImageSizeConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLImageSizeConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // type — src/coreml.cs
        public virtual MLImageSizeConstraintType Type { [Export ("type")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pixelsWideRange — src/coreml.cs
        public virtual NSRange PixelsWideRange { [Export ("pixelsWideRange")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pixelsHighRange — src/coreml.cs
        public virtual NSRange PixelsHighRange { [Export ("pixelsHighRange")] get => throw new NotSupportedException (ApiSurface.Message); }

        // enumeratedImageSizes — src/coreml.cs
        public virtual MLImageSize [] EnumeratedImageSizes { [Export ("enumeratedImageSizes")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLDictionaryConstraint", true)]
    public class MLDictionaryConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLDictionaryConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLDictionaryConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // keyType — src/coreml.cs
        public virtual MLFeatureType KeyType { [Export ("keyType")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSCopying, NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLSequenceConstraint", true)]
    public class MLSequenceConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLSequenceConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLSequenceConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // valueDescription — src/coreml.cs
        public virtual MLFeatureDescription ValueDescription { [Export ("valueDescription")] get => throw new NotSupportedException (ApiSurface.Message); }

        // countRange — src/coreml.cs
        public virtual NSRange CountRange { [Export ("countRange")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
    [Register ("MLStateConstraint", true)]
    public class MLStateConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLStateConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLStateConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // bufferShape — src/coreml.cs
        public virtual NSNumber [] BufferShape { [Export ("bufferShape")] get => throw new NotSupportedException (ApiSurface.Message); }

        // dataType — src/coreml.cs
        public virtual MLMultiArrayDataType DataType { [Export ("dataType")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // ------------------------------------------------------------------ MLSequence
    // src/coreml.cs ([DisableDefaultCtor], NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLSequence", true)]
    public class MLSequence : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLSequence (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLSequence (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // type — src/coreml.cs
        public virtual MLFeatureType Type { [Export ("type")] get => throw new NotSupportedException (ApiSurface.Message); }

        // emptySequenceWithType: — src/coreml.cs
        [Export ("emptySequenceWithType:")]
        public static MLSequence CreateEmpty (MLFeatureType type) => throw new NotSupportedException (ApiSurface.Message);

        // sequenceWithStringArray: — src/coreml.cs
        [Export ("sequenceWithStringArray:")]
        public static MLSequence Create (string [] stringValues) => throw new NotSupportedException (ApiSurface.Message);

        // stringValues — src/coreml.cs
        public virtual string [] StringValues { [Export ("stringValues")] get => throw new NotSupportedException (ApiSurface.Message); }

        // sequenceWithInt64Array: — src/coreml.cs
        [Export ("sequenceWithInt64Array:")]
        public static MLSequence Create (NSNumber [] int64Values) => throw new NotSupportedException (ApiSurface.Message);

        // int64Values — src/coreml.cs
        public virtual NSNumber [] Int64Values { [Export ("int64Values")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // ------------------------------------------------------------------ MLDictionaryFeatureProvider
    // src/coreml.cs (interface MLDictionaryFeatureProvider : MLFeatureProvider, NSSecureCoding)
    // + src/CoreML/MLDictionaryFeatureProvider.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLDictionaryFeatureProvider", true)]
    public partial class MLDictionaryFeatureProvider : NSObject, IMLFeatureProvider {
        // init — bgen (no [DisableDefaultCtor] in the binding)
        [Export ("init")]
        public MLDictionaryFeatureProvider () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLDictionaryFeatureProvider (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLDictionaryFeatureProvider (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary:error: — src/coreml.cs
        [Export ("initWithDictionary:error:")]
        public MLDictionaryFeatureProvider (NSDictionary<NSString, NSObject> dictionary, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // dictionary — src/coreml.cs
        public virtual NSDictionary<NSString, MLFeatureValue> Dictionary { [Export ("dictionary")] get => throw new NotSupportedException (ApiSurface.Message); }

        // featureNames — src/coreml.cs (inlined from MLFeatureProvider)
        public virtual NSSet<NSString> FeatureNames { [Export ("featureNames")] get => throw new NotSupportedException (ApiSurface.Message); }

        // featureValueForName: — src/coreml.cs (inlined from MLFeatureProvider)
        [Export ("featureValueForName:")]
        public virtual MLFeatureValue? GetFeatureValue (string featureName) => throw new NotSupportedException (ApiSurface.Message);

        // featureValueForName: — src/CoreML/MLDictionaryFeatureProvider.cs
        public MLFeatureValue? this [string featureName] {
            get => throw new NotSupportedException (ApiSurface.Message);
        }
    }

    // ------------------------------------------------------------------ MLArrayBatchProvider
    // src/coreml.cs (interface MLArrayBatchProvider : MLBatchProvider, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLArrayBatchProvider", true)]
    public class MLArrayBatchProvider : NSObject, IMLBatchProvider {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLArrayBatchProvider (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLArrayBatchProvider (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // array — src/coreml.cs
        public virtual IMLFeatureProvider [] Array { [Export ("array")] get => throw new NotSupportedException (ApiSurface.Message); }

        // initWithFeatureProviderArray: — src/coreml.cs
        [Export ("initWithFeatureProviderArray:")]
        public MLArrayBatchProvider (IMLFeatureProvider [] array) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary:error: — src/coreml.cs
        [Export ("initWithDictionary:error:")]
        public MLArrayBatchProvider (NSDictionary<NSString, NSArray> dictionary, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // count — src/coreml.cs (inlined from MLBatchProvider)
        public virtual nint Count { [Export ("count")] get => throw new NotSupportedException (ApiSurface.Message); }

        // featuresAtIndex: — src/coreml.cs (inlined from MLBatchProvider)
        [Export ("featuresAtIndex:")]
        public virtual IMLFeatureProvider GetFeatures (nint index) => throw new NotSupportedException (ApiSurface.Message);
    }
}
