using System;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Testing;

namespace CoreMLGen.Evaluator.Benchmarks;

/// <summary>The MNIST MLP fixture: where it is, its input and the multiply-adds of its dense layers.</summary>
internal sealed record MnistFixture(string Path, string InputName, int[] InputShape, bool InputIsDouble, long MultiplyAdds)
{
    public static string ExpectedPath => System.IO.Path.Combine(TestPaths.FixtureModels, "mnist_model.mlmodel");

    /// <summary>The fixture, or null when the shared fixtures are not beside the repository.</summary>
    public static MnistFixture? Find()
    {
        string path = ExpectedPath;
        if (!File.Exists(path))
        {
            return null;
        }

        Model model = Model.Parser.ParseFrom(File.ReadAllBytes(path));
        FeatureDescription input = model.Description.Input[0];
        int[] shape = input.Type.MultiArrayType?.Shape.Select(d => (int)d).ToArray()
            ?? throw new InvalidOperationException("The MNIST fixture's input is not a multiarray.");
        var layers = model.TypeCase switch
        {
            Model.TypeOneofCase.NeuralNetworkClassifier => model.NeuralNetworkClassifier.Layers,
            Model.TypeOneofCase.NeuralNetworkRegressor => model.NeuralNetworkRegressor.Layers,
            _ => model.NeuralNetwork.Layers,
        };
        long macs = layers.Where(l => l.LayerCase == NeuralNetworkLayer.LayerOneofCase.InnerProduct)
            .Sum(l => (long)l.InnerProduct.InputChannels * (long)l.InnerProduct.OutputChannels);
        bool isDouble = input.Type.MultiArrayType.DataType == ArrayFeatureType.Types.ArrayDataType.Double;
        return new MnistFixture(path, input.Name, shape, isDouble, macs);
    }

    public string Describe() => InputName + " [" + string.Join(", ", InputShape) + "], " + MultiplyAdds + " multiply-adds";
}
