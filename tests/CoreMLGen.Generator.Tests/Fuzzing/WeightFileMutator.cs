using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>
/// Makes damaged copies of an ML Program's weight file (MIL blob storage version 2), deterministically from a seed:
/// bit flips and truncations anywhere, and rewrites of the fields a reader trusts — the header's version, and in one
/// blob metadata record its sentinel, data type, size, data offset or padding — with extreme values, or NaN and
/// infinity written over the data.
/// </summary>
public sealed class WeightFileMutator
{
    private const int HeaderBytes = 64;
    private const uint Sentinel = 0xDEADBEEF;

    private static readonly ulong[] s_extremes = { 0, 1, 2, 3, 63, 64, 65, 127, 128, 4096, int.MaxValue, (ulong)int.MaxValue + 1, uint.MaxValue, long.MaxValue, ulong.MaxValue, 1UL << 40 };

    private readonly Random _random;

    public WeightFileMutator(int seed) => _random = new Random(seed);

    /// <summary>What the last <see cref="Mutate"/> did, to name a failing case.</summary>
    public string LastMutation { get; private set; } = "";

    public byte[] Mutate(byte[] weights)
    {
        byte[] copy = (byte[])weights.Clone();
        List<int> records = Records(copy);
        switch (_random.Next(6))
        {
            case 0:
                int flips = _random.Next(1, 9);
                for (int i = 0; i < flips && copy.Length > 0; i++)
                {
                    copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
                }

                LastMutation = "weights: " + flips + " bit flip(s)";
                return copy;
            case 1:
                int length = copy.Length == 0 ? 0 : _random.Next(copy.Length);
                LastMutation = "weights: truncated to " + length + " bytes";
                return copy.Take(length).ToArray();
            case 2:
                uint version = (uint)s_extremes[_random.Next(s_extremes.Length)];
                Write32(copy, 4, version);
                LastMutation = "weights: header version " + version;
                return copy;
            case 3 when records.Count > 0:
                return RewriteRecord(copy, records[_random.Next(records.Count)]);
            case 4 when records.Count > 0:
                return PoisonData(copy, records[_random.Next(records.Count)]);
            default:
                int at = copy.Length == 0 ? 0 : _random.Next(copy.Length);
                int count = Math.Min(_random.Next(1, 9), copy.Length - at);
                for (int i = 0; i < count; i++)
                {
                    copy[at + i] = new byte[] { 0x00, 0xFF, 0x7F, 0x80 }[_random.Next(4)];
                }

                LastMutation = "weights: " + count + " byte(s) overwritten at " + at;
                return copy;
        }
    }

    // Metadata records start on 64-byte boundaries after the header, each with the sentinel.
    private static List<int> Records(byte[] weights)
    {
        var records = new List<int>();
        for (int at = HeaderBytes; at + HeaderBytes <= weights.Length; at += 64)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(weights.AsSpan(at)) == Sentinel)
            {
                records.Add(at);
            }
        }

        return records;
    }

    private byte[] RewriteRecord(byte[] weights, int record)
    {
        ulong value = s_extremes[_random.Next(s_extremes.Length)];
        (string field, int offset, bool wide) = _random.Next(5) switch
        {
            0 => ("sentinel", 0, false),
            1 => ("data type", 4, false),
            2 => ("size", 8, true),
            3 => ("data offset", 16, true),
            _ => ("padding", 24, true),
        };
        if (wide)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(weights.AsSpan(record + offset), value);
        }
        else
        {
            Write32(weights, record + offset, (uint)value);
        }

        LastMutation = "weights: record at " + record + ", " + field + " = " + value;
        return weights;
    }

    private byte[] PoisonData(byte[] weights, int record)
    {
        ulong dataOffset = BinaryPrimitives.ReadUInt64LittleEndian(weights.AsSpan(record + 16));
        if (dataOffset + 4 > (ulong)weights.Length)
        {
            LastMutation = "weights: nothing to poison";
            return weights;
        }

        uint[] poisons = { 0x7FC00000, 0x7F800000, 0xFF800000, 0x7E00 };
        uint poison = poisons[_random.Next(poisons.Length)];
        Write32(weights, (int)dataOffset, poison);
        LastMutation = "weights: 0x" + poison.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + " written at " + dataOffset;
        return weights;
    }

    private static void Write32(byte[] bytes, int at, uint value)
    {
        if (at + 4 <= bytes.Length)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
        }
    }
}
