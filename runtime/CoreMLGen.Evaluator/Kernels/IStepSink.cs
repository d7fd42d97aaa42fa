using System;

namespace CoreMLGen.Evaluation.Kernels;

/// <summary>Receives the hidden state after each step of a recurrence (a struct, so the call is inlined, not allocated).</summary>
internal interface IStepSink
{
    /// <param name="step">The processing step, 0 first.</param>
    /// <param name="position">The time position the step consumed.</param>
    /// <param name="hidden">h of every batch element, [Batch, H].</param>
    void OnStep(int step, int position, ReadOnlySpan<float> hidden);
}
