using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>The parts of a neuralNetwork, neuralNetworkClassifier or neuralNetworkRegressor spec the runner uses.</summary>
internal sealed class NetworkDefinition
{
    private NetworkDefinition(IReadOnlyList<NeuralNetworkLayer> layers, IReadOnlyList<NeuralNetworkPreprocessing> preprocessing, NeuralNetworkMultiArrayShapeMapping arrayMapping, NeuralNetworkImageShapeMapping imageMapping)
    {
        Layers = layers;
        Preprocessing = preprocessing;
        ArrayMapping = arrayMapping;
        ImageMapping = imageMapping;
    }

    public IReadOnlyList<NeuralNetworkLayer> Layers { get; }

    public IReadOnlyList<NeuralNetworkPreprocessing> Preprocessing { get; }

    public NeuralNetworkMultiArrayShapeMapping ArrayMapping { get; }

    public NeuralNetworkImageShapeMapping ImageMapping { get; }

    /// <summary>For a classifier: the labels (string or int64 vectors).</summary>
    public StringVector? StringLabels { get; private set; }

    public Int64Vector? Int64Labels { get; private set; }

    /// <summary>For a classifier: the blob holding the class scores, if the spec names one.</summary>
    public string LabelProbabilityLayerName { get; private set; } = string.Empty;

    public bool IsClassifier { get; private set; }

    public static NetworkDefinition? From(Model spec)
    {
        switch (spec.TypeCase)
        {
            case Model.TypeOneofCase.NeuralNetwork:
            {
                var nn = spec.NeuralNetwork;
                return new NetworkDefinition(nn.Layers.ToArray(), nn.Preprocessing.ToArray(), nn.ArrayInputShapeMapping, nn.ImageInputShapeMapping);
            }

            case Model.TypeOneofCase.NeuralNetworkRegressor:
            {
                var nn = spec.NeuralNetworkRegressor;
                return new NetworkDefinition(nn.Layers.ToArray(), nn.Preprocessing.ToArray(), nn.ArrayInputShapeMapping, nn.ImageInputShapeMapping);
            }

            case Model.TypeOneofCase.NeuralNetworkClassifier:
            {
                var nn = spec.NeuralNetworkClassifier;
                return new NetworkDefinition(nn.Layers.ToArray(), nn.Preprocessing.ToArray(), nn.ArrayInputShapeMapping, nn.ImageInputShapeMapping)
                {
                    IsClassifier = true,
                    StringLabels = nn.StringClassLabels,
                    Int64Labels = nn.Int64ClassLabels,
                    LabelProbabilityLayerName = nn.LabelProbabilityLayerName,
                };
            }

            default:
                return null;
        }
    }

    /// <summary>
    /// Whether blobs keep the rank the model declares (Core ML's ND interpretation): the spec asks for the exact array
    /// or rank-4 image mapping, or uses a layer newer than iOS 12 (whose field numbers are above copy's, 600).
    /// </summary>
    public bool IsNd(int specVersion) =>
        specVersion >= 4 && (ArrayMapping == NeuralNetworkMultiArrayShapeMapping.ExactArrayMapping
            || ImageMapping == NeuralNetworkImageShapeMapping.Rank4ImageMapping
            || Layers.Any(l => (int)l.LayerCase > (int)NeuralNetworkLayer.LayerOneofCase.Copy));
}
