namespace CoreMLGen.Evaluation.Layers;

/// <summary>Scratch buffers kernels keep between calls: they grow when a larger shape arrives and are reused after.</summary>
internal static class Scratch
{
    /// <summary>Returns <paramref name="buffer"/>, replaced by a larger one first when it holds fewer than <paramref name="length"/> values.</summary>
    public static float[] Ensure(ref float[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new float[length];
        }

        return buffer;
    }
}
