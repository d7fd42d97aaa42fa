using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class ImageBufferTests
{
    [Fact]
    public void Create_is_zeroed_and_tightly_packed()
    {
        var image = ImageBuffer.Create(3, 2, ImagePixelFormat.Bgra32);

        image.Width.ShouldBe(3);
        image.Height.ShouldBe(2);
        image.BytesPerRow.ShouldBe(12);
        image.Pixels.Length.ShouldBe(24);
        image.Pixels.ToArray().ShouldAllBe(b => b == 0);
        image.ToString().ShouldBe("ImageBuffer[3 \u00D7 2 Bgra32]");
    }

    [Fact]
    public void Wrap_with_padding_returns_rows_without_padding()
    {
        var pixels = new byte[] { 1, 2, 3, 99, 4, 5, 6 };
        var image = ImageBuffer.Wrap(pixels, 3, 2, ImagePixelFormat.Gray8, bytesPerRow: 4);

        image.GetRow(0).ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        image.GetRow(1).ToArray().ShouldBe(new byte[] { 4, 5, 6 });

        image.GetRow(1)[0] = 40;
        pixels[4].ShouldBe((byte)40);
    }

    [Fact]
    public void Wrap_defaults_to_tight_rows()
    {
        var image = ImageBuffer.Wrap(new byte[8], 2, 2, ImagePixelFormat.GrayFloat16);
        image.BytesPerRow.ShouldBe(4);
    }

    [Fact]
    public void Wrap_rejects_short_buffers_and_narrow_rows()
    {
        Should.Throw<ArgumentException>(() => ImageBuffer.Wrap(new byte[15], 2, 2, ImagePixelFormat.Rgba32))
            .Message.ShouldContain("needs 16 bytes, but only 15 were given");
        Should.Throw<ArgumentOutOfRangeException>(() => ImageBuffer.Wrap(new byte[100], 2, 2, ImagePixelFormat.Rgba32, bytesPerRow: 7));
        Should.Throw<ArgumentOutOfRangeException>(() => ImageBuffer.Wrap(new byte[100], 0, 2, ImagePixelFormat.Rgba32));
        Should.Throw<ArgumentOutOfRangeException>(() => ImageBuffer.Create(2, -1, ImagePixelFormat.Gray8));
        Should.Throw<ArgumentOutOfRangeException>(() => ImageBuffer.Create(2, 2, (ImagePixelFormat)42));
    }

    [Fact]
    public void GetRow_rejects_rows_outside_the_image()
    {
        var image = ImageBuffer.Create(2, 2, ImagePixelFormat.Gray8);
        Should.Throw<ArgumentOutOfRangeException>(() => image.GetRow(2));
        Should.Throw<ArgumentOutOfRangeException>(() => image.GetRow(-1));
    }

    [Theory]
    [InlineData(ImagePixelFormat.Bgra32, 0x42475241u, "kCVPixelFormatType_32BGRA", 4)]
    [InlineData(ImagePixelFormat.Argb32, 0x00000020u, "kCVPixelFormatType_32ARGB", 4)]
    [InlineData(ImagePixelFormat.Rgba32, 0x52474241u, "kCVPixelFormatType_32RGBA", 4)]
    [InlineData(ImagePixelFormat.Gray8, 0x4C303038u, "kCVPixelFormatType_OneComponent8", 1)]
    [InlineData(ImagePixelFormat.GrayFloat16, 0x4C303068u, "kCVPixelFormatType_OneComponent16Half", 2)]
    public void Pixel_formats_map_to_core_video(ImagePixelFormat format, uint code, string name, int bytesPerPixel)
    {
        format.ToCoreVideoPixelFormat().ShouldBe(code);
        format.CoreVideoName().ShouldBe(name);
        format.BytesPerPixel().ShouldBe(bytesPerPixel);
        ImagePixelFormats.TryFromCoreVideoPixelFormat(code, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(format);
    }

    [Fact]
    public void Unknown_core_video_codes_are_not_parsed()
    {
        ImagePixelFormats.TryFromCoreVideoPixelFormat(0x34323066, out _).ShouldBeFalse();
    }
}
