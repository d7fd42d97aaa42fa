using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Spec.Reading;

namespace CoreMLGen.Cli;

/// <summary>The managed evaluator behind <see cref="IPredictor"/>; the spec supplies dictionary key and sequence item types, which <see cref="FeatureInfo"/> does not carry.</summary>
internal sealed class EvaluatorPredictor : IPredictor
{
    private readonly ModelEvaluator _evaluator;

    private EvaluatorPredictor(ModelEvaluator evaluator, ModelDescription? description)
    {
        _evaluator = evaluator;
        Inputs = evaluator.Inputs.Select(f => ToFeature(f, description?.Input)).ToList();
        Outputs = evaluator.Outputs.Select(f => ToFeature(f, description?.Output)).ToList();
    }

    public IReadOnlyList<ModelFeature> Inputs { get; }

    public IReadOnlyList<ModelFeature> Outputs { get; }

    /// <exception cref="ModelLoadException">The evaluator cannot run the model.</exception>
    public static EvaluatorPredictor Load(string path)
    {
        ModelEvaluator evaluator = ModelEvaluator.Load(path);
        ModelDescription? description = ModelReader.Read(Path.GetFullPath(path)).Spec?.Description;
        return new EvaluatorPredictor(evaluator, description);
    }

    public IFeatureProvider Predict(IFeatureProvider input) => _evaluator.Predict(input);

    private static ModelFeature ToFeature(FeatureInfo info, IEnumerable<FeatureDescription>? declared)
    {
        FeatureType? type = declared?.FirstOrDefault(d => d.Name == info.Name)?.Type;
        return new ModelFeature(info.Name, info.Kind, info.DataType, info.Shape, info.IsOptional, ItemKind(type));
    }

    private static FeatureKind? ItemKind(FeatureType? type) => type?.TypeCase switch
    {
        FeatureType.TypeOneofCase.DictionaryType => type.DictionaryType.KeyTypeCase == DictionaryFeatureType.KeyTypeOneofCase.StringKeyType ? FeatureKind.String : FeatureKind.Int64,
        FeatureType.TypeOneofCase.SequenceType => type.SequenceType.TypeCase == SequenceFeatureType.TypeOneofCase.StringType ? FeatureKind.String : FeatureKind.Int64,
        _ => null,
    };
}
