using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using static CoreMLGen.Converters.Madmom.Pickles.PickleOpcodes;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>
/// Walks a pickle's opcodes without building anything, before the unpickler sees it: every global must be on the
/// allow-list, every length-prefixed argument must fit in the bytes present, and a simulated stack bounds the nesting
/// depth and catches underflow. Only a stream that passes is handed to Razorvine.Pickle.
/// </summary>
internal sealed class PickleScanner
{
    private const int MaxTrackedString = 256;
    private readonly byte[] _data;
    private readonly PickleLimits _limits;
    private readonly List<Entry> _stack = new();
    private readonly List<int> _marks = new();
    private readonly Dictionary<long, Entry> _memo = new();
    private int _position;
    private int _opcodeStart;

    private PickleScanner(byte[] data, PickleLimits limits)
    {
        _data = data;
        _limits = limits;
    }

    /// <summary>Throws <see cref="PickleSecurityException"/> unless the stream is safe to unpickle.</summary>
    public static void Check(byte[] data, PickleLimits limits)
    {
        if (data.LongLength > limits.MaxTotalBytes)
        {
            throw new PickleSecurityException("The pickle is " + data.LongLength.ToString(CultureInfo.InvariantCulture) + " bytes; at most " + limits.MaxTotalBytes.ToString(CultureInfo.InvariantCulture) + " are accepted", 0);
        }

        new PickleScanner(data, limits).Run();
    }

    private void Run()
    {
        long count = 0;
        while (true)
        {
            if (_position >= _data.Length)
            {
                throw Fail("The stream ends before its STOP opcode (truncated pickle)");
            }

            if (++count > _limits.MaxOpcodes)
            {
                throw Fail("More than " + _limits.MaxOpcodes.ToString(CultureInfo.InvariantCulture) + " opcodes");
            }

            _opcodeStart = _position;
            byte opcode = _data[_position++];
            if (opcode == Stop)
            {
                if (_stack.Count != 1 || _marks.Count != 0)
                {
                    throw Fail("STOP with " + _stack.Count.ToString(CultureInfo.InvariantCulture) + " values on the stack");
                }

                return;
            }

            Step(opcode);
        }
    }

    private void Step(byte opcode)
    {
        switch (opcode)
        {
            case Proto:
                if (Take(1)[0] > 5) throw Fail("Unsupported pickle protocol " + _data[_position - 1].ToString(CultureInfo.InvariantCulture));
                return;
            case Frame: Take(8); return;
            case Mark:
                _marks.Add(_stack.Count);
                CheckDepth(_marks.Count);
                return;
            case Pop: PopOne(); return;
            case PopMark: PopToMark(); return;
            case Dup: Push(Top()); return;
            case Float: case Int: case Long: case TextString: case Unicode: ReadLine(); Push(Leaf); return;
            case BinInt: Take(4); Push(Leaf); return;
            case BinInt1: Take(1); Push(Leaf); return;
            case BinInt2: Take(2); Push(Leaf); return;
            case BinFloat: Take(8); Push(Leaf); return;
            case None: case NewTrue: case NewFalse: Push(Leaf); return;
            case Long1: Take(Take(1)[0]); Push(Leaf); return;
            case Long4: TakeCounted(4); Push(Leaf); return;
            case BinString: case BinBytes: TakeCounted(4); Push(Leaf); return;
            case ShortBinString: case ShortBinBytes: Take(Take(1)[0]); Push(Leaf); return;
            case BinBytes8: case ByteArray8: TakeCounted(8); Push(Leaf); return;
            case BinUnicode: Push(Text(TakeCounted(4))); return;
            case BinUnicode8: Push(Text(TakeCounted(8))); return;
            case ShortBinUnicode: Push(Text(Take(Take(1)[0]))); return;
            case EmptyDict: case EmptyList: case EmptyTuple: case EmptySet: Push(new Entry(1, null)); return;
            case TupleOp: case List: case Dict: case FrozenSet: Push(new Entry(PopToMark() + 1, null)); return;
            case Tuple1: Push(new Entry(PopOne().Depth + 1, null)); return;
            case Tuple2: Push(new Entry(Math.Max(PopOne().Depth, PopOne().Depth) + 1, null)); return;
            case Tuple3: Push(new Entry(Math.Max(PopOne().Depth, Math.Max(PopOne().Depth, PopOne().Depth)) + 1, null)); return;
            case Append: case Build: Nest(PopOne().Depth); return;
            case SetItem: Nest(Math.Max(PopOne().Depth, PopOne().Depth)); return;
            case Appends: case SetItems: case AddItems: Nest(PopToMark()); return;
            case Reduce: case NewObj: Push(new Entry(Math.Max(PopOne().Depth, PopOne().Depth) + 1, null)); return;
            case NewObjEx: Push(new Entry(Math.Max(PopOne().Depth, Math.Max(PopOne().Depth, PopOne().Depth)) + 1, null)); return;
            case Global: CheckGlobal(Ascii(ReadLine()), Ascii(ReadLine())); Push(Leaf); return;
            case StackGlobal: StackGlobalStep(); return;
            case Put: _memo[ParseIndex(ReadLine())] = Top(); return;
            case BinPut: _memo[Take(1)[0]] = Top(); return;
            case LongBinPut: _memo[BinaryPrimitives.ReadInt32LittleEndian(Take(4))] = Top(); return;
            case Memoize: _memo[_memo.Count] = Top(); return;
            case Get: Push(Recall(ParseIndex(ReadLine()))); return;
            case BinGet: Push(Recall(Take(1)[0])); return;
            case LongBinGet: Push(Recall(BinaryPrimitives.ReadInt32LittleEndian(Take(4)))); return;
            case Inst: case Obj:
                throw Fail("Opcode " + Name(opcode) + " (old-style class instantiation) is not accepted");
            case PersId: case BinPersId: case Ext1: case Ext2: case Ext4: case NextBuffer: case ReadOnlyBuffer:
                throw Fail("Opcode " + Name(opcode) + " (persistent ids, extension registry or out-of-band buffers) is not accepted");
            default:
                throw Fail("Unknown opcode " + Name(opcode));
        }
    }

