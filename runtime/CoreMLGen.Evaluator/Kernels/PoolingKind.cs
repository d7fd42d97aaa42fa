namespace CoreMLGen.Evaluation.Kernels;

/// <summary>What a pooling window computes.</summary>
internal enum PoolingKind
{
    /// <summary>The largest value (NaN if any is NaN); padding never wins.</summary>
    Max,

    /// <summary>The mean; padding counts in the denominator unless excluded.</summary>
    Average,

    /// <summary>√Σx² over the window.</summary>
    L2,
}
