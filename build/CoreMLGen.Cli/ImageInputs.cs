using System;
using System.Globalization;
using CoreMLGen.GoldenVectors;

namespace CoreMLGen.Cli;

/// <summary>
/// Image inputs from <c>.npy</c> files as numpy/PIL hold pictures: <c>[height, width, 3]</c> RGB,
/// <c>[height, width, 4]</c> RGBA, or <c>[height, width]</c> / <c>[height, width, 1]</c> gray, with whole values 0–255
/// (uint8, or any other type holding such values); a float16 gray array becomes a float16 gray image.
/// </summary>
internal static class ImageInputs
{
    public static ImageBuffer FromNpy(ModelFeature feature, string path, NpyArray array)
    {
        int rank = array.Shape.Count;
        int channels = rank == 3 ? array.Shape[2] : 1;
        if (rank is not (2 or 3) || channels is not (1 or 3 or 4) || array.Count == 0)
        {
            throw new CliUsageException(
                "input '" + feature.Name + "' is an image; " + path + " holds " + array + ", but an image .npy is [height, width, 3] (RGB), [height, width, 4] (RGBA) or [height, width] (gray)");
        }

        int height = array.Shape[0];
        int width = array.Shape[1];
        if (channels == 1 && array.Data is Half[] halves)
        {
            // float16 gray: the one image format that holds floats (kCVPixelFormatType_OneComponent16Half).
            return ImageBuffer.Wrap(System.Runtime.InteropServices.MemoryMarshal.AsBytes(halves.AsSpan()).ToArray(), width, height, ImagePixelFormat.GrayFloat16);
        }

        byte[] samples = Samples(feature, path, array);
        if (channels == 1)
        {
            return ImageBuffer.Wrap(samples, width, height, ImagePixelFormat.Gray8);
        }

        var rgba = new byte[width * height * 4];
        for (int pixel = 0; pixel < width * height; pixel++)
        {
            int from = pixel * channels;
            rgba[(pixel * 4) + 0] = samples[from];
            rgba[(pixel * 4) + 1] = samples[from + 1];
            rgba[(pixel * 4) + 2] = samples[from + 2];
            rgba[(pixel * 4) + 3] = channels == 4 ? samples[from + 3] : byte.MaxValue;
        }

        return ImageBuffer.Wrap(rgba, width, height, ImagePixelFormat.Rgba32);
    }

    // Pixel values must already be bytes: rescaling floats in [0, 1] would be a guess about the file.
    private static byte[] Samples(ModelFeature feature, string path, NpyArray array)
    {
        double[] values = array.ToDoubles();
        var samples = new byte[values.Length];
        for (long i = 0; i < values.LongLength; i++)
        {
            double value = values[i];
            if (!(value >= 0 && value <= 255 && Math.Floor(value) == value))
            {
                throw new CliUsageException(
                    "input '" + feature.Name + "' (" + path + "): element " + array.DescribeIndex(i) + " = " + value.ToString("R", CultureInfo.InvariantCulture)
                    + " is not a pixel value (a whole number from 0 to 255)");
            }

            samples[i] = (byte)value;
        }

        return samples;
    }
}
