using System;
using System.Numerics;

namespace CoreMLGen.Audio.Features;

/// <summary>
/// madmom's STFT magnitudes for one frame: the frame times a Hann window divided by the signal's full scale (madmom
/// scales the window, not the integer signal), a double-precision FFT stored as complex64, and its magnitudes in
/// single precision, bins 0 to frameSize/2 - 1. Holds per-call buffers; not shared between threads.
/// </summary>
internal sealed class MagnitudeSpectrum
{
    private readonly double[] _fftWindow;
    private readonly double _hopSize;
    private readonly Fft _fft;
    private readonly double[] _frame;
    private readonly Complex[] _spectrum;

    public MagnitudeSpectrum(double[] window, double hopSize, double fullScale)
    {
        _fftWindow = new double[window.Length];
        for (int i = 0; i < window.Length; i++)
        {
            _fftWindow[i] = window[i] / fullScale;
        }

        _hopSize = hopSize;
        _fft = new Fft(window.Length);
        _frame = new double[window.Length];
        _spectrum = new Complex[window.Length];
    }

    public int Bins => _frame.Length / 2;

    /// <summary>Writes the magnitudes of frame <paramref name="index"/> of <paramref name="signal"/>.</summary>
    public void Compute(ReadOnlySpan<double> signal, int index, Span<float> magnitudes)
    {
        SignalFraming.CopyFrame(signal, index, _hopSize, _frame);
        for (int i = 0; i < _frame.Length; i++)
        {
            _frame[i] *= _fftWindow[i];
        }

        _fft.Forward(_frame, _spectrum);
        for (int k = 0; k < Bins; k++)
        {
            double re = (float)_spectrum[k].Real;
            double im = (float)_spectrum[k].Imaginary;
            magnitudes[k] = (float)Math.Sqrt((re * re) + (im * im));
        }
    }
}
