using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>
/// Makes damaged copies of a model spec, deterministically from a seed: bit flips, byte overwrites, truncations, huge
/// length prefixes spliced in, and rewrites of one field deep in the parsed message (extreme numbers, odd or clashing
/// names, cleared messages, repeated items dropped or doubled) — the kinds of damage real files and hostile inputs carry.
/// </summary>
public sealed class SpecMutator
{
    private static readonly long[] s_extremeIntegers = { 0, -1, 1, 2, 3, 255, 256, int.MaxValue, int.MinValue, (long)int.MaxValue + 1, uint.MaxValue, long.MaxValue, long.MinValue, 1L << 40 };

    private static readonly string[] s_oddStrings = { "", " ", "x", "1", "class", "input.1", "a b", "\u00e9\u65e5\u672c", "\0", "\"quoted\"", "x\ny", new string('n', 300) };

    private readonly Random _random;

    public SpecMutator(int seed) => _random = new Random(seed);

    /// <summary>What the last <see cref="Mutate"/> did, to name a failing case.</summary>
    public string LastMutation { get; private set; } = "";

    /// <summary>One to three kinds of damage, one after the other.</summary>
    public byte[] Mutate(byte[] spec)
    {
        int rounds = 1 + (_random.Next(4) == 0 ? _random.Next(1, 3) : 0);
        var done = new List<string>();
        for (int round = 0; round < rounds; round++)
        {
            spec = MutateOnce(spec);
            done.Add(LastMutation);
        }

        LastMutation = string.Join("; ", done);
        return spec;
    }

    private byte[] MutateOnce(byte[] spec)
    {
        switch (_random.Next(6))
        {
            case 0:
                return FlipBits(spec);
            case 1:
                return OverwriteBytes(spec);
            case 2:
                return Truncate(spec);
            case 3:
                return SpliceHugeLength(spec);
            default:
                return RewriteField(spec) ?? FlipBits(spec);
        }
    }

    private byte[] FlipBits(byte[] spec)
    {
        byte[] copy = (byte[])spec.Clone();
        int flips = _random.Next(1, 9);
        for (int i = 0; i < flips && copy.Length > 0; i++)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }

