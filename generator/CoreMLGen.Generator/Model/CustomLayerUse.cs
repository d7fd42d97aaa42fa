namespace CoreMLGen.Generator.Model;

/// <summary>
/// The layers of one model that use one custom layer class, with where the class is generated. Uses of the same
/// class by several models in one namespace are merged into one generated class.
/// </summary>
/// <param name="ClassName">The C# class name (the Objective-C name when it is an identifier).</param>
/// <param name="ObjectiveCName">The <c>className</c> Core ML looks up, exactly.</param>
internal sealed record CustomLayerUse(
    string Namespace,
    bool IsPublic,
    string ClassName,
    string ObjectiveCName,
    string ModelName,
    string ModelRelativePath,
    string SourceModelPath,
    EquatableArray<CustomLayerDescription> Layers);
