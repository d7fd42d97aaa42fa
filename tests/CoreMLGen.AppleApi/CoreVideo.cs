// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/CoreVideo/CVBuffer.cs, CVImageBuffer.cs, CVPixelBuffer.cs, CVPixelBufferAttributes.cs,
// CVPixelFormatType.cs, CVEnums.cs (all '#nullable enable').

using System;
using System.Runtime.Versioning;
using CoreFoundation;
using CoreGraphics;
using CoreMLGen.AppleApi;
using Foundation;
using ObjCRuntime;

#nullable enable

namespace CoreVideo {
    // src/CoreVideo/CVBuffer.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public partial class CVBuffer : NativeObject {
        // src/CoreVideo/CVBuffer.cs
        internal CVBuffer (NativeHandle handle, bool owns) => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferRemoveAllAttachments — src/CoreVideo/CVBuffer.cs
        public void RemoveAllAttachments () => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferRemoveAttachment — src/CoreVideo/CVBuffer.cs
        public void RemoveAttachment (NSString key) => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferCopyAttachment — src/CoreVideo/CVBuffer.cs
        public T? GetAttachment<T> (NSString key, out CVAttachmentMode attachmentMode) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferCopyAttachments — src/CoreVideo/CVBuffer.cs
        public NSDictionary? GetAttachments (CVAttachmentMode attachmentMode) => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferCopyAttachments — src/CoreVideo/CVBuffer.cs
        public NSDictionary<TKey, TValue>? GetAttachments<TKey, TValue> (CVAttachmentMode attachmentMode)
            where TKey : class, INativeObject
            where TValue : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferPropagateAttachments — src/CoreVideo/CVBuffer.cs
        public void PropogateAttachments (CVBuffer destinationBuffer) => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferSetAttachment — src/CoreVideo/CVBuffer.cs
        public void SetAttachment (NSString key, INativeObject @value, CVAttachmentMode attachmentMode) => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferSetAttachments — src/CoreVideo/CVBuffer.cs
        public void SetAttachments (NSDictionary theAttachments, CVAttachmentMode attachmentMode) => throw new NotSupportedException (ApiSurface.Message);

