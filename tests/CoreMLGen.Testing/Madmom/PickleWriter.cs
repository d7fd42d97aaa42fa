using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CoreMLGen.Testing.Madmom;

/// <summary>How a pickle was written: madmom's Python 2 files, or Python 3 at protocol 2 or 4.</summary>
public enum PickleStyle
{
    /// <summary>Protocol 2, GLOBAL, byte strings (SHORT_BINSTRING/BINSTRING) for names and array data.</summary>
    Python2,

    /// <summary>Protocol 2 from Python 3: unicode names, array bytes as _codecs.encode(text, 'latin1').</summary>
    Python3Protocol2,

    /// <summary>Protocol 4: STACK_GLOBAL with memoized names, BINBYTES, FRAME.</summary>
    Python3Protocol4,
}

/// <summary>A numpy array to pickle.</summary>
public sealed record PyArray(double[] Values, long[] Shape, string DType = "f4", char ByteOrder = '<', bool Fortran = false)
{
    public static PyArray Matrix(double[,] m)
    {
        int rows = m.GetLength(0), columns = m.GetLength(1);
        var values = new double[rows * columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                values[(r * columns) + c] = m[r, c];
            }
        }

        return new PyArray(values, new long[] { rows, columns });
    }

    public static PyArray Vector(double[] v) => new(v, new long[] { v.Length });
}

/// <summary>An instance of a class, pickled as NEWOBJ then BUILD with its attribute dict.</summary>
public sealed record PyObject(string Module, string Class, IReadOnlyList<KeyValuePair<string, object?>> Attributes);

/// <summary>A reference to a global (a class or function), pickled without calling it.</summary>
public sealed record PyGlobal(string Module, string Name);

/// <summary>
/// Writes pickles opcode by opcode, as CPython's pickler lays them out, so tests can build madmom networks and hostile
/// streams without Python. Values: int, bool, null, string, <see cref="PyArray"/>, <see cref="PyObject"/>,
/// <see cref="PyGlobal"/>, List&lt;object?&gt;.
/// </summary>
public sealed class PickleWriter
{
    private readonly MemoryStream _out = new();
    private readonly PickleStyle _style;
    private int _memo;

    public PickleWriter(PickleStyle style = PickleStyle.Python2)
    {
        _style = style;
    }

    public static byte[] Pickle(object? value, PickleStyle style = PickleStyle.Python2) => new PickleWriter(style).Proto().Value(value).Stop().ToArray();

    public byte[] ToArray() => _out.ToArray();

    public PickleWriter Proto()
    {
        Op(0x80).Byte(_style == PickleStyle.Python3Protocol4 ? (byte)4 : (byte)2);
        return this;
    }

    public PickleWriter Stop() => Op((byte)'.');

    public PickleWriter Op(byte opcode) => Byte(opcode);

    public PickleWriter Raw(byte[] bytes)
    {
        _out.Write(bytes);
        return this;
    }

    public PickleWriter Global(string module, string name)
    {
        if (_style == PickleStyle.Python3Protocol4)
        {
            return Text(module).Memoize().Text(name).Memoize().Op(0x93).Memoize();
        }

        return Op((byte)'c').Raw(Encoding.ASCII.GetBytes(module + "\n" + name + "\n"));
    }

    public PickleWriter Int(int value) => Op((byte)'J').Raw(Le(value));

    public PickleWriter Text(string value)
    {
        byte[] bytes = _style == PickleStyle.Python2 ? Encoding.Latin1.GetBytes(value) : Encoding.UTF8.GetBytes(value);
        return _style switch
        {
            PickleStyle.Python2 => bytes.Length < 256 ? Op((byte)'U').Byte((byte)bytes.Length).Raw(bytes) : Op((byte)'T').Raw(Le(bytes.Length)).Raw(bytes),
            PickleStyle.Python3Protocol4 when bytes.Length < 256 => Op(0x8c).Byte((byte)bytes.Length).Raw(bytes),
            _ => Op((byte)'X').Raw(Le(bytes.Length)).Raw(bytes),
        };
    }

