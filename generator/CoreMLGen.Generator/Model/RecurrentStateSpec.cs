namespace CoreMLGen.Generator.Model;

/// <summary>One state of <c>FooState</c>: fed to <see cref="Input"/>, read back from <see cref="Output"/>.</summary>
/// <param name="Shape">The input's declared shape: the shape of the state array and of a zero state.</param>
/// <param name="ArrayType">The state array's C# type (<c>MultiArray&lt;T&gt;</c>).</param>
/// <param name="TypeDescription">The input's type as the docs describe it.</param>
internal sealed record StateMemberSpec(
    FeatureSpec Input,
    FeatureSpec Output,
    string PropertyName,
    string ParameterName,
    bool FoundByName,
    EquatableArray<int> Shape,
    string ArrayType,
    string TypeDescription);

/// <summary>The recurrent state of a model (its plumbed state pairs) and the names of the state and session classes.</summary>
internal sealed record RecurrentStateSpec(string StateClassName, string SessionClassName, EquatableArray<StateMemberSpec> Members);
