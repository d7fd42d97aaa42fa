using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;
using Xunit;
using MilDataType = CoreML.Specification.MILSpec.DataType;

namespace CoreMLGen.Evaluator.Tests.MLPrograms;

/// <summary>read_state and coreml_update_state through ModelEvaluator.MakeState() and Predict(input, state).</summary>
public sealed class StateOpTests
{
    private static readonly int[] Shape = { 2, 3 };

    // before = read_state(acc); sum = before + x; after = coreml_update_state(acc, sum): a running sum.
    private static MilSpecBuilder Accumulator(MilDataType type = MilDataType.Float32) => new MilSpecBuilder().Input("x", Shape).State("acc", Shape, type)
        .Op("read_state", "before", "input=acc").Op("add", "sum", "x=before", "y=x").Op("coreml_update_state", "after", "state=acc", "value=sum")
        .Output("before").Output("after");

    [Theory]
    [InlineData(MilDataType.Float32)]
    [InlineData(MilDataType.Float16)]
    public void The_state_carries_a_running_sum_from_call_to_call(MilDataType type)
    {
        ModelEvaluator evaluator = Accumulator(type).Load();
        Assert.Equal("acc", Assert.Single(evaluator.States).Name);
        EvaluatorState state = evaluator.MakeState();
        var running = new double[6];
        for (int call = 0; call < 3; call++)
        {
            // Quarters, so that float16 holds every sum exactly.
            float[] x = Enumerable.Range(0, 6).Select(i => (i - 2.5f + call) / 4).ToArray();
            IFeatureProvider output = evaluator.Predict(new DictionaryFeatureProvider(new Dictionary<string, FeatureValue> { ["x"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(x, Shape)) }), state);
            MilRun.AssertClose(running, Shape, Values(output, "before"));
            running = running.Zip(x, (r, v) => r + v).ToArray();
            MilRun.AssertClose(running, Shape, Values(output, "after"));
        }

        MultiArray buffer = state["acc"];
        double[] stored = type == MilDataType.Float16 ? ((MultiArray<Half>)buffer).ToArray().Select(h => (double)h).ToArray() : ((MultiArray<float>)buffer).ToArray().Select(v => (double)v).ToArray();
        Assert.Equal(running, stored);
    }

    [Fact]
    public void Two_states_of_one_model_are_independent_sequences()
    {
        ModelEvaluator evaluator = Accumulator().Load();
        EvaluatorState first = evaluator.MakeState(), second = evaluator.MakeState();
        var input = new DictionaryFeatureProvider(new Dictionary<string, FeatureValue> { ["x"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(new float[] { 1, 1, 1, 1, 1, 1 }, Shape)) });
        evaluator.Predict(input, first);
        evaluator.Predict(input, first);
        MilRun.AssertClose(new double[6], Shape, Values(evaluator.Predict(input, second), "before"));
        Assert.All(((MultiArray<float>)first["acc"]).ToArray(), v => Assert.Equal(2f, v));
    }

    [Fact]
    public void A_stateful_model_needs_a_state_and_a_stateless_one_has_none()
    {
        ModelEvaluator stateful = Accumulator().Load();
        var input = new DictionaryFeatureProvider(new Dictionary<string, FeatureValue> { ["x"] = FeatureValue.FromMultiArray(MultiArray<float>.Wrap(new float[6], Shape)) });
        Assert.Contains("MakeState()", Assert.Throws<CoreMLException>(() => stateful.Predict(input)).Message);
        Assert.Contains("another evaluator", Assert.Throws<CoreMLException>(() => stateful.Predict(input, Accumulator().Load().MakeState())).Message);
        ModelEvaluator stateless = new MilSpecBuilder().Input("x", Shape).Op("relu", "y", "x=x").Output("y").Load();
        Assert.Contains("declares no state", Assert.Throws<CoreMLException>(() => stateless.MakeState()).Message);
    }

    [Fact]
    public void An_op_that_reads_a_state_directly_is_refused_at_load()
    {
        var spec = new MilSpecBuilder().Input("x", Shape).State("acc", Shape).Op("add", "y", "x=acc", "y=x").Output("y");
        var error = Assert.Throws<ModelLoadException>(() => spec.Load());
        Assert.Contains("only read_state and coreml_update_state may", error.Message);
    }

    private static (float[] Values, int[] Shape) Values(IFeatureProvider output, string name)
    {
        MultiArray array = output.GetFeatureValue(name)!.MultiArrayValue;
        return (((MultiArray<float>)array).ToArray(), array.Shape.ToArray());
    }
}