    public PickleWriter Bytes(byte[] data) => _style switch
    {
        PickleStyle.Python2 => Op((byte)'T').Raw(Le(data.Length)).Raw(data),
        PickleStyle.Python3Protocol2 => Global("_codecs", "encode").Op((byte)'X').Raw(Le(Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(data)).Length)).Raw(Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(data))).Text("latin1").Op(0x86).Op((byte)'R'),
        _ => Op((byte)'B').Raw(Le(data.Length)).Raw(data),
    };

    public PickleWriter Memoize() => _style == PickleStyle.Python3Protocol4 ? Op(0x94) : Op((byte)'q').Byte((byte)(_memo++ % 256));

    public PickleWriter Value(object? value)
    {
        switch (value)
        {
            case null: return Op((byte)'N');
            case bool b: return Op(b ? (byte)0x88 : (byte)0x89);
            case int i: return Int(i);
            case string s: return Text(s);
            case PyArray array: return Array(array);
            case PyGlobal global: return Global(global.Module, global.Name);
            case PyObject obj: return Object(obj);
            case List<object?> list:
                Op((byte)']').Memoize().Op((byte)'(');
                foreach (object? item in list)
                {
                    Value(item);
                }

                return Op((byte)'e');
            default: throw new ArgumentException("Cannot pickle " + value.GetType());
        }
    }

    private PickleWriter Object(PyObject obj)
    {
        Global(obj.Module, obj.Class).Op((byte)')').Op(0x81).Memoize().Op((byte)'}').Memoize().Op((byte)'(');
        foreach (var (key, value) in obj.Attributes)
        {
            Text(key).Value(value);
        }

        return Op((byte)'u').Op((byte)'b');
    }

    // _reconstruct(ndarray, (0,), b'b') then BUILD (1, shape, dtype, fortran, data).
    private PickleWriter Array(PyArray array)
    {
        Global("numpy.core.multiarray", "_reconstruct").Global("numpy", "ndarray").Int(0).Op(0x85);
        if (_style == PickleStyle.Python2) Text("b"); else Bytes(new[] { (byte)'b' });
        Op(0x87).Op((byte)'R').Memoize();
        Op((byte)'(').Int(1).Op((byte)'(');
        foreach (long dim in array.Shape)
        {
            Int((int)dim);
        }

        Op((byte)'t');
        Global("numpy", "dtype").Text(array.DType).Int(0).Int(1).Op(0x87).Op((byte)'R').Memoize();
        Op((byte)'(').Int(3).Text(array.ByteOrder.ToString()).Op((byte)'N').Op((byte)'N').Op((byte)'N').Int(-1).Int(-1).Int(0).Op((byte)'t').Op((byte)'b');
        Value(array.Fortran).Bytes(Encode(array)).Op((byte)'t').Op((byte)'b');
        return this;
    }

    private static byte[] Encode(PyArray array)
    {
        int size = array.DType == "f8" ? 8 : 4;
        double[] ordered = array.Fortran ? ToFortran(array.Values, array.Shape) : array.Values;
        var data = new byte[ordered.Length * size];
        for (int i = 0; i < ordered.Length; i++)
        {
            Span<byte> slot = data.AsSpan(i * size, size);
            bool big = array.ByteOrder == '>';
            if (size == 8)
            {
                if (big) BinaryPrimitives.WriteDoubleBigEndian(slot, ordered[i]); else BinaryPrimitives.WriteDoubleLittleEndian(slot, ordered[i]);
            }
            else if (big)
            {
                BinaryPrimitives.WriteSingleBigEndian(slot, (float)ordered[i]);
            }
            else
            {
                BinaryPrimitives.WriteSingleLittleEndian(slot, (float)ordered[i]);
            }
        }

        return data;
    }

    private static double[] ToFortran(double[] c, long[] shape)
    {
        if (shape.Length != 2)
        {
            return c;
        }

        long rows = shape[0], columns = shape[1];
        var f = new double[c.Length];
        for (long r = 0; r < rows; r++)
        {
            for (long col = 0; col < columns; col++)
            {
                f[(col * rows) + r] = c[(r * columns) + col];
            }
        }

        return f;
    }

    private PickleWriter Byte(byte b)
    {
        _out.WriteByte(b);
        return this;
    }

    private static byte[] Le(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
