using System;
using CoreML.Specification;
using Google.Protobuf;

namespace CoreMLGen.Evaluator.Tests.Linear;

/// <summary>How a test stores a weight in the spec.</summary>
public enum WeightFormat
{
    Float32,
    Float16,

    /// <summary>8-bit linear quantization with one scale and bias per row (output channel).</summary>
    Linear8,

    /// <summary>4-bit look-up table quantization.</summary>
    Lut4,
}

/// <summary>Random weights in every storage format, with the exact float32 values a correct decoder yields.</summary>
internal static class WeightEncoding
{
    /// <summary>A random [rows, columns] weight in [-scale, scale); <paramref name="effective"/> gets its decoded values.</summary>
    public static WeightParams Random(Random random, int rows, int columns, WeightFormat format, double scale, out float[] effective)
    {
        int count = rows * columns;
        effective = new float[count];
        var weights = new WeightParams();
        switch (format)
        {
            case WeightFormat.Float32:
                for (int i = 0; i < count; i++)
                {
                    effective[i] = (float)((random.NextDouble() * 2 - 1) * scale);
                }

                weights.FloatValue.AddRange(effective);
                return weights;

            case WeightFormat.Float16:
            {
                var bytes = new byte[2 * count];
                for (int i = 0; i < count; i++)
                {
                    Half half = (Half)(float)((random.NextDouble() * 2 - 1) * scale);
                    effective[i] = (float)half;
                    BitConverter.TryWriteBytes(bytes.AsSpan(2 * i), BitConverter.HalfToUInt16Bits(half));
                }

                weights.Float16Value = ByteString.CopyFrom(bytes);
                return weights;
            }

            case WeightFormat.Linear8:
            {
                var codes = new int[count];
                var linear = new LinearQuantizationParams();
                for (int row = 0; row < rows; row++)
                {
                    float s = (float)(scale / 127.5 * (0.5 + random.NextDouble()));
                    float b = (float)(-scale * (0.5 + random.NextDouble()));
                    linear.Scale.Add(s);
                    linear.Bias.Add(b);
                    for (int j = 0; j < columns; j++)
                    {
                        int i = (row * columns) + j;
                        codes[i] = random.Next(256);
                        effective[i] = (codes[i] * s) + b;
                    }
                }

                weights.RawValue = ByteString.CopyFrom(PackBits(codes, 8));
                weights.Quantization = new QuantizationParams { NumberOfBits = 8, LinearQuantization = linear };
                return weights;
            }

            case WeightFormat.Lut4:
            {
                var table = new float[16];
                for (int i = 0; i < table.Length; i++)
                {
                    table[i] = (float)((random.NextDouble() * 2 - 1) * scale);
                }

                var codes = new int[count];
                for (int i = 0; i < count; i++)
                {
                    codes[i] = random.Next(16);
                    effective[i] = table[codes[i]];
                }

                var lut = new LookUpTableQuantizationParams();
                lut.FloatValue.AddRange(table);
                weights.RawValue = ByteString.CopyFrom(PackBits(codes, 4));
                weights.Quantization = new QuantizationParams { NumberOfBits = 4, LookupTableQuantization = lut };
                return weights;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>A random bias-like vector of <paramref name="rows"/> values, or null (and no values) when absent.</summary>
    public static WeightParams? Optional(Random random, bool present, int rows, WeightFormat format, out float[]? effective)
    {
        effective = null;
        if (!present)
        {
            return null;
        }

        WeightParams weights = Random(random, rows, 1, format, 1, out float[] values);
        effective = values;
        return weights;
    }

    /// <summary>A weight with the first value dropped (float32), for truncation tests.</summary>
    public static WeightParams Truncated(int count)
    {
        var weights = new WeightParams();
        for (int i = 0; i < count - 1; i++)
        {
            weights.FloatValue.Add(0.01f * i);
        }

        return weights;
    }

    // One continuous MSB-first bit stream of `bits`-bit codes, the last byte zero-padded.
    private static byte[] PackBits(int[] codes, int bits)
    {
        var bytes = new byte[((codes.Length * bits) + 7) / 8];
        long bit = 0;
        foreach (int code in codes)
        {
            for (int k = bits - 1; k >= 0; k--, bit++)
            {
                if (((code >> k) & 1) != 0)
                {
                    bytes[bit >> 3] |= (byte)(0x80 >> (int)(bit & 7));
                }
            }
        }

        return bytes;
    }
}
