using System;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>
/// One evaluator keeps a plan per input shape, but each layer has one kernel: running shapes in turn must give what a
/// fresh evaluator gives for each (no scratch sized for the other shape).
/// </summary>
public class PlanSwitchingTests
{
    [Fact]
    public void Alternating_sequence_lengths_give_the_answers_of_a_fresh_evaluator()
    {
        var weights = new Weights(11);
        SpecBuilder spec = SpecBuilder.NeuralNetwork(1)
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 6))
            .Output("y", FeatureTypes.MultiArray(DataType.Float32, 4))
            .Layers(
                Layers.BiLstm("bi", new[] { "x" }, new[] { "h", "hf", "cf", "hb", "cb" }, 6, 5, weights, sequenceOutput: true),
                Layers.Dense("dense", "h", "d", 10, 4, weights),
                Layers.Softmax("softmax", "d", "y"));
        byte[] bytes = spec.ToBytes();
        ModelEvaluator shared = ModelEvaluator.Load(bytes, "bi.mlmodel");
        var random = new Random(3);
        float[] Sequence(int length) => Enumerable.Range(0, length * 6).Select(_ => (float)random.NextDouble()).ToArray();
        float[][] inputs = { Sequence(3), Sequence(7), Sequence(3), Sequence(1), Sequence(7) };

        foreach (float[] input in inputs)
        {
            int length = input.Length / 6;
            float[] Run(ModelEvaluator model) => EvaluatorTestModels.Predict(model, ("x", EvaluatorTestModels.Floats(input, length, 1, 6)))
                .GetFeatureValue("y")!.GetMultiArray<float>().ToArray();

            float[] expected = Run(ModelEvaluator.Load(bytes, "bi.mlmodel"));
            Run(shared).ShouldBe(expected, "sequence length " + length);
        }
    }
}
