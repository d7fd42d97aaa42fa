using System.Collections.Generic;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Reading;

/// <summary>The outcome of <see cref="ModelReader.Read(string)"/>: a model and its interface, or located errors.</summary>
public sealed class ModelReadResult
{
    internal ModelReadResult(
        string modelPath,
        string? specPath,
        byte[]? specBytes,
        Model? spec,
        ModelInterface? modelInterface,
        IEnumerable<ModelReadError> errors,
        IEnumerable<ModelReadError> warnings)
    {
        ModelPath = modelPath;
        SpecPath = specPath;
        SpecBytes = specBytes;
        Spec = spec;
        Interface = modelInterface;
        Errors = new List<ModelReadError>(errors).AsReadOnly();
        Warnings = new List<ModelReadError>(warnings).AsReadOnly();
    }

    /// <summary>True when the model was read: <see cref="Interface"/>, <see cref="Spec"/> and <see cref="SpecBytes"/> are set and there are no errors.</summary>
    public bool Succeeded => Interface is not null && Errors.Count == 0;

    /// <summary>The full path of the <c>.mlmodel</c> file or <c>.mlpackage</c> folder that was asked for.</summary>
    public string ModelPath { get; }

    /// <summary>The file the spec was read from: the model file itself, or the root model file inside a package.</summary>
    public string? SpecPath { get; }

    /// <summary>The spec exactly as stored (copy it unchanged to keep unknown fields); do not modify.</summary>
    public byte[]? SpecBytes { get; }

    /// <summary>The parsed spec.</summary>
    public Model? Spec { get; }

    public ModelInterface? Interface { get; }

    public IReadOnlyList<ModelReadError> Errors { get; }

    /// <summary>Problems that do not stop reading (e.g. <see cref="ModelReadErrorCodes.NewerSpecVersion"/>).</summary>
    public IReadOnlyList<ModelReadError> Warnings { get; }
}
