using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.NeuralNetworks;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace CoreMLGen.Evaluator.Tests.Elementwise;

/// <summary>
/// The element-wise, convolution, pooling and normalisation layers of the real fixture models build, and each fixture
/// yields exactly the layers counted in its spec (their outputs are checked end to end in FixtureModelTests).
/// </summary>
public sealed class FixtureLayerTests
{
    private static readonly HashSet<NeuralNetworkLayer.LayerOneofCase> OwnLayers = new()
    {
        NeuralNetworkLayer.LayerOneofCase.Activation, NeuralNetworkLayer.LayerOneofCase.Softmax, NeuralNetworkLayer.LayerOneofCase.SoftmaxND,
        NeuralNetworkLayer.LayerOneofCase.Convolution, NeuralNetworkLayer.LayerOneofCase.Pooling, NeuralNetworkLayer.LayerOneofCase.Batchnorm,
        NeuralNetworkLayer.LayerOneofCase.L2Normalize, NeuralNetworkLayer.LayerOneofCase.Mvn, NeuralNetworkLayer.LayerOneofCase.Unary,
        NeuralNetworkLayer.LayerOneofCase.Scale, NeuralNetworkLayer.LayerOneofCase.Bias, NeuralNetworkLayer.LayerOneofCase.Add,
        NeuralNetworkLayer.LayerOneofCase.Multiply, NeuralNetworkLayer.LayerOneofCase.Average, NeuralNetworkLayer.LayerOneofCase.Max,
        NeuralNetworkLayer.LayerOneofCase.Min, NeuralNetworkLayer.LayerOneofCase.AddBroadcastable, NeuralNetworkLayer.LayerOneofCase.SubtractBroadcastable,
        NeuralNetworkLayer.LayerOneofCase.MultiplyBroadcastable, NeuralNetworkLayer.LayerOneofCase.DivideBroadcastable,
        NeuralNetworkLayer.LayerOneofCase.MaxBroadcastable, NeuralNetworkLayer.LayerOneofCase.MinBroadcastable,
        NeuralNetworkLayer.LayerOneofCase.PowBroadcastable, NeuralNetworkLayer.LayerOneofCase.ModBroadcastable,
        NeuralNetworkLayer.LayerOneofCase.FloorDivBroadcastable,
    };

    private readonly ITestOutputHelper _output;

    public FixtureLayerTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> FixtureFileNames() => Fixtures.ModelFileNames();

    [FixtureTheory]
    [MemberData(nameof(FixtureFileNames))]
    public void EveryOwnLayerOfTheFixtureBuilds(string fileName)
    {
        Model model = Model.Parser.ParseFrom(File.ReadAllBytes(Fixtures.Model(fileName)));
        var built = new List<string>();
        foreach ((IEnumerable<NeuralNetworkLayer> layers, bool nd) in Networks(model))
        {
            foreach (NeuralNetworkLayer layer in layers.Where(l => OwnLayers.Contains(l.LayerCase)))
            {
                LayerFactory.Create(layer, new LayerBuildContext(nd, model.SpecificationVersion, new EvaluatorOptions()));
                built.Add(LayerAdapter.LayerTypeName(layer));
            }
        }

        string inventory = string.Join(", ", built.GroupBy(t => t).Select(g => g.Key + " ×" + g.Count()));
        _output.WriteLine(fileName + ": " + inventory);
        s_expectedInventory.ShouldContainKey(fileName, "a new fixture needs its layer inventory here");
        inventory.ShouldBe(s_expectedInventory[fileName], "the layers of " + fileName + " this suite's kernels built");
    }

    // What each fixture holds of this suite's layer kinds, counted from the spec (a layer dropped or misread shows here).
    private static readonly Dictionary<string, string> s_expectedInventory = new()
    {
        ["mnist_model.mlmodel"] = "activation ×2, softmax ×1",
        ["HealthySnacks.mlmodel"] = "softmax ×1",
        ["NeuralMcNeuralNet.mlmodel"] = "convolution ×1, pooling ×1, softmax ×1",
        ["Es2EnCharEncoder.mlmodel"] = "",
        ["S4TF_model.mlmodel"] = "softmaxND ×1",
        ["PlotCVPredict.mlmodel"] = "",
        ["GestureClassifierTuri50.mlmodel"] = "convolution ×1, activation ×2, batchnorm ×1, softmax ×1",
    };

    private static IEnumerable<(IEnumerable<NeuralNetworkLayer> Layers, bool Nd)> Networks(Model model)
    {
        switch (model.TypeCase)
        {
            case Model.TypeOneofCase.NeuralNetwork:
                yield return (model.NeuralNetwork.Layers, model.NeuralNetwork.ArrayInputShapeMapping != 0);
                break;
            case Model.TypeOneofCase.NeuralNetworkClassifier:
                yield return (model.NeuralNetworkClassifier.Layers, model.NeuralNetworkClassifier.ArrayInputShapeMapping != 0);
                break;
            case Model.TypeOneofCase.NeuralNetworkRegressor:
                yield return (model.NeuralNetworkRegressor.Layers, model.NeuralNetworkRegressor.ArrayInputShapeMapping != 0);
                break;
            case Model.TypeOneofCase.Pipeline:
            case Model.TypeOneofCase.PipelineClassifier:
            case Model.TypeOneofCase.PipelineRegressor:
                Pipeline pipeline = model.Pipeline ?? model.PipelineClassifier?.Pipeline ?? model.PipelineRegressor.Pipeline;
                foreach (Model inner in pipeline.Models)
                {
                    foreach (var network in Networks(inner))
                    {
                        yield return network;
                    }
                }

                break;
        }
    }
}
