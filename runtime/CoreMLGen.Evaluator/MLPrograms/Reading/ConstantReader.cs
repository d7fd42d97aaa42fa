using System;
using System.Globalization;
using System.Linq;
using CoreML.Specification.MILSpec;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>Materialises a MIL <c>Value</c> (inline or in a weight file) as a constant <see cref="MilValue"/>.</summary>
internal static class ConstantReader
{
    /// <summary>The largest tensor the interpreter allocates (2^28 elements, 1 GiB of float32).</summary>
    public const long MaxElements = 1L << 28;

    public static MilValue Read(string name, Value value, WeightFiles weights, string location)
    {
        TensorType tensorType = value.Type?.TensorType
            ?? throw new ModelLoadException(location + ": the constant's type is " + (value.Type?.TypeCase.ToString() ?? "missing") + "; only tensors are supported.");
        int[] shape = StaticShape(tensorType, location);
        long count = 1;
        foreach (int dimension in shape)
        {
            count *= dimension;
        }

        DataType type = tensorType.DataType;
        switch (value.ValueCase)
        {
            case Value.ValueOneofCase.ImmediateValue:
                TensorValue tensor = value.ImmediateValue.Tensor
                    ?? throw new ModelLoadException(location + ": the constant's inline value is not a tensor.");
                return FromImmediate(name, type, shape, (int)count, tensor, location);
            case Value.ValueOneofCase.BlobFileValue:
                return FromBlob(name, type, shape, count, value.BlobFileValue, weights, location);
            default:
                throw new ModelLoadException(location + ": the constant has no value.");
        }
    }

    /// <summary>The dimensions of a tensor type whose every dimension is known; refuses unknown and huge shapes.</summary>
    public static int[] StaticShape(TensorType type, string location)
    {
        if (type.Rank != type.Dimensions.Count)
        {
            throw new ModelLoadException(location + ": the tensor type declares rank " + type.Rank.ToString(CultureInfo.InvariantCulture)
                + " but lists " + type.Dimensions.Count.ToString(CultureInfo.InvariantCulture) + " dimensions.");
        }

        var shape = new int[type.Dimensions.Count];
        long count = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            Dimension dimension = type.Dimensions[i];
            if (dimension.DimensionCase != Dimension.DimensionOneofCase.Constant)
            {
                throw new ModelLoadException(location + ": dimension " + i.ToString(CultureInfo.InvariantCulture) + " of the constant is not fixed.");
            }

            ulong size = dimension.Constant.Size;
            count = size > (ulong)MaxElements ? MaxElements + 1 : count * (long)size;
            if (count > MaxElements)
            {
                throw new ModelLoadException(location + ": the declared shape [" + string.Join(", ", type.Dimensions.Select(d => d.Constant?.Size ?? 0))
                    + "] holds more than 2^28 elements, more than the evaluator allocates for one tensor.");
            }

            shape[i] = (int)size;
        }

        return shape;
    }

    private static MilValue FromImmediate(string name, DataType type, int[] shape, int count, TensorValue tensor, string location)
    {
        if (tensor.ValueCase == TensorValue.ValueOneofCase.Strings)
        {
            string[] strings = tensor.Strings.Values.ToArray();
            return new MilValue(name, type, shape, new float[Math.Max(count, strings.Length)], isConstant: true, strings);
        }

        var data = new float[count];
        int given;
        switch (tensor.ValueCase)
        {
            case TensorValue.ValueOneofCase.Floats:
                given = tensor.Floats.Values.Count;
                Fill(data, given, i => tensor.Floats.Values[i]);
                break;
            case TensorValue.ValueOneofCase.Ints:
                given = tensor.Ints.Values.Count;
                Fill(data, given, i => tensor.Ints.Values[i]);
                break;
            case TensorValue.ValueOneofCase.LongInts:
                given = tensor.LongInts.Values.Count;
                Fill(data, given, i => tensor.LongInts.Values[i]);
                break;
            case TensorValue.ValueOneofCase.Doubles:
                given = tensor.Doubles.Values.Count;
                Fill(data, given, i => (float)tensor.Doubles.Values[i]);
                break;
            case TensorValue.ValueOneofCase.Bools:
                given = tensor.Bools.Values.Count;
                Fill(data, given, i => tensor.Bools.Values[i] ? 1f : 0f);
                break;
            case TensorValue.ValueOneofCase.Bytes:
                byte[] bytes = tensor.Bytes.Values.ToByteArray();
                long needed = TensorDecoder.ByteCount(type, count);
                if (TensorDecoder.BitsPerElement(type) == 0 || bytes.Length != needed)
                {
                    throw new ModelLoadException(location + ": the constant holds " + bytes.Length.ToString(CultureInfo.InvariantCulture)
                        + " bytes; " + count.ToString(CultureInfo.InvariantCulture) + " values of " + type.ToString().ToUpperInvariant()
                        + " take " + needed.ToString(CultureInfo.InvariantCulture) + ".");
                }

                TensorDecoder.Decode(type, bytes, data, location);
                given = count;
                break;
            default:
                throw new ModelLoadException(location + ": the constant's inline tensor is empty.");
        }

        if (given != count)
        {
            throw new ModelLoadException(location + ": the constant holds " + given.ToString(CultureInfo.InvariantCulture)
                + " values; its shape [" + string.Join(", ", shape) + "] needs " + count.ToString(CultureInfo.InvariantCulture) + ".");
        }

        return new MilValue(name, type, shape, data, isConstant: true);
    }

    private static void Fill(float[] data, int given, Func<int, float> value)
    {
        for (int i = 0; i < Math.Min(given, data.Length); i++)
        {
            data[i] = value(i);
        }
    }

    private static MilValue FromBlob(string name, DataType type, int[] shape, long count, Value.Types.BlobFileValue blob, WeightFiles weights, string location)
    {
        BlobStorageFile file = weights.Get(blob.FileName, location);
        BlobRecord record = file.Record(blob.Offset, location);
        DataType? stored = TensorDecoder.FromBlobType(record.Type);
        if (stored is null)
        {
            throw new ModelLoadException(location + ": the blob at offset " + blob.Offset.ToString(CultureInfo.InvariantCulture)
                + " has data type " + ((uint)record.Type).ToString(CultureInfo.InvariantCulture) + ", which the evaluator does not know.");
        }

        if (stored != type)
        {
            throw new ModelLoadException(location + ": the constant is declared " + type.ToString().ToUpperInvariant()
                + " but its blob holds " + stored.Value.ToString().ToUpperInvariant() + ".");
        }

        long needed = TensorDecoder.ByteCount(type, count);
        if (needed > record.Size)
        {
            throw new ModelLoadException(location + ": the constant's shape [" + string.Join(", ", shape) + "] needs "
                + needed.ToString(CultureInfo.InvariantCulture) + " bytes but its blob holds " + record.Size.ToString(CultureInfo.InvariantCulture) + ".");
        }

        byte[] bytes = new byte[needed];
        file.ReadBytes(record, bytes);
        var data = new float[count];
        TensorDecoder.Decode(type, bytes, data, location);
        return new MilValue(name, type, shape, data, isConstant: true);
    }
}
