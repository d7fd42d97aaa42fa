using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Reading;

/// <summary>Maps the <c>Model.Type</c> oneof case to its kind name (<see cref="ModelKinds"/>).</summary>
internal static class ModelKindNames
{
    public static string Of(Model.TypeOneofCase typeCase) => typeCase switch
    {
        Model.TypeOneofCase.PipelineClassifier => ModelKinds.PipelineClassifier,
        Model.TypeOneofCase.PipelineRegressor => ModelKinds.PipelineRegressor,
        Model.TypeOneofCase.Pipeline => ModelKinds.Pipeline,
        Model.TypeOneofCase.GlmRegressor => ModelKinds.GlmRegressor,
        Model.TypeOneofCase.SupportVectorRegressor => ModelKinds.SupportVectorRegressor,
        Model.TypeOneofCase.TreeEnsembleRegressor => ModelKinds.TreeEnsembleRegressor,
        Model.TypeOneofCase.NeuralNetworkRegressor => ModelKinds.NeuralNetworkRegressor,
        Model.TypeOneofCase.BayesianProbitRegressor => ModelKinds.BayesianProbitRegressor,
        Model.TypeOneofCase.GlmClassifier => ModelKinds.GlmClassifier,
        Model.TypeOneofCase.SupportVectorClassifier => ModelKinds.SupportVectorClassifier,
        Model.TypeOneofCase.TreeEnsembleClassifier => ModelKinds.TreeEnsembleClassifier,
        Model.TypeOneofCase.NeuralNetworkClassifier => ModelKinds.NeuralNetworkClassifier,
        Model.TypeOneofCase.KNearestNeighborsClassifier => ModelKinds.KNearestNeighborsClassifier,
        Model.TypeOneofCase.NeuralNetwork => ModelKinds.NeuralNetwork,
        Model.TypeOneofCase.ItemSimilarityRecommender => ModelKinds.ItemSimilarityRecommender,
        Model.TypeOneofCase.MlProgram => ModelKinds.MlProgram,
        Model.TypeOneofCase.CustomModel => ModelKinds.CustomModel,
        Model.TypeOneofCase.LinkedModel => ModelKinds.LinkedModel,
        Model.TypeOneofCase.ClassConfidenceThresholding => ModelKinds.ClassConfidenceThresholding,
        Model.TypeOneofCase.OneHotEncoder => ModelKinds.OneHotEncoder,
        Model.TypeOneofCase.Imputer => ModelKinds.Imputer,
        Model.TypeOneofCase.FeatureVectorizer => ModelKinds.FeatureVectorizer,
        Model.TypeOneofCase.DictVectorizer => ModelKinds.DictVectorizer,
        Model.TypeOneofCase.Scaler => ModelKinds.Scaler,
        Model.TypeOneofCase.CategoricalMapping => ModelKinds.CategoricalMapping,
        Model.TypeOneofCase.Normalizer => ModelKinds.Normalizer,
        Model.TypeOneofCase.ArrayFeatureExtractor => ModelKinds.ArrayFeatureExtractor,
        Model.TypeOneofCase.NonMaximumSuppression => ModelKinds.NonMaximumSuppression,
        Model.TypeOneofCase.Identity => ModelKinds.Identity,
        Model.TypeOneofCase.TextClassifier => ModelKinds.TextClassifier,
        Model.TypeOneofCase.WordTagger => ModelKinds.WordTagger,
        Model.TypeOneofCase.VisionFeaturePrint => ModelKinds.VisionFeaturePrint,
        Model.TypeOneofCase.SoundAnalysisPreprocessing => ModelKinds.SoundAnalysisPreprocessing,
        Model.TypeOneofCase.Gazetteer => ModelKinds.Gazetteer,
        Model.TypeOneofCase.WordEmbedding => ModelKinds.WordEmbedding,
        Model.TypeOneofCase.AudioFeaturePrint => ModelKinds.AudioFeaturePrint,
        Model.TypeOneofCase.SerializedModel => ModelKinds.SerializedModel,

        // None: the case is unset or a newer one whose field this version's protobuf classes do not know.
        _ => ModelKinds.Unknown,
    };
}
