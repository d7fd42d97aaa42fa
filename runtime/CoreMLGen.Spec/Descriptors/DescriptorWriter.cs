using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Descriptors;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Descriptors;

/// <summary>
/// Writes a model's interface as descriptor text (docs/descriptor-format.md): deterministic, <c>\n</c> line ends,
/// pure ASCII, culture-invariant numbers. The same interface always gives the same bytes.
/// </summary>
public static class DescriptorWriter
{
    /// <summary>The descriptor file extension (<c>.descriptor</c>).</summary>
    public const string FileExtension = DescriptorFormat.FileExtension;

    /// <summary>The descriptor text of <paramref name="model"/>, ending with <c>\n</c>.</summary>
    public static string Write(ModelInterface model)
    {
        var text = new DescriptorTextBuilder();
        text.HeaderLine();
        text.Record(DescriptorFormat.Records.Model)
            .Attribute(DescriptorFormat.Keys.SpecVersion, model.SpecVersion)
            .Attribute(DescriptorFormat.Keys.Kind, model.Kind)
            .Attribute(DescriptorFormat.Keys.Updatable, model.IsUpdatable);
        WriteMetadata(text, model.Metadata);
        WriteRole(text, model);
        WriteSubModels(text, model.SubModels);
        WriteCustomLayers(text, model.CustomLayers);
        WriteStatePairs(text, model.StatePairs);
        WriteFeatures(text, model.Inputs, model.Outputs, model.States);
        foreach (ModelFunction function in model.Functions)
        {
            text.Record(DescriptorFormat.Records.Function)
                .Attribute(DescriptorFormat.Keys.Name, function.Name)
                .Attribute(DescriptorFormat.Keys.Default, function.IsDefault);
            WriteFeatures(text, function.Inputs, function.Outputs, function.States);
        }

        return text.ToString();
    }

    private static void WriteMetadata(DescriptorTextBuilder text, ModelMetadata metadata)
    {
        text.Record(DescriptorFormat.Records.Metadata)
            .Attribute(DescriptorFormat.Keys.Description, metadata.Description)
            .Attribute(DescriptorFormat.Keys.Author, metadata.Author)
            .Attribute(DescriptorFormat.Keys.License, metadata.License)
            .Attribute(DescriptorFormat.Keys.Version, metadata.Version);
        foreach (KeyValuePair<string, string> entry in metadata.UserDefined)
        {
            text.Record(DescriptorFormat.Records.UserDefined)
                .Attribute(DescriptorFormat.Keys.Key, entry.Key)
                .Attribute(DescriptorFormat.Keys.Value, entry.Value);
        }
    }

    private static void WriteRole(DescriptorTextBuilder text, ModelInterface model)
    {
        if (model.Classifier is { } classifier)
        {
            text.Record(DescriptorFormat.Records.Classifier)
                .Attribute(DescriptorFormat.Keys.Predicted, classifier.PredictedFeature)
                .Attribute(DescriptorFormat.Keys.Probabilities, classifier.ProbabilitiesFeature)
                .Attribute(DescriptorFormat.Keys.LabelType, DescriptorValues.LabelType(classifier.LabelType));
            foreach (string label in classifier.ClassLabels)
            {
                text.Record(DescriptorFormat.Records.ClassLabel).Attribute(DescriptorFormat.Keys.Value, label);
            }
        }
        else if (model.Regressor is { } regressor)
        {
            text.Record(DescriptorFormat.Records.Regressor).Attribute(DescriptorFormat.Keys.Predicted, regressor.PredictedFeature);
        }
    }

    private static void WriteSubModels(DescriptorTextBuilder text, IEnumerable<SubModel> subModels)
    {
        // Depth first: a sub-model, then its own sub-models, then its next sibling.
        foreach (SubModel subModel in subModels)
        {
            text.Record(DescriptorFormat.Records.SubModel)
                .Attribute(DescriptorFormat.Keys.Path, subModel.PathText)
                .Attribute(DescriptorFormat.Keys.Name, subModel.Name)
                .Attribute(DescriptorFormat.Keys.Kind, subModel.Kind)
                .Attribute(DescriptorFormat.Keys.SpecVersion, subModel.SpecVersion);
            WriteSubModels(text, subModel.SubModels);
        }
    }

    private static void WriteCustomLayers(DescriptorTextBuilder text, IEnumerable<CustomLayer> layers)
    {
        foreach (CustomLayer layer in layers)
        {
            text.Record(DescriptorFormat.Records.CustomLayer)
                .Attribute(DescriptorFormat.Keys.ClassName, layer.ClassName)
                .Attribute(DescriptorFormat.Keys.Layer, layer.LayerName)
                .Attribute(DescriptorFormat.Keys.Description, layer.Description)
                .Attribute(DescriptorFormat.Keys.Inputs, layer.InputCount)
                .Attribute(DescriptorFormat.Keys.Outputs, layer.OutputCount)
                .Attribute(DescriptorFormat.Keys.Weights, DescriptorValues.Weights(layer.Weights));
            foreach (CustomLayerParameter parameter in layer.Parameters)
            {
                text.Record(DescriptorFormat.Records.CustomParameter)
                    .Attribute(DescriptorFormat.Keys.Name, parameter.Name)
                    .Attribute(DescriptorFormat.Keys.Type, DescriptorValues.ParameterType(parameter.Kind))
                    .Attribute(DescriptorFormat.Keys.Value, DescriptorValues.ParameterValue(parameter));
            }
        }
    }

