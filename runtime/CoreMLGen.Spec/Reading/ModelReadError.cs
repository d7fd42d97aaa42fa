namespace CoreMLGen.Spec.Reading;

/// <summary>A located problem found while reading a model: a CMLG2xxx code, a message and the file it is about.</summary>
public sealed class ModelReadError
{
    public ModelReadError(string code, string message, string path)
    {
        Code = code;
        Message = message;
        Path = path;
    }

    /// <summary>A <see cref="ModelReadErrorCodes"/> value, e.g. <c>CMLG2003</c>.</summary>
    public string Code { get; }

    /// <summary>One or two sentences naming the file and saying what to do.</summary>
    public string Message { get; }

    /// <summary>The full path of the file the problem is in: the model, or the manifest or root model file inside a package.</summary>
    public string Path { get; }

    public override string ToString() => Path + ": " + Code + ": " + Message;
}
