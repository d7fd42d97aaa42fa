using System;
using System.Buffers.Binary;
using System.Globalization;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.Weights;

/// <summary>
/// Turns a spec's <see cref="WeightParams"/> into float32 values: float32, float16 (little-endian IEEE half) and
/// quantized weights (linear or look-up table, 1 to 8 bits packed MSB-first). Sizes are checked here, at load time, so
/// a truncated or mislabelled weight is a <see cref="ModelLoadException"/> naming the layer, never a wrong answer.
/// </summary>
internal static class WeightDecoder
{
    /// <summary>Decodes a weight that must hold exactly <paramref name="expectedCount"/> values.</summary>
    /// <param name="weights">The weight message (null or empty counts as no values).</param>
    /// <param name="expectedCount">The number of values the layer needs.</param>
    /// <param name="rows">For linear quantization: the number of output channels (the weight's outermost dimension) a per-channel scale/bias refers to.</param>
    /// <param name="layerName">The layer, for messages.</param>
    /// <param name="layerType">The layer type, for messages.</param>
    /// <param name="weightName">Which weight of the layer, for messages (e.g. "weights", "bias").</param>
    public static float[] Decode(WeightParams? weights, long expectedCount, long rows, string layerName, string layerType, string weightName)
    {
        long actual = Count(weights, layerName, layerType, weightName);
        if (actual != expectedCount)
        {
            throw Error(layerName, layerType, weightName, "holds " + actual.ToString(CultureInfo.InvariantCulture) + " values, but the layer needs " + expectedCount.ToString(CultureInfo.InvariantCulture) + " (truncated or mis-sized weights).");
        }

        return DecodeAll(weights, rows, layerName, layerType, weightName);
    }