        LastMutation = flips + " bit flip(s)";
        return copy;
    }

    private byte[] OverwriteBytes(byte[] spec)
    {
        byte[] copy = (byte[])spec.Clone();
        byte[] values = { 0x00, 0xFF, 0x7F, 0x80, 0x01 };
        int position = copy.Length == 0 ? 0 : _random.Next(copy.Length);
        int count = Math.Min(_random.Next(1, 6), copy.Length - position);
        for (int i = 0; i < count; i++)
        {
            copy[position + i] = values[_random.Next(values.Length)];
        }

        LastMutation = count + " byte(s) overwritten at " + position;
        return copy;
    }

    private byte[] Truncate(byte[] spec)
    {
        int length = spec.Length == 0 ? 0 : _random.Next(spec.Length);
        LastMutation = "truncated to " + length + " bytes";
        return spec.Take(length).ToArray();
    }

    private byte[] SpliceHugeLength(byte[] spec)
    {
        // A length-delimited field (wire type 2) whose length varint claims far more than the message holds.
        int position = spec.Length == 0 ? 0 : _random.Next(spec.Length);
        int field = _random.Next(1, 64);
        ulong length = (ulong)s_extremeIntegers[_random.Next(s_extremeIntegers.Length)];
        var splice = new List<byte> { (byte)((field << 3) | 2) };
        do
        {
            byte next = (byte)(length & 0x7F);
            length >>= 7;
            splice.Add(length == 0 ? next : (byte)(next | 0x80));
        }
        while (length != 0);

        LastMutation = "huge length prefix for field " + field + " spliced at " + position;
        return spec.Take(position).Concat(splice).Concat(spec.Skip(position)).ToArray();
    }

    private byte[]? RewriteField(byte[] spec)
    {
        CoreML.Specification.Model model;
        try
        {
            model = CoreML.Specification.Model.Parser.ParseFrom(spec);
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }

        var messages = new List<(IMessage Message, string Path)>();
        Collect(model, "model", messages, depth: 0);
        (IMessage target, string path) = messages[_random.Next(messages.Count)];
        FieldDescriptor[] fields = target.Descriptor.Fields.InFieldNumberOrder().ToArray();
        if (fields.Length == 0)
        {
            return null;
        }

        FieldDescriptor chosen = fields[_random.Next(fields.Length)];
        LastMutation = "rewrote " + path + "." + chosen.Name + ": " + Rewrite(target, chosen, messages);
        return model.ToByteArray();
    }

    private static void Collect(IMessage message, string path, List<(IMessage, string)> into, int depth)
    {
        into.Add((message, path));
        if (depth > 16)
        {
            return;
        }

        foreach (FieldDescriptor field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != FieldType.Message)
            {
                continue;
            }

            object value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                // ML Programs keep functions, blocks and op attributes in maps of messages.
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    if (entry.Value is IMessage child)
                    {
                        Collect(child, path + "." + field.Name + "[" + entry.Key + "]", into, depth + 1);
                    }
                }
            }
            else if (field.IsRepeated)
            {
                int index = 0;
                foreach (object item in (IList)value)
                {
                    Collect((IMessage)item, path + "." + field.Name + "[" + index++ + "]", into, depth + 1);
                }
            }
            else if (value is IMessage child && field.Accessor.HasValue(message))
            {
                Collect(child, path + "." + field.Name, into, depth + 1);
            }
        }
    }

    private string Rewrite(IMessage message, FieldDescriptor field, List<(IMessage Message, string Path)> messages)
    {
        if (field.IsMap)
        {
            field.Accessor.Clear(message);
            return "map cleared";
        }

        if (field.IsRepeated)
        {
            var list = (IList)field.Accessor.GetValue(message);
            if (list.Count == 0)
            {
                return "empty list left";
            }

            int index = _random.Next(list.Count);
            if (_random.Next(2) == 0)
            {
                list.RemoveAt(index);
                return "item " + index + " removed";
            }

            list.Add(list[index] is IMessage item ? item.Descriptor.Parser.ParseFrom(item.ToByteString()) : list[index]);
            return "item " + index + " doubled";
        }

        switch (field.FieldType)
        {
            case FieldType.Message:
                field.Accessor.Clear(message);
                return "cleared";
            case FieldType.String:
                string text = _random.Next(3) == 0 ? SomeOtherName(messages) : s_oddStrings[_random.Next(s_oddStrings.Length)];
                field.Accessor.SetValue(message, text);
                return "\"" + text + "\"";
            case FieldType.Bytes:
                var bytes = (ByteString)field.Accessor.GetValue(message);
                field.Accessor.SetValue(message, ByteString.CopyFrom(bytes.ToByteArray().Take(bytes.Length / 2).ToArray()));
                return "bytes halved";
            case FieldType.Bool:
                field.Accessor.SetValue(message, !(bool)field.Accessor.GetValue(message));
                return "flipped";
            case FieldType.Float:
                float single = new[] { float.NaN, float.PositiveInfinity, -1f, 0f, 1e30f }[_random.Next(5)];
                field.Accessor.SetValue(message, single);
                return single.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case FieldType.Double:
                double number = new[] { double.NaN, double.NegativeInfinity, -1.0, 0.0, 1e300 }[_random.Next(5)];
                field.Accessor.SetValue(message, number);
                return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case FieldType.Enum:
                int enumValue = new[] { -1, 0, 1, 2, 3, 7, 1000 }[_random.Next(7)];
                field.Accessor.SetValue(message, enumValue);
                return "enum " + enumValue;
            default:
                return SetInteger(message, field);
        }
    }

    private string SetInteger(IMessage message, FieldDescriptor field)
    {
        long value = s_extremeIntegers[_random.Next(s_extremeIntegers.Length)];
        object boxed = field.FieldType switch
        {
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => (object)unchecked((int)value),
            FieldType.UInt32 or FieldType.Fixed32 => unchecked((uint)value),
            FieldType.UInt64 or FieldType.Fixed64 => unchecked((ulong)value),
            _ => value,
        };
        field.Accessor.SetValue(message, boxed);
        return boxed.ToString()!;
    }

    // Renaming to a name used elsewhere makes clashes: two features or blobs with one name, a layer reading itself.
    private string SomeOtherName(List<(IMessage Message, string Path)> messages)
    {
        for (int attempt = 0; attempt < 8; attempt++)
        {
            IMessage other = messages[_random.Next(messages.Count)].Message;
            FieldDescriptor? name = other.Descriptor.FindFieldByName("name");
            if (name is { FieldType: FieldType.String, IsRepeated: false } && name.Accessor.GetValue(other) is string { Length: > 0 } text)
            {
                return text;
            }
        }

        return "x";
    }
}
