using System;

namespace CoreMLGen.Audio.Features;

/// <summary>numpy's <c>hanning(M)</c>: the symmetric Hann window, <c>0.5 + 0.5 cos(pi n / (M - 1))</c> for
/// n = 1 - M, 3 - M, …, M - 1 (computed that way so values match numpy's to the last bit).</summary>
internal static class HannWindow
{
    public static double[] Symmetric(int size)
    {
        if (size == 1)
        {
            return new[] { 1.0 };
        }

        var window = new double[size];
        for (int i = 0; i < size; i++)
        {
            int n = 1 - size + (2 * i);
            window[i] = 0.5 + (0.5 * Math.Cos(Math.PI * n / (size - 1)));
        }

        return window;
    }
}