    private static void WriteStatePairs(DescriptorTextBuilder text, IEnumerable<StatePair> pairs)
    {
        foreach (StatePair pair in pairs)
        {
            text.Record(DescriptorFormat.Records.StatePair)
                .Attribute(DescriptorFormat.Keys.Input, pair.InputName)
                .Attribute(DescriptorFormat.Keys.Output, pair.OutputName)
                .Attribute(DescriptorFormat.Keys.FoundBy, DescriptorValues.FoundBy(pair.Source))
                .Attribute(DescriptorFormat.Keys.Layer, pair.LayerName)
                .Attribute(DescriptorFormat.Keys.LayerType, pair.LayerKind.Length > 0 ? pair.LayerKind : DescriptorFormat.Values.LayerTypeNone)
                .Attribute(DescriptorFormat.Keys.Slots, DescriptorValues.Slots(pair.Slots));
        }
    }

    private static void WriteFeatures(
        DescriptorTextBuilder text,
        IEnumerable<ModelFeature> inputs,
        IEnumerable<ModelFeature> outputs,
        IEnumerable<ModelFeature> states)
    {
        foreach (ModelFeature feature in inputs)
        {
            WriteFeature(text, DescriptorFormat.Records.Input, feature);
        }

        foreach (ModelFeature feature in outputs)
        {
            WriteFeature(text, DescriptorFormat.Records.Output, feature);
        }

        foreach (ModelFeature feature in states)
        {
            WriteFeature(text, DescriptorFormat.Records.State, feature);
        }
    }

    private static void WriteFeature(DescriptorTextBuilder text, string keyword, ModelFeature feature)
    {
        text.Record(keyword)
            .Attribute(DescriptorFormat.Keys.Name, feature.Name)
            .Attribute(DescriptorFormat.Keys.Description, feature.ShortDescription)
            .Attribute(DescriptorFormat.Keys.Optional, feature.IsOptional)
            .Attribute(DescriptorFormat.Keys.Type, DescriptorValues.FeatureType(feature.Type.Kind));
        switch (feature.Type)
        {
            case MultiArrayValueType array:
                WriteArray(text, array);
                break;
            case StateValueType state:
                WriteArray(text, state.ArrayType);
                break;
            case ImageValueType image:
                WriteImage(text, image);
                break;
            case DictionaryValueType dictionary:
                text.Attribute(DescriptorFormat.Keys.KeyType, DescriptorValues.Scalar(dictionary.KeyKind));
                break;
            case SequenceValueType sequence:
                text.Attribute(DescriptorFormat.Keys.ElementType, DescriptorValues.Scalar(sequence.ElementKind))
                    .Attribute(DescriptorFormat.Keys.SizeRange, DescriptorValues.Range(sequence.SizeRange));
                break;
            case UnknownValueType unknown:
                text.Attribute(DescriptorFormat.Keys.TypeCase, unknown.TypeCase);
                break;
        }
    }

    private static void WriteArray(DescriptorTextBuilder text, MultiArrayValueType array)
    {
        text.Attribute(DescriptorFormat.Keys.DataType, DescriptorValues.DataType(array.DataType, array.RawDataType))
            .Attribute(DescriptorFormat.Keys.Shape, DescriptorValues.List(array.Shape))
            .Attribute(DescriptorFormat.Keys.Flexibility, DescriptorValues.Flexibility(array.Flexibility.Kind));
        if (array.Flexibility.Kind == FlexibilityKind.Enumerated)
        {
            text.Attribute(DescriptorFormat.Keys.Shapes, DescriptorValues.Shapes(array.Flexibility.Shapes.Select(shape => (IEnumerable<long>)shape)));
        }
        else if (array.Flexibility.Kind == FlexibilityKind.Range)
        {
            text.Attribute(DescriptorFormat.Keys.Ranges, DescriptorValues.Ranges(array.Flexibility.Ranges));
        }

        if (array.DefaultValue is { } defaultValue)
        {
            text.Attribute(DescriptorFormat.Keys.Default, DescriptorValues.Default(defaultValue));
        }
    }

    private static void WriteImage(DescriptorTextBuilder text, ImageValueType image)
    {
        text.Attribute(DescriptorFormat.Keys.Width, image.Width)
            .Attribute(DescriptorFormat.Keys.Height, image.Height)
            .Attribute(DescriptorFormat.Keys.ColorSpace, DescriptorValues.ColorSpace(image.ColorSpace, image.RawColorSpace))
            .Attribute(DescriptorFormat.Keys.Flexibility, DescriptorValues.Flexibility(image.Flexibility.Kind));
        if (image.Flexibility.Kind == FlexibilityKind.Enumerated)
        {
            text.Attribute(DescriptorFormat.Keys.Sizes, DescriptorValues.Sizes(image.Flexibility.Sizes));
        }
        else if (image.Flexibility.Kind == FlexibilityKind.Range)
        {
            text.Attribute(DescriptorFormat.Keys.WidthRange, DescriptorValues.Range(image.Flexibility.WidthRange ?? DimensionRange.Any))
                .Attribute(DescriptorFormat.Keys.HeightRange, DescriptorValues.Range(image.Flexibility.HeightRange ?? DimensionRange.Any));
        }
    }
}
