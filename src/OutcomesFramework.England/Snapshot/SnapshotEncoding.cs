using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace OutcomesFramework.England.Snapshot;

/// <summary>
/// The primitives of the snapshot format: unsigned LEB128 varints, a string table, and numbers stored as short
/// decimals where that is exact.
/// </summary>
/// <remarks>
/// Published figures are short decimals (22.6, 81770, 14.9). A number is stored as a mantissa and a scale
/// <c>s</c> (0–15) when <c>mantissa / 10^s</c> gives back exactly the same double, which holds for every value
/// <c>double.Parse</c> produced from a short decimal, because IEEE division of two exactly representable numbers is
/// correctly rounded. Other numbers (derived rates) are stored as their 8 IEEE bytes. Either way the value read
/// back is bit-identical to the value written.
/// </remarks>
internal static class SnapshotEncoding
{
    public const byte Missing = 0;
    public const byte Raw = 255;
    public const int MaxScale = 15;

    private static readonly double[] Pow10 = CreatePow10();

    public static void WriteVarint(Stream s, ulong value)
    {
        while (value >= 0x80)
        {
            s.WriteByte(unchecked((byte)(value | 0x80)));
            value >>= 7;
        }
        s.WriteByte((byte)value);
    }

    public static void WriteVarint(Stream s, int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Varints here are never negative.");
        }
        WriteVarint(s, (ulong)value);
    }

    public static void WriteString(Stream s, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteVarint(s, bytes.Length);
        s.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes a number (NaN meaning "none") as a tag byte and its payload.</summary>
    public static void WriteNumber(Stream s, double value)
    {
        if (double.IsNaN(value))
        {
            s.WriteByte(Missing);
            return;
        }
        for (var scale = 0; scale <= MaxScale; scale++)
        {
            var scaled = value * Pow10[scale];
            if (Math.Abs(scaled) < 9007199254740992.0 && Math.Floor(scaled) == scaled)
            {
                var mantissa = (long)scaled;
                if (BitConverter.DoubleToInt64Bits(mantissa / Pow10[scale]) == BitConverter.DoubleToInt64Bits(value))
                {
                    s.WriteByte((byte)(scale + 1));
                    WriteVarint(s, ZigZag(mantissa));
                    return;
                }
            }
        }
        s.WriteByte(Raw);
        var bits = BitConverter.DoubleToInt64Bits(value);
        for (var i = 0; i < 8; i++)
        {
            s.WriteByte(unchecked((byte)(bits >> (8 * i))));
        }
    }

    private static ulong ZigZag(long v) => unchecked((ulong)((v << 1) ^ (v >> 63)));

    private static double[] CreatePow10()
    {
        var p = new double[MaxScale + 1];
        p[0] = 1;
        for (var i = 1; i <= MaxScale; i++)
        {
            p[i] = p[i - 1] * 10; // exact up to 10^22
        }
        return p;
    }

    /// <summary>Reads what the writer wrote, from a byte array, without allocating per value.</summary>
    internal ref struct Reader
    {
        private readonly ReadOnlySpan<byte> data;
        // A static field read from ReadyToRun code goes through the runtime's class-initialisation helper each time;
        // decoding ~600,000 numbers on a cold start, that call cost as much as the decoding itself. A field of the
        // reader costs a load.
        private readonly double[] pow10;
        private int position;

        public Reader(ReadOnlySpan<byte> data)
        {
            this.data = data;
            pow10 = Pow10;
            position = 0;
        }

        public bool AtEnd => position == data.Length;

        public int Position => position;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public byte ReadByte()
        {
            if ((uint)position >= (uint)data.Length)
            {
                ThrowEndedEarly();
            }
            return data[position++];
        }

        private static void ThrowEndedEarly() => throw new InvalidDataException("The England snapshot ends early.");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong ReadVarint()
        {
            // Most varints here are one or two bytes (year steps, area indices, a series's first year): read them inline.
            var p = position;
            if ((uint)(p + 1) < (uint)data.Length)
            {
                uint b0 = data[p];
                if (b0 < 0x80)
                {
                    position = p + 1;
                    return b0;
                }
                uint b1 = data[p + 1];
                if (b1 < 0x80)
                {
                    position = p + 2;
                    return (b0 & 0x7F) | (b1 << 7);
                }
            }
            return ReadLongVarint();
        }

        private ulong ReadLongVarint()
        {
            ulong result = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = ReadByte();
                result |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return result;
                }
            }
            throw new InvalidDataException("The England snapshot holds a malformed varint.");
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadCount()
        {
            var v = ReadVarint();
            return v <= int.MaxValue ? (int)v : throw new InvalidDataException("The England snapshot holds a count out of range.");
        }

        public string ReadString()
        {
            var length = ReadCount();
            if (length > data.Length - position)
            {
                throw new InvalidDataException("The England snapshot ends inside a string.");
            }
            var bytes = data.Slice(position, length);
            position += length;
            // Codes and ids are ASCII: widened by hand, the first strings of a cold start skip the UTF-8 decoder's set-up.
            var chars = new char[length];
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] >= 0x80)
                {
#if NET
                    return Encoding.UTF8.GetString(bytes);
#else
                    return Encoding.UTF8.GetString(bytes.ToArray());
#endif
                }
                chars[i] = (char)bytes[i];
            }
            return new string(chars);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double ReadNumber()
        {
            // The common cases, a short decimal whose zigzag mantissa takes one or two bytes (22.6 is 226 tenths), read
            // inline: on a cold start this is most of the decoding.
            var p = position;
            if ((uint)(p + 2) < (uint)data.Length)
            {
                // Unchecked: tag 0 (missing) wraps round to a scale out of range, and the zigzag sign is a negation.
                var scale = unchecked(data[p] - 1u);
                if (scale <= MaxScale)
                {
                    uint z = data[p + 1];
                    if (z < 0x80)
                    {
                        position = p + 2;
                        return unchecked((int)(z >> 1) ^ -(int)(z & 1)) / pow10[scale];
                    }
                    uint b2 = data[p + 2];
                    if (b2 < 0x80)
                    {
                        z = (z & 0x7F) | (b2 << 7);
                        position = p + 3;
                        return unchecked((int)(z >> 1) ^ -(int)(z & 1)) / pow10[scale];
                    }
                }
            }
            return ReadOtherNumber();
        }

        private double ReadOtherNumber()
        {
            var tag = ReadByte();
            if (tag == Missing)
            {
                return double.NaN;
            }
            if (tag == Raw)
            {
                long bits = 0;
                for (var i = 0; i < 8; i++)
                {
                    bits |= (long)ReadByte() << (8 * i);
                }
                return BitConverter.Int64BitsToDouble(bits);
            }
            if (tag > MaxScale + 1)
            {
                throw new InvalidDataException("The England snapshot holds an unknown number tag.");
            }
            var z = ReadVarint();
            var mantissa = unchecked((long)(z >> 1) ^ -(long)(z & 1));
            return mantissa / pow10[tag - 1];
        }
    }

    /// <summary>Interns strings in first-use order.</summary>
    internal sealed class StringTable
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

        public List<string> Strings { get; } = new();

        public int Add(string s)
        {
            if (!index.TryGetValue(s, out var i))
            {
                i = Strings.Count;
                index.Add(s, i);
                Strings.Add(s);
            }
            return i;
        }
    }
}
