using System.Collections.Generic;

namespace CoreMLGen.Spec.Interface;

/// <summary>One function of a multi-function model (<c>FunctionDescription</c>).</summary>
public sealed class ModelFunction
{
    public ModelFunction(string name, bool isDefault, IEnumerable<ModelFeature> inputs, IEnumerable<ModelFeature> outputs, IEnumerable<ModelFeature> states)
    {
        Name = name ?? string.Empty;
        IsDefault = isDefault;
        Inputs = ReadOnly.Copy(inputs);
        Outputs = ReadOnly.Copy(outputs);
        States = ReadOnly.Copy(states);
    }

    public string Name { get; }

    /// <summary>True when the description's <c>defaultFunctionName</c> names this function.</summary>
    public bool IsDefault { get; }

    public IReadOnlyList<ModelFeature> Inputs { get; }

    public IReadOnlyList<ModelFeature> Outputs { get; }

    public IReadOnlyList<ModelFeature> States { get; }
}
