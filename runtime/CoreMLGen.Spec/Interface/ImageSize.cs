namespace CoreMLGen.Spec.Interface;

/// <summary>One allowed size of a flexible image.</summary>
public sealed class ImageSize
{
    public ImageSize(ulong width, ulong height)
    {
        Width = width;
        Height = height;
    }

    public ulong Width { get; }

    public ulong Height { get; }
}
