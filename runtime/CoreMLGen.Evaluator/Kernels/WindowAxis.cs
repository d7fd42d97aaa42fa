namespace CoreMLGen.Evaluation.Kernels;

/// <summary>
/// One axis (height or width) of a sliding window over a plane: the input and output lengths, the kernel extent,
/// stride and dilation, and the padding before and after the input (for a transposed convolution, the crop).
/// Window <c>o</c> starts at input position <c>o · Stride − PadBefore</c>.
/// </summary>
internal readonly record struct WindowAxis(int Input, int Output, int Kernel, int Stride, int Dilation, int PadBefore, int PadAfter)
{
    /// <summary>The input range [start, end) under window <paramref name="index"/>, and its length within the padded input.</summary>
    public void Range(int index, out int start, out int end, out int padded)
    {
        int first = index * Stride - PadBefore;
        int last = first + Kernel;
        start = first < 0 ? 0 : first;
        end = last > Input ? Input : last;
        int paddedEnd = last > Input + PadAfter ? Input + PadAfter : last;
        padded = paddedEnd - (first < -PadBefore ? -PadBefore : first);
    }
}
