using System;
using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>
/// Every real third-party model in ../shared/fixtures/models: the ones built only from supported parts run end to
/// end on random inputs with sane outputs (the declared number of values, all finite, probabilities summing to 1,
/// labels among the class labels; mnist's values are checked against its own weights in MnistFixtureTests); the
/// others are refused at load time with a message naming what is unsupported.
/// </summary>
public class FixtureModelTests
{
    // Fixture → what must hold: null runs; otherwise the text the load error must contain.
    private static readonly Dictionary<string, string?> s_expectations = new(StringComparer.Ordinal)
    {
        ["Es2EnCharEncoder.mlmodel"] = null,
        ["GestureClassifierTuri50.mlmodel"] = null,
        ["HealthySnacks.mlmodel"] = "visionFeaturePrint",
        ["NeuralMcNeuralNet.mlmodel"] = null,
        ["PlotCVPredict.mlmodel"] = null,
        ["S4TF_model.mlmodel"] = null,
        ["mnist_model.mlmodel"] = null,
    };

    // Multi-array outputs that end in a softmax.
    private static readonly HashSet<string> s_distributions = new(StringComparer.Ordinal) { "mnist_model.mlmodel/output1", "NeuralMcNeuralNet.mlmodel/output", "S4TF_model.mlmodel/Identity" };

    [FixtureTheory]
    [MemberData(nameof(Fixtures.ModelFileNames), MemberType = typeof(Fixtures))]
    public void Each_fixture_runs_with_sane_outputs_or_is_refused_by_name(string fileName)
    {
        string path = Fixtures.Model(fileName);
        s_expectations.ShouldContainKey(fileName, "a new fixture needs an expectation here");
        var options = new EvaluatorOptions();
        options.CustomLayers["Swish"] = p => new TestCustomLayers.Swish(p);

        if (s_expectations[fileName] is { } unsupported)
        {
            Should.Throw<ModelLoadException>(() => ModelEvaluator.Load(path, options)).Message.ShouldContain(unsupported);
            return;
        }

        ModelEvaluator model = ModelEvaluator.Load(path, options);
        Model spec = ModelReader.Read(path).Spec!;
        var random = new Random(7);
        var inputs = model.Inputs.Where(i => !i.IsOptional).ToDictionary(i => i.Name, i => RandomValue(i, random));

        IFeatureProvider outputs = model.Predict(new DictionaryFeatureProvider(inputs));

        foreach (FeatureInfo output in model.Outputs)
        {
            FeatureValue value = outputs.GetFeatureValue(output.Name).ShouldNotBeNull();
            switch (value.Kind)
            {
                case FeatureKind.MultiArray:
                    double[] values = ToDoubles(value.MultiArrayValue);
                    values.ShouldNotBeEmpty(output.Name);
                    values.ShouldAllBe(v => double.IsFinite(v), output.Name);
                    if (output.Shape.Count > 0)
                    {
                        // The declared shape's element count (the rank may differ under the rank-5 mapping).
                        values.Length.ShouldBe(output.Shape.Aggregate(1, (product, d) => product * d), output.Name + " " + string.Join("x", value.MultiArrayValue.Shape.ToArray()));
                    }

                    if (s_distributions.Contains(fileName + "/" + output.Name))
                    {
                        values.Sum().ShouldBe(1.0, 1e-4, output.Name);
                        values.ShouldAllBe(v => v >= 0);
                    }

                    break;
                case FeatureKind.Dictionary:
                    value.StringDictionaryValue.Values.Sum().ShouldBe(1.0, 1e-4, output.Name);
                    value.StringDictionaryValue.Keys.ShouldBe(Labels(spec), ignoreOrder: true);
                    break;
                case FeatureKind.String:
                    Labels(spec).ShouldContain(value.StringValue);
                    break;
                case FeatureKind.Double:
                    double.IsFinite(value.DoubleValue).ShouldBeTrue(output.Name);
                    break;
                default:
                    throw new Xunit.Sdk.XunitException(output.Name + ": unexpected kind " + value.Kind);
            }
        }
    }

    private static FeatureValue RandomValue(FeatureInfo input, Random random)
    {
        switch (input.Kind)
        {
            case FeatureKind.Image:
                var image = ImageBuffer.Create(input.Shape[1], input.Shape[0], ImagePixelFormat.Bgra32);
                random.NextBytes(image.Pixels.Span);
                return FeatureValue.FromImage(image);
            case FeatureKind.MultiArray:
                int[] shape = input.Shape.ToArray();
                var values = Enumerable.Range(0, (int)MultiArrayShape.ElementCount(shape)).Select(_ => random.NextDouble()).ToArray();
                return input.DataType == MultiArrayDataType.Float32
                    ? FeatureValue.FromMultiArray(MultiArray<float>.Wrap(values.Select(v => (float)v).ToArray(), shape))
                    : FeatureValue.FromMultiArray(MultiArray<double>.Wrap(values, shape));
            default:
                throw new Xunit.Sdk.XunitException(input.Name + ": no random value for " + input.Kind);
        }
    }

    private static double[] ToDoubles(MultiArray array) => array switch
    {
        MultiArray<double> d => d.ToArray(),
        MultiArray<float> f => f.ToArray().Select(v => (double)v).ToArray(),
        _ => throw new Xunit.Sdk.XunitException("unexpected element type " + array.DataType),
    };

    private static string[] Labels(Model spec) => spec.TypeCase switch
    {
        Model.TypeOneofCase.NeuralNetworkClassifier => spec.NeuralNetworkClassifier.StringClassLabels.Vector.ToArray(),
        Model.TypeOneofCase.PipelineClassifier => Labels(spec.PipelineClassifier.Pipeline.Models.Last()),
        _ => Array.Empty<string>(),
    };
}