    /// <summary>Decodes a weight of any size (the caller checks the count against its own shape).</summary>
    public static float[] DecodeAll(WeightParams? weights, long rows, string layerName, string layerType, string weightName)
    {
        if (weights is null)
        {
            return Array.Empty<float>();
        }

        int kinds = (weights.FloatValue.Count > 0 ? 1 : 0) + (weights.Float16Value.Length > 0 ? 1 : 0)
            + (weights.RawValue.Length > 0 ? 1 : 0) + (weights.Int8RawValue.Length > 0 ? 1 : 0);
        if (kinds > 1)
        {
            throw Error(layerName, layerType, weightName, "sets more than one of floatValue, float16Value, rawValue and int8RawValue.");
        }

        if (weights.FloatValue.Count > 0)
        {
            var values = new float[weights.FloatValue.Count];
            weights.FloatValue.CopyTo(values, 0);
            return values;
        }

        if (weights.Float16Value.Length > 0)
        {
            ReadOnlySpan<byte> bytes = weights.Float16Value.Span;
            if (bytes.Length % 2 != 0)
            {
                throw Error(layerName, layerType, weightName, "has an odd number of float16 bytes (" + bytes.Length.ToString(CultureInfo.InvariantCulture) + ").");
            }

            var values = new float[bytes.Length / 2];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(2 * i)));
            }

            return values;
        }

        if (weights.Int8RawValue.Length > 0)
        {
            throw Error(layerName, layerType, weightName, "uses int8RawValue (int8 dynamic quantization), which the managed evaluator does not support.");
        }

        if (weights.RawValue.Length > 0)
        {
            return Dequantize(weights, rows, layerName, layerType, weightName);
        }

        return Array.Empty<float>();
    }

    /// <summary>The number of values a weight holds, without decoding it.</summary>
    public static long Count(WeightParams? weights, string layerName, string layerType, string weightName)
    {
        if (weights is null)
        {
            return 0;
        }

        if (weights.FloatValue.Count > 0)
        {
            return weights.FloatValue.Count;
        }

        if (weights.Float16Value.Length > 0)
        {
            return weights.Float16Value.Length / 2;
        }

        if (weights.RawValue.Length > 0)
        {
            int bits = Bits(weights, layerName, layerType, weightName);
            return weights.RawValue.Length * 8L / bits;
        }

        return 0;
    }

    private static float[] Dequantize(WeightParams weights, long rows, string layerName, string layerType, string weightName)
    {
        int bits = Bits(weights, layerName, layerType, weightName);
        ReadOnlySpan<byte> raw = weights.RawValue.Span;
        var values = new float[raw.Length * 8L / bits];
        var quantization = weights.Quantization;
        switch (quantization.QuantizationTypeCase)
        {
            case QuantizationParams.QuantizationTypeOneofCase.LinearQuantization:
            {
                var scale = quantization.LinearQuantization.Scale;
                var bias = quantization.LinearQuantization.Bias;
                if (scale.Count != 1 && scale.Count != rows)
                {
                    throw Error(layerName, layerType, weightName, "has " + scale.Count.ToString(CultureInfo.InvariantCulture) + " linear quantization scales; it needs 1 or one per output channel (" + rows.ToString(CultureInfo.InvariantCulture) + ").");
                }

                if (bias.Count > 1 && bias.Count != rows)
                {
                    throw Error(layerName, layerType, weightName, "has " + bias.Count.ToString(CultureInfo.InvariantCulture) + " linear quantization biases; it needs 0, 1 or one per output channel (" + rows.ToString(CultureInfo.InvariantCulture) + ").");
                }

                if (rows <= 0 || values.Length % rows != 0)
                {
                    throw Error(layerName, layerType, weightName, "holds " + values.Length.ToString(CultureInfo.InvariantCulture) + " quantized values, which do not split into " + rows.ToString(CultureInfo.InvariantCulture) + " output channels.");
                }

                long perRow = values.Length / rows;
                for (int i = 0; i < values.Length; i++)
                {
                    int row = (int)(i / perRow);
                    float s = scale.Count == 1 ? scale[0] : scale[row];
                    float b = bias.Count == 0 ? 0f : bias.Count == 1 ? bias[0] : bias[row];
                    values[i] = ReadBits(raw, i, bits) * s + b;
                }

                return values;
            }

            case QuantizationParams.QuantizationTypeOneofCase.LookupTableQuantization:
            {
                var table = quantization.LookupTableQuantization.FloatValue;
                if (table.Count != 1 << bits)
                {
                    throw Error(layerName, layerType, weightName, "has a look-up table of " + table.Count.ToString(CultureInfo.InvariantCulture) + " entries; " + bits.ToString(CultureInfo.InvariantCulture) + "-bit weights need " + (1 << bits).ToString(CultureInfo.InvariantCulture) + ".");
                }

                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = table[(int)ReadBits(raw, i, bits)];
                }

                return values;
            }

            default:
                throw Error(layerName, layerType, weightName, "has raw (quantized) values but no linear or look-up table quantization parameters.");
        }
    }

    private static int Bits(WeightParams weights, string layerName, string layerType, string weightName)
    {
        ulong bits = weights.Quantization?.NumberOfBits ?? 0;
        if (bits < 1 || bits > 8)
        {
            throw Error(layerName, layerType, weightName, "is quantized with " + bits.ToString(CultureInfo.InvariantCulture) + " bits; Core ML allows 1 to 8.");
        }

        return (int)bits;
    }

    // Value i of a continuous big-endian bit stream of `bits`-bit unsigned integers.
    private static uint ReadBits(ReadOnlySpan<byte> raw, long index, int bits)
    {
        long bit = index * bits;
        uint value = 0;
        for (int k = 0; k < bits; k++, bit++)
        {
            int b = (raw[(int)(bit >> 3)] >> (7 - (int)(bit & 7))) & 1;
            value = (value << 1) | (uint)b;
        }

        return value;
    }

    private static ModelLoadException Error(string layerName, string layerType, string weightName, string message) =>
        new("Layer '" + layerName + "' (" + layerType + "): weight '" + weightName + "' " + message, layerName, layerType);
}