    private static readonly Entry Leaf = new(0, null);

    private void StackGlobalStep()
    {
        string? name = PopOne().Text;
        string? module = PopOne().Text;
        if (name is null || module is null)
        {
            throw Fail("STACK_GLOBAL whose module and name are not literal strings");
        }

        CheckGlobal(module, name);
        Push(Leaf);
    }

    private void CheckGlobal(string module, string name)
    {
        if (!AllowedGlobals.Contains(module, name))
        {
            throw Fail("The pickle names the global '" + module + "." + name + "', which is not on the allow-list (madmom layers and activations, numpy arrays)");
        }
    }

    private void Nest(int childDepth)
    {
        Entry target = PopOne();
        Push(new Entry(Math.Max(target.Depth, childDepth + 1), null));
    }

    private void Push(Entry entry)
    {
        CheckDepth(entry.Depth);
        _stack.Add(entry);
    }

    private void CheckDepth(int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw Fail("Nesting deeper than " + _limits.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    private Entry Top() => _stack.Count > (_marks.Count == 0 ? 0 : _marks[^1]) ? _stack[^1] : throw Fail("Stack underflow");

    private Entry PopOne()
    {
        Entry top = Top();
        _stack.RemoveAt(_stack.Count - 1);
        return top;
    }

    // Pops everything above the last mark and the mark; returns the deepest popped value's depth.
    private int PopToMark()
    {
        if (_marks.Count == 0)
        {
            throw Fail("No MARK to pop to");
        }

        int start = _marks[^1];
        _marks.RemoveAt(_marks.Count - 1);
        int depth = 0;
        for (int i = start; i < _stack.Count; i++)
        {
            depth = Math.Max(depth, _stack[i].Depth);
        }

        _stack.RemoveRange(start, _stack.Count - start);
        return depth;
    }

    private Entry Recall(long index) => _memo.TryGetValue(index, out Entry entry) ? entry : throw Fail("Memo entry " + index.ToString(CultureInfo.InvariantCulture) + " is read before it is written");

    private ReadOnlySpan<byte> Take(long count)
    {
        if (count < 0 || count > _data.Length - _position)
        {
            throw Fail("An argument declares " + count.ToString(CultureInfo.InvariantCulture) + " bytes but only " + (_data.Length - _position).ToString(CultureInfo.InvariantCulture) + " remain (truncated or corrupt pickle)");
        }

        var span = new ReadOnlySpan<byte>(_data, _position, (int)count);
        _position += (int)count;
        return span;
    }

    private ReadOnlySpan<byte> TakeCounted(int prefixBytes)
    {
        ReadOnlySpan<byte> prefix = Take(prefixBytes);
        long count = prefixBytes == 4 ? BinaryPrimitives.ReadInt32LittleEndian(prefix) : BinaryPrimitives.ReadInt64LittleEndian(prefix);
        return Take(count);
    }

    private ReadOnlySpan<byte> ReadLine()
    {
        int end = Array.IndexOf(_data, (byte)'\n', _position);
        if (end < 0)
        {
            throw Fail("A text argument has no end of line (truncated pickle)");
        }

        ReadOnlySpan<byte> line = Take(end - _position);
        _position++;
        return line;
    }

    private static Entry Text(ReadOnlySpan<byte> bytes) => new(0, bytes.Length <= MaxTrackedString ? Encoding.UTF8.GetString(bytes) : null);

    private static string Ascii(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private long ParseIndex(ReadOnlySpan<byte> line) =>
        long.TryParse(Encoding.ASCII.GetString(line), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long index) ? index : throw Fail("A memo index is not a number");

    private static string Name(byte opcode) => "0x" + opcode.ToString("x2", CultureInfo.InvariantCulture);

    private PickleSecurityException Fail(string message) => new(message, _opcodeStart);

    private readonly record struct Entry(int Depth, string? Text);
}
