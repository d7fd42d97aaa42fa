using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.GoldenVectors;
using CoreMLGen.Testing;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>
/// The ML Program fixtures (coremltools 9.0 from PyTorch) through <see cref="ModelEvaluator"/>, against PyTorch's float32
/// outputs: FLOAT32 programs to 1e-4, the FLOAT16 program (fp16 weights, casts, fp16 output) to 1e-2.
/// </summary>
public sealed class MLProgramFixtureTests
{
    public static string Folder => Path.Combine(TestPaths.SharedFixtures, "mlprogram");

    [FixtureTheory]
    [InlineData("refiner", "refiner", 1e-4)]
    [InlineData("masks_fp32", "masks_fp32", 1e-4)]
    [InlineData("masks_fp16", "masks_fp16", 1e-2)]
    [InlineData("ops", "ops", 1e-4)]
    public void Fixture_matches_the_PyTorch_goldens(string model, string vectors, double tolerance)
    {
        Fixtures.EnsureAvailable();
        ModelEvaluator evaluator = ModelEvaluator.Load(Path.Combine(Folder, model + ".mlpackage"));
        var inputs = new Dictionary<string, FeatureValue>(StringComparer.Ordinal);
        foreach (FeatureInfo input in evaluator.Inputs)
        {
            inputs[input.Name] = FeatureValue.FromMultiArray(NpyFile.Read(Path.Combine(Folder, vectors, input.Name + ".npy")));
        }

        IFeatureProvider outputs = evaluator.Predict(new DictionaryFeatureProvider(inputs));
        foreach (FeatureInfo output in evaluator.Outputs)
        {
            MultiArray expected = NpyFile.Read(Path.Combine(Folder, vectors, output.Name + ".npy"));
            MultiArray actual = outputs.GetFeatureValue(output.Name)!.MultiArrayValue;
            Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
            double[] e = Values(expected), a = Values(actual);
            double worst = e.Zip(a, (x, y) => Math.Abs(x - y)).Max();
            Assert.True(worst <= tolerance, model + "/" + output.Name + ": max abs difference " + worst.ToString("G3", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static double[] Values(MultiArray array) => array switch
    {
        MultiArray<float> f => f.ToArray().Select(v => (double)v).ToArray(),
        MultiArray<Half> h => h.ToArray().Select(v => (double)v).ToArray(),
        MultiArray<double> d => d.ToArray(),
        MultiArray<int> i => i.ToArray().Select(v => (double)v).ToArray(),
        _ => throw new InvalidOperationException(array.DataType.ToString()),
    };
}
