using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// The time steps of an LSTM with the usual activations (sigmoid gates, tanh cell input and output, separate input
/// and forget gates) in vector registers, for small hidden sizes (up to <see cref="MaxHidden"/>, madmom's are 25), where
/// the general path's per-step library calls cost more than the arithmetic. This class holds what both widths share:
/// the recurrent weights laid out k-major with each gate padded to whole vectors ([k, gate·padded + j] = R_gate[j, k]),
/// the padded peepholes, and the loop over steps and batch elements; <see cref="LstmStepAvx512"/> and
/// <see cref="LstmStepAvx2"/> compute one step: R·h for the four gates, then the cell update in one pass.
/// </summary>
internal abstract unsafe class LstmRegisterSteps
{
    /// <summary>Largest hidden size the register kernels take.</summary>
    public const int MaxHidden = 32;

    /// <summary>Floats <see cref="Run"/> reads past the last gate row: padding lanes, computed and never used.</summary>
    public const int GatesOverhang = WidestLanes;

    private const int WidestLanes = 16;

    private readonly int _lanes;

    protected LstmRegisterSteps(int lanes, int hidden, PackedMatrix recurrent, float[][]? peepholes, float clip)
    {
        _lanes = lanes;
        Hidden = hidden;
        Vectors = (hidden + lanes - 1) / lanes;
        Padded = Vectors * lanes;
        Clip = clip;
        Weights = new float[hidden * 4 * Padded];
        for (int k = 0; k < hidden; k++)
        {
            for (int g = 0; g < 4; g++)
            {
                for (int j = 0; j < hidden; j++)
                {
                    // The GEMM's packed B = Rᵀ holds B[k, n] in panel n / 16.
                    int n = (g * hidden) + j;
                    Weights[(k * 4 * Padded) + (g * Padded) + j] =
                        recurrent.Data[((n / PackedMatrix.PanelWidth) * recurrent.K * PackedMatrix.PanelWidth) + (k * PackedMatrix.PanelWidth) + (n % PackedMatrix.PanelWidth)];
                }
            }
        }

        // Input, forget and output peepholes, each padded; zeros without peepholes.
        Peepholes = new float[3 * Padded];
        for (int p = 0; p < 3 && peepholes is not null; p++)
        {
            peepholes[p].AsSpan(0, hidden).CopyTo(Peepholes.AsSpan(p * Padded));
        }
    }

    /// <summary>The matrix-product path this kernel belongs to: it runs only when that path is active.</summary>
    public abstract GemmPath Path { get; }

    protected int Hidden { get; }

    /// <summary>Vectors per gate.</summary>
    protected int Vectors { get; }

    /// <summary>Hidden size rounded up to whole vectors.</summary>
    protected int Padded { get; }

    protected float Clip { get; }

    protected float[] Weights { get; }

    protected float[] Peepholes { get; }

    /// <summary>Whether an LSTM of this shape can run in registers (the machine's support is checked by each width).</summary>
    public static bool Fits(int hidden, PackedMatrix recurrent, RecurrentActivationKind[] activations, bool coupled) =>
        activations[0] == RecurrentActivationKind.Sigmoid && activations[1] == RecurrentActivationKind.Tanh && activations[2] == RecurrentActivationKind.Tanh
        && !coupled && hidden is > 0 and <= MaxHidden && recurrent.K == hidden && recurrent.N == 4 * hidden;

    /// <summary>Floats of scratch <see cref="Run"/> needs (either width): padded h and c for each batch element.</summary>
    public static int ScratchLength(int hidden, int batch) => 2 * batch * (((hidden + WidestLanes - 1) / WidestLanes) * WidestLanes);

    /// <summary>
    /// The steps of <see cref="LstmRecurrence.Run"/> after the input projection: <paramref name="gates"/> holds
    /// W·x + b for every (t, b) row of 4H values (at least <see cref="GatesOverhang"/> floats follow the last row);
    /// h and c hold the initial states and receive the final ones.
    /// </summary>
    public void Run<TSink>(Span<float> gates, int sequence, int batch, bool reverse, Span<float> h, Span<float> c, Span<float> scratch, ref TSink sink)
        where TSink : struct, IStepSink
    {
        int hidden = Hidden, padded = Padded, width = 4 * hidden;
        if (gates.Length < (sequence * batch * width) + GatesOverhang || scratch.Length < 2 * batch * padded)
        {
            throw new ArgumentException("The gates or scratch buffer is shorter than the steps need.");
        }

        fixed (float* pGates = gates)
        fixed (float* pScratch = scratch)
        fixed (float* pWeights = Weights)
        fixed (float* pPeep = Peepholes)
        {
            float* hp = pScratch, cp = pScratch + (batch * padded);
            for (int b = 0; b < batch; b++)
            {
                h.Slice(b * hidden, hidden).CopyTo(new Span<float>(hp + (b * padded), hidden));
                c.Slice(b * hidden, hidden).CopyTo(new Span<float>(cp + (b * padded), hidden));
            }

            for (int step = 0; step < sequence; step++)
            {
                int t = reverse ? sequence - 1 - step : step;
                for (int b = 0; b < batch; b++)
                {
                    Step(pGates + ((long)((t * batch) + b) * width), pWeights, pPeep, hp + (b * padded), cp + (b * padded));
                    new ReadOnlySpan<float>(hp + (b * padded), hidden).CopyTo(h.Slice(b * hidden, hidden));
                }

                sink.OnStep(step, t, h);
            }

            for (int b = 0; b < batch; b++)
            {
                new ReadOnlySpan<float>(cp + (b * padded), hidden).CopyTo(c.Slice(b * hidden, hidden));
            }
        }
    }

    /// <summary>
    /// One step of one batch element: <paramref name="row"/> holds the gates' input projections (4H values, gate by
    /// gate); h and c are padded to <see cref="Padded"/> and updated in place. Lanes past the hidden size compute on
    /// padding and are never read.
    /// </summary>
    protected abstract void Step(float* row, float* weights, float* peepholes, float* h, float* c);
}
