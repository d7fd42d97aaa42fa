// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/CoreGraphics/CGImage.cs, CGSize.cs, CGPoint.cs, CGRect.cs (all '#nullable enable').
// CGSize/CGPoint/CGRect are plain value types and are copied with working bodies ('nfloat' is
// System.Runtime.InteropServices.NFloat in .NET); CGImage members throw.

using System;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using CoreFoundation;
using CoreMLGen.AppleApi;
using ObjCRuntime;

#nullable enable

namespace CoreGraphics {
    // src/CoreGraphics/CGImage.cs (no public handle constructor in .NET)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public class CGImage : NativeObject {
        // src/CoreGraphics/CGImage.cs
        internal CGImage (NativeHandle handle, bool owns) : base (handle, owns) => throw new NotSupportedException (ApiSurface.Message);

        // CGImageIsMask — src/CoreGraphics/CGImage.cs
        public bool IsMask => throw new NotSupportedException (ApiSurface.Message);

        // CGImageGetWidth — src/CoreGraphics/CGImage.cs
        public nint Width => throw new NotSupportedException (ApiSurface.Message);

        // CGImageGetHeight — src/CoreGraphics/CGImage.cs
        public nint Height => throw new NotSupportedException (ApiSurface.Message);

        // CGImageGetBitsPerComponent — src/CoreGraphics/CGImage.cs
        public nint BitsPerComponent => throw new NotSupportedException (ApiSurface.Message);

        // CGImageGetBitsPerPixel — src/CoreGraphics/CGImage.cs
        public nint BitsPerPixel => throw new NotSupportedException (ApiSurface.Message);

        // CGImageGetBytesPerRow — src/CoreGraphics/CGImage.cs
        public nint BytesPerRow => throw new NotSupportedException (ApiSurface.Message);

        // CGImageCreateCopy — src/CoreGraphics/CGImage.cs
        public CGImage? Clone () => throw new NotSupportedException (ApiSurface.Message);

        // CGImageCreateWithImageInRect — src/CoreGraphics/CGImage.cs
        public CGImage? WithImageInRect (CGRect rect) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/CoreGraphics/CGSize.cs (functional copy)
    public struct CGSize : IEquatable<CGSize> {
        NFloat width;
        NFloat height;

        public static readonly CGSize Empty;

        public static bool operator == (CGSize l, CGSize r) => l.width == r.width && l.height == r.height;
        public static bool operator != (CGSize l, CGSize r) => !(l == r);

        public NFloat Width { get => width; set => width = value; }
        public NFloat Height { get => height; set => height = value; }
        public bool IsEmpty => width == 0 || height == 0;

        public CGSize (NFloat width, NFloat height) { this.width = width; this.height = height; }
        public CGSize (double width, double height) { this.width = (NFloat) width; this.height = (NFloat) height; }
        public CGSize (float width, float height) { this.width = width; this.height = height; }
        public CGSize (CGSize size) { this.width = size.width; this.height = size.height; }

        public override bool Equals (object? obj) => obj is CGSize s && this == s;
        public bool Equals (CGSize size) => this == size;
        public override int GetHashCode () => HashCode.Combine (width, height);
        public void Deconstruct (out NFloat width, out NFloat height) { width = Width; height = Height; }
        public override string? ToString () => "{" + width + ", " + height + "}";
    }

    // src/CoreGraphics/CGPoint.cs (functional copy)
    public struct CGPoint : IEquatable<CGPoint> {
        NFloat x;
        NFloat y;

        public static readonly CGPoint Empty;

        public static bool operator == (CGPoint l, CGPoint r) => l.x == r.x && l.y == r.y;
        public static bool operator != (CGPoint l, CGPoint r) => !(l == r);

        public NFloat X { get => x; set => x = value; }
        public NFloat Y { get => y; set => y = value; }
        public bool IsEmpty => x == 0 && y == 0;

        public CGPoint (NFloat x, NFloat y) { this.x = x; this.y = y; }
        public CGPoint (double x, double y) { this.x = (NFloat) x; this.y = (NFloat) y; }
        public CGPoint (float x, float y) { this.x = x; this.y = y; }
        public CGPoint (CGPoint point) { this.x = point.x; this.y = point.y; }

        public override bool Equals (object? obj) => obj is CGPoint p && this == p;
        public bool Equals (CGPoint point) => this == point;
        public override int GetHashCode () => HashCode.Combine (x, y);
        public void Deconstruct (out NFloat x, out NFloat y) { x = X; y = Y; }
        public override string? ToString () => "{" + x + ", " + y + "}";
    }

    // src/CoreGraphics/CGRect.cs (functional copy, subset)
    public struct CGRect : IEquatable<CGRect> {
        NFloat x;
        NFloat y;
        NFloat width;
        NFloat height;

        public static readonly CGRect Empty;

        public static bool operator == (CGRect left, CGRect right) => left.x == right.x && left.y == right.y && left.width == right.width && left.height == right.height;
        public static bool operator != (CGRect left, CGRect right) => !(left == right);

        public NFloat X { get => x; set => x = value; }
        public NFloat Y { get => y; set => y = value; }
        public NFloat Width { get => width; set => width = value; }
        public NFloat Height { get => height; set => height = value; }
        public CGPoint Location { get => new CGPoint (x, y); set { x = value.X; y = value.Y; } }
        public CGSize Size { get => new CGSize (width, height); set { width = value.Width; height = value.Height; } }
        public bool IsEmpty => width == 0 || height == 0;

        public CGRect (CGPoint location, CGSize size) { x = location.X; y = location.Y; width = size.Width; height = size.Height; }
        public CGRect (NFloat x, NFloat y, NFloat width, NFloat height) { this.x = x; this.y = y; this.width = width; this.height = height; }
        public CGRect (double x, double y, double width, double height) : this ((NFloat) x, (NFloat) y, (NFloat) width, (NFloat) height) { }
        public CGRect (float x, float y, float width, float height) : this ((NFloat) x, (NFloat) y, (NFloat) width, (NFloat) height) { }

        public override bool Equals (object? obj) => obj is CGRect r && this == r;
        public bool Equals (CGRect rect) => this == rect;
        public override int GetHashCode () => HashCode.Combine (x, y, width, height);
        public override string? ToString () => "{" + Location + ", " + Size + "}";
    }
}

namespace ImageIO {
    // src/ImageIO/Enums.cs
    public enum CGImagePropertyOrientation {
        Up = 1,
        UpMirrored,
        Down,
        DownMirrored,
        LeftMirrored,
        Right,
        RightMirrored,
        Left,
    }
}

namespace Vision {
    // src/vision.cs ([Native] enum VNImageCropAndScaleOption : ulong)
    public enum VNImageCropAndScaleOption : ulong {
        CenterCrop = 0,
        ScaleFit = 1,
        ScaleFill = 2,
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        ScaleFitRotate90Ccw = 256 + ScaleFit,
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        ScaleFillRotate90Ccw = 256 + ScaleFill,
    }
}

namespace Metal {
    using System;
    using ObjCRuntime;

    // src/metal.cs — protocol interfaces referenced by Core ML signatures (members omitted)
    public partial interface IMTLDevice : INativeObject, IDisposable { }

    // src/metal.cs — protocol interface referenced by IMLCustomLayer.Encode (members omitted)
    public partial interface IMTLCommandBuffer : INativeObject, IDisposable { }

    // src/metal.cs — protocol interface referenced by IMLCustomLayer.Encode (members omitted)
    public partial interface IMTLTexture : INativeObject, IDisposable { }
}
