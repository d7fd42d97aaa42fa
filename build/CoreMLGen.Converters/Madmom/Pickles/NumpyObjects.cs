using System;
using System.Globalization;
using Razorvine.Pickle;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>A numpy dtype as pickled: <c>dtype('f4', False, True)</c> then BUILD with (version, byte order, …).</summary>
public sealed class NumpyDType
{
    internal NumpyDType(string code)
    {
        Code = code;
    }

    /// <summary>The type code: <c>f4</c>, <c>f8</c>, <c>i8</c>, <c>b1</c>, …</summary>
    public string Code { get; }

    /// <summary>'&lt;' little-endian, '&gt;' big-endian, '|' not applicable, '=' native (little on every .NET host this runs on).</summary>
    public char ByteOrder { get; private set; } = '=';

    public void __setstate__(object[] state)
    {
        if (state.Length < 2 || state[1] is not string order || order.Length != 1 || "<>|=".IndexOf(order[0], StringComparison.Ordinal) < 0)
        {
            throw new PickleException("dtype '" + Code + "' has no valid byte order in its state");
        }

        if (state.Length > 2 && (state[2] is not null || (state.Length > 3 && state[3] is not null)))
        {
            throw new PickleException("dtype '" + Code + "' is a structured or sub-array type; only plain numeric arrays are accepted");
        }

        ByteOrder = order[0];
    }

    public override string ToString() => ByteOrder + Code;
}

/// <summary>
/// A numpy array as pickled: <c>_reconstruct(ndarray, (0,), b'b')</c> then BUILD with (version, shape, dtype,
/// Fortran order, raw bytes). The bytes are kept as they are; <see cref="NumpyArrayDecoder"/> checks them against the
/// shape and element type before anything is allocated.
/// </summary>
public sealed class NumpyArray
{
    public long[] Shape { get; private set; } = Array.Empty<long>();

    public NumpyDType? DType { get; private set; }

    public bool FortranOrder { get; private set; }

    /// <summary>The raw element bytes (Python 2 pickles carry them as a latin-1 string, Python 3 as bytes).</summary>
    internal object? RawData { get; private set; }

    public void __setstate__(object[] state)
    {
        // numpy writes (version, shape, dtype, is_fortran, data); very old numpy omitted the version.
        int offset = state.Length == 5 ? 1 : state.Length == 4 ? 0 : throw new PickleException("ndarray state has " + state.Length.ToString(CultureInfo.InvariantCulture) + " items; expected 4 or 5");
        if (state[offset] is not object[] shape)
        {
            throw new PickleException("ndarray shape is not a tuple");
        }

        Shape = new long[shape.Length];
        for (int i = 0; i < shape.Length; i++)
        {
            Shape[i] = shape[i] switch
            {
                int v when v >= 0 => v,
                long v when v >= 0 => v,
                _ => throw new PickleException("ndarray dimension " + i.ToString(CultureInfo.InvariantCulture) + " is not a non-negative integer"),
            };
        }

        DType = state[offset + 1] as NumpyDType ?? throw new PickleException("ndarray dtype is not a numpy.dtype");
        FortranOrder = state[offset + 2] switch
        {
            bool b => b,
            int i => i != 0,
            _ => throw new PickleException("ndarray Fortran flag is not a boolean"),
        };
        RawData = state[offset + 3] is string or byte[] ? state[offset + 3] : throw new PickleException("ndarray data is not a byte string (object arrays are not accepted)");
    }
}

/// <summary>numpy.core.multiarray._reconstruct: makes the empty array that BUILD then fills.</summary>
internal sealed class NumpyReconstruct : IObjectConstructor
{
    public object construct(object[] args) =>
        args.Length == 3 && args[0] is NumpyArrayClass ? new NumpyArray() : throw new PickleException("_reconstruct is called with other arguments than (ndarray, shape, typecode)");
}

/// <summary>numpy.ndarray: only passed to _reconstruct, never called.</summary>
internal sealed class NumpyArrayClass : IObjectConstructor
{
    public object construct(object[] args) => throw new PickleException("numpy.ndarray is called directly; only _reconstruct may make arrays");
}

/// <summary>numpy.dtype(code, align, copy).</summary>
internal sealed class NumpyDTypeClass : IObjectConstructor
{
    public object construct(object[] args) =>
        args.Length >= 1 && args[0] is string code && code.Length <= 8 ? new NumpyDType(code) : throw new PickleException("numpy.dtype is called without a type code");
}

/// <summary>_codecs.encode(text, 'latin1'): how Python 3 pickles bytes at protocol 2.</summary>
internal sealed class Latin1Encode : IObjectConstructor
{
    public object construct(object[] args)
    {
        if (args.Length != 2 || args[0] is not string text || args[1] is not string encoding
            || !(encoding is "latin1" or "latin-1" or "iso-8859-1"))
        {
            throw new PickleException("_codecs.encode is called with other arguments than (text, 'latin1')");
        }

        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] <= 0xFF ? (byte)text[i] : throw new PickleException("_codecs.encode text has a character outside latin-1");
        }

        return bytes;
    }
}
