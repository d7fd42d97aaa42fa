using System;
using CoreMLGen.Audio.Wav;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class WavReaderTests
{
    [Fact]
    public void Sixteen_bit_mono_keeps_the_integer_values_and_scales_by_32767()
    {
        AudioSignal signal = WavReader.Read(WavBuilder.Build(1, 1, 44100, 16, WavBuilder.Int16(0, 1, -32768, 32767)));

        signal.Samples.ShouldBe(new double[] { 0, 1, -32768, 32767 });
        signal.Format.ShouldBe(WavSampleFormat.Int16);
        signal.FullScale.ShouldBe(32767);
        signal.SampleRate.ShouldBe(44100);
    }

    [Fact]
    public void Stereo_integers_are_averaged_and_truncated_toward_zero_like_numpy_astype()
    {
        // (3 + -4) / 2 = -0.5 -> 0; (5 + 6) / 2 = 5.5 -> 5; (-5 + -6) / 2 = -5.5 -> -5.
        AudioSignal signal = WavReader.Read(WavBuilder.Build(1, 2, 44100, 16, WavBuilder.Int16(3, -4, 5, 6, -5, -6)));

        signal.Samples.ShouldBe(new double[] { 0, 5, -5 });
        signal.SourceChannels.ShouldBe(2);
    }

    [Fact]
    public void Eight_bit_samples_stay_unsigned_and_scale_by_255()
    {
        AudioSignal signal = WavReader.Read(WavBuilder.Build(1, 1, 44100, 8, new byte[] { 0, 128, 255 }));

        signal.Samples.ShouldBe(new double[] { 0, 128, 255 });
        signal.FullScale.ShouldBe(255);
    }

    [Fact]
    public void Twenty_four_bit_samples_are_widened_into_the_top_bytes_of_32_bit_integers()
    {
        // 0x000001 -> 256; 0x7FFFFF -> 0x7FFFFF00; 0x800000 (most negative) -> int.MinValue.
        byte[] data = { 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x7F, 0x00, 0x00, 0x80 };
        AudioSignal signal = WavReader.Read(WavBuilder.Build(1, 1, 44100, 24, data));

        signal.Samples.ShouldBe(new double[] { 256, 0x7FFFFF00, int.MinValue });
        signal.FullScale.ShouldBe(int.MaxValue);
    }

    [Fact]
    public void Thirty_two_bit_integers_scale_by_int_max()
    {
        byte[] data = BitConverter.GetBytes(-123456789);
        AudioSignal signal = WavReader.Read(WavBuilder.Build(1, 1, 44100, 32, data));

        signal.Samples.ShouldBe(new double[] { -123456789 });
        signal.FullScale.ShouldBe(int.MaxValue);
    }

    [Fact]
    public void Float_stereo_is_averaged_in_single_precision_and_not_scaled()
    {
        float left = 0.1f;
        float right = 0.2f;
        AudioSignal signal = WavReader.Read(WavBuilder.Build(3, 2, 44100, 32, WavBuilder.Float32(left, right)));

        signal.Samples[0].ShouldBe((double)((left + right) / 2f));
        signal.FullScale.ShouldBe(1);
    }

    [Theory]
    [InlineData(1, 8, new byte[] { 10, 21, 200, 201 }, new double[] { 15, 200 })]                               // (10 + 21) / 2 = 15.5 -> 15
    [InlineData(1, 24, new byte[] { 1, 0, 0, 2, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0 }, new double[] { 384, -128 })]  // 256, 512; -256, 0
    [InlineData(1, 32, new byte[] { 0xF9, 0xFF, 0xFF, 0xFF, 4, 0, 0, 0 }, new double[] { -1 })]                 // (-7 + 4) / 2 = -1.5 -> -1
    [InlineData(3, 32, new byte[] { 0, 0, 0x80, 0x3E, 0, 0, 0x80, 0xBF }, new double[] { -0.375 })]             // (0.25 + -1) / 2
    public void Every_sample_format_in_stereo_is_the_mean_of_its_channels(int formatTag, int bits, byte[] data, double[] expected)
    {
        AudioSignal signal = WavReader.Read(WavBuilder.Build(formatTag, 2, 44100, bits, data));

        signal.Samples.ShouldBe(expected);
        signal.SourceChannels.ShouldBe(2);
    }

    [Fact]
    public void Float_mono_is_read_unscaled()
    {
        AudioSignal signal = WavReader.Read(WavBuilder.Build(3, 1, 44100, 32, WavBuilder.Float32(0.5f, -0.25f)));

        signal.Samples.ShouldBe(new double[] { 0.5, -0.25 });
        signal.Format.ShouldBe(WavSampleFormat.Float32);
        signal.FullScale.ShouldBe(1);
    }

    [Fact]
    public void Extensible_headers_and_unknown_chunks_before_fmt_are_read()
    {
        byte[] bytes = WavBuilder.Build(1, 1, 44100, 16, WavBuilder.Int16(7, 8), extensible: true, extraChunks: new[] { ("LIST", new byte[] { 1, 2, 3 }) });

        WavReader.Read(bytes).Samples.ShouldBe(new double[] { 7, 8 });
    }

    [Fact]
    public void Other_sample_rates_are_read_as_they_are()
    {
        WavReader.Read(WavBuilder.Build(1, 1, 48000, 16, WavBuilder.Int16(1))).SampleRate.ShouldBe(48000);
    }

    [Theory]
    [InlineData("text", "not a WAV file")]
    [InlineData("mp3", "audio format 85 is not supported")]
    [InlineData("12bit", "12-bit integer samples are not supported")]
    [InlineData("truncated", "the data chunk is truncated")]
    [InlineData("nodata", "no data chunk")]
    [InlineData("partial", "is not a whole number of 4-byte frames")]
    [InlineData("nan", "sample frame 0 is not a finite number")]
    public void Damaged_or_unsupported_files_get_one_line_errors(string kind, string expected)
    {
        byte[] bytes = kind switch
        {
            "text" => System.Text.Encoding.ASCII.GetBytes("hello, this is not audio"),
            "mp3" => WavBuilder.Build(0x55, 1, 44100, 16, WavBuilder.Int16(1)),
            "12bit" => WavBuilder.Build(1, 1, 44100, 12, new byte[] { 0, 0 }),
            "truncated" => WavBuilder.Build(1, 1, 44100, 16, WavBuilder.Int16(1, 2, 3))[..^2],
            "nodata" => WavBuilder.Build(1, 1, 44100, 16, Array.Empty<byte>())[..^8],
            "partial" => WavBuilder.Build(1, 2, 44100, 16, WavBuilder.Int16(1, 2, 3)),
            "nan" => WavBuilder.Build(3, 1, 44100, 32, WavBuilder.Float32(float.NaN)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var error = Should.Throw<WavFormatException>(() => WavReader.Read(bytes, "song.wav"));
        error.Message.ShouldStartWith("song.wav: ");
        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error_naming_it()
    {
        var error = Should.Throw<WavFormatException>(() => WavReader.Read("/nonexistent/song.wav"));
        error.Message.ShouldStartWith("/nonexistent/song.wav: ");
    }
}
