using System;
using System.Numerics;

namespace CoreMLGen.Audio.Features;

/// <summary>An in-place iterative radix-2 complex FFT in double precision (the sizes madmom's beat features use are
/// powers of two), with the twiddle factors computed once per size.</summary>
internal sealed class Fft
{
    private readonly Complex[] _twiddles;
    private readonly int[] _bitReversed;

    public Fft(int size)
    {
        if (size < 2 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "The FFT size must be a power of two >= 2, not " + size + ".");
        }

        Size = size;
        _twiddles = new Complex[size / 2];
        for (int k = 0; k < size / 2; k++)
        {
            double angle = -2 * Math.PI * k / size;
            _twiddles[k] = new Complex(Math.Cos(angle), Math.Sin(angle));
        }

        _bitReversed = new int[size];
        int bits = 0;
        while ((1 << bits) < size)
        {
            bits++;
        }

        for (int i = 0; i < size; i++)
        {
            int reversed = 0;
            for (int b = 0; b < bits; b++)
            {
                reversed |= ((i >> b) & 1) << (bits - 1 - b);
            }

            _bitReversed[i] = reversed;
        }
    }

    public int Size { get; }

    /// <summary>Transforms real <paramref name="input"/> into <paramref name="output"/> (both of <see cref="Size"/>).</summary>
    public void Forward(ReadOnlySpan<double> input, Span<Complex> output)
    {
        for (int i = 0; i < Size; i++)
        {
            output[_bitReversed[i]] = new Complex(input[i], 0);
        }

        for (int length = 2; length <= Size; length <<= 1)
        {
            int half = length >> 1;
            int stride = Size / length;
            for (int start = 0; start < Size; start += length)
            {
                for (int k = 0; k < half; k++)
                {
                    Complex odd = _twiddles[k * stride] * output[start + k + half];
                    Complex even = output[start + k];
                    output[start + k] = even + odd;
                    output[start + k + half] = even - odd;
                }
            }
        }
    }
}
