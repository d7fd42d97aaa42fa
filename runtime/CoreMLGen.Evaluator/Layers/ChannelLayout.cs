namespace CoreMLGen.Evaluation.Layers;

/// <summary>
/// A shape seen as [Outer, Channels, Inner] around the channel axis -3 (rank-5 [S,B,C,H,W] and ND alike): the
/// layout every per-channel parameter (PReLU, batchnorm, scale) walks.
/// </summary>
internal readonly struct ChannelLayout
{
    private ChannelLayout(int outer, int channels, int inner)
    {
        Outer = outer;
        Channels = channels;
        Inner = inner;
    }

    /// <summary>The product of the dimensions before the channel axis.</summary>
    public int Outer { get; }

    public int Channels { get; }

    /// <summary>The product of the dimensions after the channel axis (H*W).</summary>
    public int Inner { get; }

    /// <summary>The layout of a shape of rank 3 or more.</summary>
    public static ChannelLayout Of(int[] shape)
    {
        int rank = shape.Length;
        int outer = 1;
        for (int i = 0; i < rank - 3; i++)
        {
            outer *= shape[i];
        }

        return new ChannelLayout(outer, shape[rank - 3], shape[rank - 2] * shape[rank - 1]);
    }

    /// <summary>A layout with a single channel (every value shares one parameter).</summary>
    public static ChannelLayout Flat(int count) => new(1, 1, count);
}
