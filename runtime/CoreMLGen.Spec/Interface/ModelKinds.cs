namespace CoreMLGen.Spec.Interface;

/// <summary>
/// The model kind names: the <c>Model.Type</c> oneof case names exactly as written in Model.proto (camelCase),
/// and <see cref="Unknown"/> for a case this version does not know. These are the <c>kind</c> values of the descriptor.
/// </summary>
public static class ModelKinds
{
    public const string PipelineClassifier = "pipelineClassifier";
    public const string PipelineRegressor = "pipelineRegressor";
    public const string Pipeline = "pipeline";
    public const string GlmRegressor = "glmRegressor";
    public const string SupportVectorRegressor = "supportVectorRegressor";
    public const string TreeEnsembleRegressor = "treeEnsembleRegressor";
    public const string NeuralNetworkRegressor = "neuralNetworkRegressor";
    public const string BayesianProbitRegressor = "bayesianProbitRegressor";
    public const string GlmClassifier = "glmClassifier";
    public const string SupportVectorClassifier = "supportVectorClassifier";
    public const string TreeEnsembleClassifier = "treeEnsembleClassifier";
    public const string NeuralNetworkClassifier = "neuralNetworkClassifier";
    public const string KNearestNeighborsClassifier = "kNearestNeighborsClassifier";
    public const string NeuralNetwork = "neuralNetwork";
    public const string ItemSimilarityRecommender = "itemSimilarityRecommender";
    public const string MlProgram = "mlProgram";
    public const string CustomModel = "customModel";
    public const string LinkedModel = "linkedModel";
    public const string ClassConfidenceThresholding = "classConfidenceThresholding";
    public const string OneHotEncoder = "oneHotEncoder";
    public const string Imputer = "imputer";
    public const string FeatureVectorizer = "featureVectorizer";
    public const string DictVectorizer = "dictVectorizer";
    public const string Scaler = "scaler";
    public const string CategoricalMapping = "categoricalMapping";
    public const string Normalizer = "normalizer";
    public const string ArrayFeatureExtractor = "arrayFeatureExtractor";
    public const string NonMaximumSuppression = "nonMaximumSuppression";
    public const string Identity = "identity";
    public const string TextClassifier = "textClassifier";
    public const string WordTagger = "wordTagger";
    public const string VisionFeaturePrint = "visionFeaturePrint";
    public const string SoundAnalysisPreprocessing = "soundAnalysisPreprocessing";
    public const string Gazetteer = "gazetteer";
    public const string WordEmbedding = "wordEmbedding";
    public const string AudioFeaturePrint = "audioFeaturePrint";
    public const string SerializedModel = "serializedModel";
    public const string Unknown = "unknown";

    /// <summary>Kinds whose description names a predicted label (and optionally probabilities).</summary>
    public static bool IsClassifier(string kind) => kind switch
    {
        NeuralNetworkClassifier or GlmClassifier or SupportVectorClassifier or TreeEnsembleClassifier
            or KNearestNeighborsClassifier or PipelineClassifier => true,
        _ => false,
    };

    /// <summary>Kinds whose description names a predicted value.</summary>
    public static bool IsRegressor(string kind) => kind switch
    {
        NeuralNetworkRegressor or GlmRegressor or SupportVectorRegressor or TreeEnsembleRegressor
            or BayesianProbitRegressor or PipelineRegressor => true,
        _ => false,
    };

    /// <summary>Kinds that hold sub-models.</summary>
    public static bool IsPipeline(string kind) => kind is Pipeline or PipelineClassifier or PipelineRegressor;
}
