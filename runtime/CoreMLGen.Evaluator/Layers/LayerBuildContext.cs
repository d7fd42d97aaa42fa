namespace CoreMLGen.Evaluation.Layers;

/// <summary>What a kernel needs to know about the network it belongs to when it is built.</summary>
internal sealed class LayerBuildContext
{
    public LayerBuildContext(bool isNd, int specVersion, EvaluatorOptions options)
    {
        IsNd = isNd;
        SpecVersion = specVersion;
        Options = options;
    }

    /// <summary>
    /// True when blobs have the rank the model declares (EXACT_ARRAY_MAPPING or any spec-4 layer); false when every
    /// blob is rank 5 [Seq, Batch, C, H, W] (the legacy RANK5 mapping).
    /// </summary>
    public bool IsNd { get; }

    public int SpecVersion { get; }

    public EvaluatorOptions Options { get; }
}
