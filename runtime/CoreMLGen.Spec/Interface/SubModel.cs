using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CoreMLGen.Spec.Interface;

/// <summary>One model inside a pipeline, with its position and its own sub-models (pipelines nest).</summary>
public sealed class SubModel
{
    public SubModel(IEnumerable<int> indexPath, string name, string kind, int specVersion, IEnumerable<SubModel> subModels)
    {
        IndexPath = ReadOnly.Copy(indexPath);
        Name = name ?? string.Empty;
        Kind = kind;
        SpecVersion = specVersion;
        SubModels = ReadOnly.Copy(subModels);
    }

    /// <summary>Indices from the top-level pipeline down to this model, e.g. [1, 0].</summary>
    public IReadOnlyList<int> IndexPath { get; }

    /// <summary>The index path dot-separated, e.g. <c>1.0</c>.</summary>
    public string PathText => string.Join(".", IndexPath.Select(index => index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The pipeline's <c>names</c> entry for this model, or empty.</summary>
    public string Name { get; }

    /// <summary>The sub-model's kind, as <see cref="ModelInterface.Kind"/>.</summary>
    public string Kind { get; }

    public int SpecVersion { get; }

    public IReadOnlyList<SubModel> SubModels { get; }
}
