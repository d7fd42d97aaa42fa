namespace CoreMLGen.Spec.Networks;

/// <summary>
/// A traced blob's place in a model feature: the run of <see cref="Length"/> elements at <see cref="Offset"/>.
/// <see cref="Shape"/> is the shape of the blob where the trace stopped (the whole feature at an output, after joins).
/// </summary>
internal sealed class FeatureWindow
{
    public FeatureWindow(string feature, long offset, long length, BlobShape shape)
    {
        Feature = feature;
        Offset = offset;
        Length = length;
        Shape = shape;
    }

    public string Feature { get; }

    public long Offset { get; }

    public long Length { get; }

    public BlobShape Shape { get; }
}
