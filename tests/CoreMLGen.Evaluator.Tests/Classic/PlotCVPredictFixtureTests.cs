using System;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Composition;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Testing;
using Shouldly;

namespace CoreMLGen.Evaluator.Tests.Classic;

/// <summary>The real scikit-learn linear regression fixture (glmRegressor, [13] double → prediction).</summary>
public sealed class PlotCVPredictFixtureTests
{
    private const string FileName = "PlotCVPredict.mlmodel";

    [FixtureFact]
    public void The_fixture_predicts_the_linear_formula_of_its_own_weights()
    {
        Model spec = Model.Parser.ParseFrom(File.ReadAllBytes(Fixtures.Model(FileName)));
        spec.TypeCase.ShouldBe(Model.TypeOneofCase.GlmRegressor);
        string input = spec.Description.Input.Single().Name;
        string output = spec.Description.PredictedFeatureName;
        double[] weights = spec.GlmRegressor.Weights.Single().Value.ToArray();
        weights.Length.ShouldBe(13);

        ModelRunner runner = ModelRunnerFactory.Create(spec, spec.Description, FileName, new EvaluatorOptions());

        var random = new Random(404);
        for (int trial = 0; trial < 10; trial++)
        {
            double[] x = ClassicHarness.RandomVector(random, 13, 50);
            FeatureSet result = ClassicHarness.Run(runner, (input, FeatureValue.FromMultiArray(MultiArray<double>.Wrap(x, 13))));

            double expected = weights.Zip(x, (w, v) => w * v).Sum() + spec.GlmRegressor.Offset.Single();
            result[output].Kind.ShouldBe(FeatureKind.Double);
            ClassicReference.AssertClose(expected, result[output].DoubleValue, "prediction");
        }
    }
}
