using System.Collections.Generic;

namespace CoreMLGen.Spec.Reading;

/// <summary>Collects the errors and warnings of one read.</summary>
internal sealed class ReadDiagnostics
{
    public List<ModelReadError> Errors { get; } = new();

    public List<ModelReadError> Warnings { get; } = new();

    public bool HasErrors => Errors.Count > 0;

    public void Error(string code, string path, string message) => Errors.Add(new ModelReadError(code, message, path));

    public void Warning(string code, string path, string message) => Warnings.Add(new ModelReadError(code, message, path));
}