        // CVBufferHasAttachment — src/CoreVideo/CVBuffer.cs
        [SupportedOSPlatform ("ios15.0"), SupportedOSPlatform ("tvos15.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos")]
        public bool HasAttachment (NSString key) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/CoreVideo/CVImageBuffer.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public partial class CVImageBuffer : CVBuffer {
        // src/CoreVideo/CVImageBuffer.cs
        internal CVImageBuffer (NativeHandle handle, bool owns) : base (handle, owns) => throw new NotSupportedException (ApiSurface.Message);

        // CVImageBufferGetCleanRect — src/CoreVideo/CVImageBuffer.cs
        public CGRect CleanRect => throw new NotSupportedException (ApiSurface.Message);

        // CVImageBufferGetDisplaySize — src/CoreVideo/CVImageBuffer.cs
        public CGSize DisplaySize => throw new NotSupportedException (ApiSurface.Message);

        // CVImageBufferGetEncodedSize — src/CoreVideo/CVImageBuffer.cs
        public CGSize EncodedSize => throw new NotSupportedException (ApiSurface.Message);

        // CVImageBufferIsFlipped — src/CoreVideo/CVImageBuffer.cs
        public bool IsFlipped => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/CoreVideo/CVPixelBuffer.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public partial class CVPixelBuffer : CVImageBuffer {
        // CVPixelBufferGetTypeID — src/CoreVideo/CVPixelBuffer.cs
        public static /* CFTypeID */ nint GetTypeID () => throw new NotSupportedException (ApiSurface.Message);

        // src/CoreVideo/CVPixelBuffer.cs
        internal CVPixelBuffer (NativeHandle handle, bool owns) : base (handle, owns) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreate — src/CoreVideo/CVPixelBuffer.cs (note the parameter name 'pixelFormat')
        public CVPixelBuffer (nint width, nint height, CVPixelFormatType pixelFormat) : base (default, false) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreate — src/CoreVideo/CVPixelBuffer.cs
        public CVPixelBuffer (nint width, nint height, CVPixelFormatType pixelFormatType, CVPixelBufferAttributes? attributes) : base (default, false) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreateResolvedAttributesDictionary — src/CoreVideo/CVPixelBuffer.cs
        public NSDictionary? GetAttributes (NSDictionary []? attributes) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCopyCreationAttributes — src/CoreVideo/CVPixelBuffer.cs
        [SupportedOSPlatform ("tvos15.0"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("ios15.0"), SupportedOSPlatform ("maccatalyst")]
        public CVPixelBufferAttributes? GetPixelBufferCreationAttributes () => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreateWithBytes — src/CoreVideo/CVPixelBuffer.cs
        public static CVPixelBuffer? Create (nint width, nint height, CVPixelFormatType pixelFormatType, byte [] data, nint bytesPerRow, CVPixelBufferAttributes pixelBufferAttributes) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreateWithBytes — src/CoreVideo/CVPixelBuffer.cs
        public static CVPixelBuffer? Create (nint width, nint height, CVPixelFormatType pixelFormatType, byte [] data, nint bytesPerRow, CVPixelBufferAttributes pixelBufferAttributes, out CVReturn status) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreateWithPlanarBytes — src/CoreVideo/CVPixelBuffer.cs
        public static CVPixelBuffer? Create (nint width, nint height, CVPixelFormatType pixelFormatType, byte [] [] planes, nint [] planeWidths, nint [] planeHeights, nint [] planeBytesPerRow, CVPixelBufferAttributes pixelBufferAttributes) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferCreateWithPlanarBytes — src/CoreVideo/CVPixelBuffer.cs
        public static CVPixelBuffer? Create (nint width, nint height, CVPixelFormatType pixelFormatType, byte [] [] planes, nint [] planeWidths, nint [] planeHeights, nint [] planeBytesPerRow, CVPixelBufferAttributes pixelBufferAttributes, out CVReturn status) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferFillExtendedPixels — src/CoreVideo/CVPixelBuffer.cs
        public CVReturn FillExtendedPixels () => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetBaseAddress — src/CoreVideo/CVPixelBuffer.cs
        public IntPtr BaseAddress => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetBytesPerRow — src/CoreVideo/CVPixelBuffer.cs
        public nint BytesPerRow => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetDataSize — src/CoreVideo/CVPixelBuffer.cs
        public nint DataSize => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetHeight — src/CoreVideo/CVPixelBuffer.cs
        public nint Height => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetWidth — src/CoreVideo/CVPixelBuffer.cs
        public nint Width => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetPlaneCount — src/CoreVideo/CVPixelBuffer.cs
        public nint PlaneCount => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferIsPlanar — src/CoreVideo/CVPixelBuffer.cs
        public bool IsPlanar => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetPixelFormatType — src/CoreVideo/CVPixelBuffer.cs
        public CVPixelFormatType PixelFormatType => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetBaseAddressOfPlane — src/CoreVideo/CVPixelBuffer.cs
        public IntPtr GetBaseAddress (nint planeIndex) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetBytesPerRowOfPlane — src/CoreVideo/CVPixelBuffer.cs
        public nint GetBytesPerRowOfPlane (nint planeIndex) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetHeightOfPlane — src/CoreVideo/CVPixelBuffer.cs
        public nint GetHeightOfPlane (nint planeIndex) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferGetWidthOfPlane — src/CoreVideo/CVPixelBuffer.cs
        public nint GetWidthOfPlane (nint planeIndex) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferLockBaseAddress — src/CoreVideo/CVPixelBuffer.cs
        public CVReturn Lock (CVPixelBufferLock lockFlags) => throw new NotSupportedException (ApiSurface.Message);

        // CVPixelBufferUnlockBaseAddress — src/CoreVideo/CVPixelBuffer.cs
        public CVReturn Unlock (CVPixelBufferLock unlockFlags) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/CoreVideo/CVPixelBufferAttributes.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public class CVPixelBufferAttributes : DictionaryContainer {
        // src/CoreVideo/CVPixelBufferAttributes.cs
        public CVPixelBufferAttributes () => throw new NotSupportedException (ApiSurface.Message);

        // src/CoreVideo/CVPixelBufferAttributes.cs
        public CVPixelBufferAttributes (NSDictionary dictionary) => throw new NotSupportedException (ApiSurface.Message);

        // src/CoreVideo/CVPixelBufferAttributes.cs
        public CVPixelBufferAttributes (CVPixelFormatType pixelFormatType, nint width, nint height) => throw new NotSupportedException (ApiSurface.Message);

        // kCVPixelBufferPixelFormatTypeKey — src/CoreVideo/CVPixelBufferAttributes.cs
        public CVPixelFormatType? PixelFormatType { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferWidthKey — src/CoreVideo/CVPixelBufferAttributes.cs
        public nint? Width { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferHeightKey — src/CoreVideo/CVPixelBufferAttributes.cs
        public nint? Height { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferBytesPerRowAlignmentKey — src/CoreVideo/CVPixelBufferAttributes.cs
        public int? BytesPerRowAlignment { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferCGImageCompatibilityKey — src/CoreVideo/CVPixelBufferAttributes.cs
        public bool? CGImageCompatibility { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferCGBitmapContextCompatibilityKey — src/CoreVideo/CVPixelBufferAttributes.cs
        public bool? CGBitmapContextCompatibility { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferIOSurfacePropertiesKey — src/CoreVideo/CVPixelBufferAttributes.cs, inside '#if !MONOMAC':
        // the macOS assembly has no such member, which one surface assembly can only say as [UnsupportedOSPlatform ("macos")].
        [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("tvos"), UnsupportedOSPlatform ("macos")]
        public bool? AllocateWithIOSurface { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }

        // kCVPixelBufferMetalCompatibilityKey — src/CoreVideo/CVPixelBufferAttributes.cs (inside '#if !MONOMAC', and
        // attributed there as below)
        [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("tvos"), UnsupportedOSPlatform ("macos")]
        public bool? MetalCompatibility { get => throw new NotSupportedException (ApiSurface.Message); set => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/CoreVideo/CVEnums.cs
    [SupportedOSPlatform ("maccatalyst")]
    public enum CVAttachmentMode : uint {
        ShouldNotPropagate = 0,
        ShouldPropagate = 1,
    }

    // src/CoreVideo/CVEnums.cs (NET: ulong, CVOptionFlags)
    [Flags]
    [SupportedOSPlatform ("maccatalyst")]
    public enum CVPixelBufferLock : ulong {
        None = 0x00000000,
        ReadOnly = 0x00000001,
    }

    // src/CoreVideo/CVEnums.cs
    [SupportedOSPlatform ("maccatalyst")]
    public enum CVReturn : int {
        Success = 0,
        First = -6660,
        Error = First,
        InvalidArgument = -6661,
        AllocationFailed = -6662,
        Unsupported = -6663,
        InvalidDisplay = -6670,
        DisplayLinkAlreadyRunning = -6671,
        DisplayLinkNotRunning = -6672,
        DisplayLinkCallbacksNotSet = -6673,
        InvalidPixelFormat = -6680,
        InvalidSize = -6681,
        InvalidPixelBufferAttributes = -6682,
        PixelBufferNotOpenGLCompatible = -6683,
        PixelBufferNotMetalCompatible = -6684,
        WouldExceedAllocationThreshold = -6689,
        PoolAllocationFailed = -6690,
        InvalidPoolAttributes = -6691,
        Retry = -6692,
        Last = -6699,
    }

    // src/CoreVideo/CVPixelFormatType.cs (untyped enum / OSType four-character codes)
    public enum CVPixelFormatType : uint {
        CV1Monochrome = 0x00000001,
        CV2Indexed = 0x00000002,
        CV4Indexed = 0x00000004,
        CV8Indexed = 0x00000008,
        CV1IndexedGray_WhiteIsZero = 0x00000021,
        CV2IndexedGray_WhiteIsZero = 0x00000022,
        CV4IndexedGray_WhiteIsZero = 0x00000024,
        CV8IndexedGray_WhiteIsZero = 0x00000028,
        CV16BE555 = 0x00000010,
        CV24RGB = 0x00000018,
        CV32ARGB = 0x00000020,
        CV16LE555 = 0x4c353535,
        CV16LE5551 = 0x35353531,
        CV16BE565 = 0x42353635,
        CV16LE565 = 0x4c353635,
        CV24BGR = 0x32344247,
        CV32BGRA = 0x42475241, // 'BGRA'
        CV32ABGR = 0x41424752,
        CV32RGBA = 0x52474241, // 'RGBA'
        CV64ARGB = 0x62363461,
        CV48RGB = 0x62343872,
        CV32AlphaGray = 0x62333261,
        CV16Gray = 0x62313667,
        CV30RGB_r210 = 0x72323130,
        CV422YpCbCr8 = 0x32767579,
        CV4444YpCbCrA8 = 0x76343038,
        CV4444YpCbCrA8R = 0x72343038,
        CV444YpCbCr8 = 0x76333038,
        CV422YpCbCr16 = 0x76323136,
        CV422YpCbCr10 = 0x76323130,
        CV444YpCbCr10 = 0x76343130,
        CV420YpCbCr8Planar = 0x79343230,
        CV420YpCbCr8PlanarFullRange = 0x66343230,
        CV422YpCbCr_4A_8BiPlanar = 0x61327679,
        CV420YpCbCr8BiPlanarVideoRange = 0x34323076,
        CV420YpCbCr8BiPlanarFullRange = 0x34323066,
        CV422YpCbCr8_yuvs = 0x79757673,
        CV422YpCbCr8FullRange = 0x79757666,
        CV30RGB = 0x5231306b,
        CV4444AYpCbCr8 = 0x79343038,
        CV4444AYpCbCr16 = 0x79343136,
        OneComponent8 = 0x4C303038, // 'L008'
        TwoComponent8 = 0x32433038,
        OneComponent16Half = 0x4C303068, // 'L00h'
        OneComponent32Float = 0x4C303066, // 'L00f'
        TwoComponent16Half = 0x32433068,
        TwoComponent32Float = 0x32433066,
        CV64RGBAHalf = 0x52476841,
        CV128RGBAFloat = 0x52476641,
        CV30RgbLePackedWideGamut = 0x77333072,
        CV14BayerGrbg = 0x67726234,
        CV14BayerRggb = 0x72676734,
        CV14BayerBggr = 0x62676734,
        CV14BayerGbrg = 0x67627234,
        Argb2101010LEPacked = 0x6C313072,
        DisparityFloat16 = 0x68646973,
        DisparityFloat32 = 0x66646973,
        DepthFloat16 = 0x68646570,
        DepthFloat32 = 0x66646570,
        CV420YpCbCr10BiPlanarVideoRange = 0x78343230,
        CV422YpCbCr10BiPlanarVideoRange = 0x78343232,
        CV444YpCbCr10BiPlanarVideoRange = 0x78343434,
        CV420YpCbCr10BiPlanarFullRange = 0x78663230,
        CV422YpCbCr10BiPlanarFullRange = 0x78663232,
        CV444YpCbCr10BiPlanarFullRange = 0x78663434,
        CV422YpCbCr8BiPlanarVideoRange = 0x34323276,
        CV422YpCbCr8BiPlanarFullRange = 0x34323266,
        CV444YpCbCr8BiPlanarVideoRange = 0x34343476,
        CV444YpCbCr8BiPlanarFullRange = 0x34343466,
        OneComponent10 = 0x4c303130,
        OneComponent12 = 0x4c303132,
        OneComponent16 = 0x4c303136,
        TwoComponent16 = 0x32433136,
        CV16VersatileBayer = 0x62703136,
        CV64Rgba_DownscaledProResRaw = 0x62703634,
        CV64RgbaLE = 0x6C363472,
        Lossless_32BGRA = ('&' << 24) + ('B' << 16) + ('G' << 8) + 'A',
        Lossless_64RGBAHalf = ('&' << 24) + ('R' << 16) + ('h' << 8) + 'A',
        Lossless_420YpCbCr8BiPlanarVideoRange = ('&' << 24) + ('8' << 16) + ('v' << 8) + '0',
        Lossless_420YpCbCr8BiPlanarFullRange = ('&' << 24) + ('8' << 16) + ('f' << 8) + '0',
        Lossless_420YpCbCr10PackedBiPlanarVideoRange = ('&' << 24) + ('x' << 16) + ('v' << 8) + '0',
        Lossless_422YpCbCr10PackedBiPlanarVideoRange = ('&' << 24) + ('x' << 16) + ('v' << 8) + '2',
        Lossless_420YpCbCr10PackedBiPlanarFullRange = ('&' << 24) + ('x' << 16) + ('f' << 8) + '0',
        Lossy_32BGRA = ('-' << 24) + ('B' << 16) + ('G' << 8) + 'A',
        Lossy_420YpCbCr8BiPlanarVideoRange = ('-' << 24) + ('8' << 16) + ('v' << 8) + '0',
        Lossy_420YpCbCr8BiPlanarFullRange = ('-' << 24) + ('8' << 16) + ('f' << 8) + '0',
        Lossy_420YpCbCr10PackedBiPlanarVideoRange = ('-' << 24) + ('x' << 16) + ('v' << 8) + '0',
        Lossy_422YpCbCr10PackedBiPlanarVideoRange = ('-' << 24) + ('x' << 16) + ('v' << 8) + '2',
    }
}
