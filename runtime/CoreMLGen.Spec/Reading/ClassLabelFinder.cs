using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;
using Google.Protobuf.Collections;

namespace CoreMLGen.Spec.Reading;

/// <summary>
/// Finds a classifier's class labels: in the classifier message itself, or for a pipeline in the last sub-model
/// that declares labels (the classifier stage usually ends the pipeline, after feature extractors).
/// </summary>
internal static class ClassLabelFinder
{
    public static (ClassLabelType Type, IReadOnlyList<string> Labels) Find(Model model)
    {
        switch (model.TypeCase)
        {
            case Model.TypeOneofCase.NeuralNetworkClassifier:
                return FromCases(model.NeuralNetworkClassifier.StringClassLabels, model.NeuralNetworkClassifier.Int64ClassLabels);
            case Model.TypeOneofCase.GlmClassifier:
                return FromCases(model.GlmClassifier.StringClassLabels, model.GlmClassifier.Int64ClassLabels);
            case Model.TypeOneofCase.SupportVectorClassifier:
                return FromCases(model.SupportVectorClassifier.StringClassLabels, model.SupportVectorClassifier.Int64ClassLabels);
            case Model.TypeOneofCase.TreeEnsembleClassifier:
                return FromCases(model.TreeEnsembleClassifier.StringClassLabels, model.TreeEnsembleClassifier.Int64ClassLabels);
            case Model.TypeOneofCase.KNearestNeighborsClassifier:
                return FromCases(model.KNearestNeighborsClassifier.StringClassLabels, model.KNearestNeighborsClassifier.Int64ClassLabels);
            case Model.TypeOneofCase.PipelineClassifier:
                return FromLastSubModel(model.PipelineClassifier.Pipeline);
            case Model.TypeOneofCase.PipelineRegressor:
                return FromLastSubModel(model.PipelineRegressor.Pipeline);
            case Model.TypeOneofCase.Pipeline:
                return FromLastSubModel(model.Pipeline);
            default:
                return None;
        }
    }

    private static (ClassLabelType, IReadOnlyList<string>) None => (ClassLabelType.None, System.Array.Empty<string>());

    private static (ClassLabelType, IReadOnlyList<string>) FromCases(StringVector? strings, Int64Vector? integers)
    {
        if (strings is not null)
        {
            return (ClassLabelType.String, strings.Vector.ToArray());
        }

        if (integers is not null)
        {
            return (ClassLabelType.Int64, FormatIntegers(integers.Vector));
        }

        return None;
    }

    private static (ClassLabelType, IReadOnlyList<string>) FromLastSubModel(Pipeline? pipeline)
    {
        if (pipeline is null)
        {
            return None;
        }

        for (int i = pipeline.Models.Count - 1; i >= 0; i--)
        {
            (ClassLabelType type, IReadOnlyList<string> labels) = Find(pipeline.Models[i]);
            if (type != ClassLabelType.None)
            {
                return (type, labels);
            }
        }

        return None;
    }

    private static string[] FormatIntegers(RepeatedField<long> values)
        => values.Select(value => value.ToString(CultureInfo.InvariantCulture)).ToArray();
}
