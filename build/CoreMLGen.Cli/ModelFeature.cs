using System.Collections.Generic;

namespace CoreMLGen.Cli;

/// <summary>One declared input or output of the model that <c>predict</c> runs.</summary>
/// <param name="Name">The feature name.</param>
/// <param name="Kind">What kind of value it holds.</param>
/// <param name="DataType">The element type of a multi-array; null otherwise.</param>
/// <param name="Shape">The declared shape of a multi-array; empty otherwise.</param>
/// <param name="IsOptional">Whether an input may be left out.</param>
/// <param name="ItemKind">The key type of a dictionary or the item type of a sequence (Int64 or String); null when unknown or not applicable.</param>
internal sealed record ModelFeature(string Name, FeatureKind Kind, MultiArrayDataType? DataType, IReadOnlyList<int> Shape, bool IsOptional, FeatureKind? ItemKind = null);
