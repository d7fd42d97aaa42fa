using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Harness;
using CoreMLGen.Evaluator.Tests.Linear;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Recurrent;

public sealed class RecurrentErrorTests
{
    private static UniDirectionalLSTMLayerParams Lstm(int inputSize, int hidden)
    {
        var (weights, _) = RecurrentSpecs.LstmWeights(new Random(1), inputSize, hidden, bias: true, peep: true, WeightFormat.Float32);
        return RecurrentSpecs.UniLstm(weights, inputSize, hidden, new LSTMParams { HasBiasVectors = true, HasPeepholeVectors = true });
    }

    private static NeuralNetworkLayer LstmLayer(UniDirectionalLSTMLayerParams p, params string[] inputs) =>
        RecurrentSpecs.Layer("my_lstm", inputs.Length == 0 ? new[] { "x" } : inputs, new[] { "y", "h", "c" }, l => l.UniDirectionalLSTM = p);

    [Fact]
    public void Truncated_recursion_matrix_is_a_load_error_naming_the_layer()
    {
        UniDirectionalLSTMLayerParams p = Lstm(3, 4);
        p.WeightParams.ForgetGateRecursionMatrix = WeightEncoding.Truncated(16);
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(LstmLayer(p)));
        error.LayerName.ShouldBe("my_lstm");
        error.Message.ShouldContain("forgetGateRecursionMatrix");
    }

    [Fact]
    public void Missing_peephole_is_a_load_error()
    {
        UniDirectionalLSTMLayerParams p = Lstm(3, 4);
        p.WeightParams.OutputGatePeepholeVector = null;
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(LstmLayer(p))).Message.ShouldContain("outputGatePeepholeVector");
    }

    [Fact]
    public void Truncated_gru_weight_and_simple_recurrent_bias_are_load_errors()
    {
        var gru = new GRULayerParams { InputVectorSize = 2, OutputVectorSize = 3, ResetGateWeightMatrix = WeightEncoding.Truncated(6) };
        gru.Activations.Add(RecurrentSpecs.Activation(Reference.RecurrentFunction.Sigmoid));
        gru.Activations.Add(RecurrentSpecs.Activation(Reference.RecurrentFunction.Tanh));
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(RecurrentSpecs.Layer("g", new[] { "x" }, new[] { "y", "h" }, l => l.Gru = gru))).LayerName.ShouldBe("g");

        var rnn = new SimpleRecurrentLayerParams
        {
            InputVectorSize = 2,
            OutputVectorSize = 3,
            HasBiasVector = true,
            Activation = RecurrentSpecs.Activation(Reference.RecurrentFunction.Tanh),
            WeightMatrix = WeightEncoding.Random(new Random(2), 3, 2, WeightFormat.Float32, 1, out _),
            RecursionMatrix = WeightEncoding.Random(new Random(2), 3, 3, WeightFormat.Float32, 1, out _),
            BiasVector = WeightEncoding.Truncated(3),
        };
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(RecurrentSpecs.Layer("s", new[] { "x" }, new[] { "y", "h" }, l => l.SimpleRecurrent = rnn))).Message.ShouldContain("biasVector");
    }

    [Fact]
    public void Unsupported_activation_is_a_load_error()
    {
        UniDirectionalLSTMLayerParams p = Lstm(3, 4);
        p.Activations[1] = new ActivationParams { ELU = new ActivationELU { Alpha = 1 } };
        var error = Should.Throw<ModelLoadException>(() => KernelHarness.Build(LstmLayer(p)));
        error.LayerName.ShouldBe("my_lstm");
        error.Message.ShouldContain("ELU");
    }

    [Fact]
    public void Wrong_number_of_activations_is_a_load_error()
    {
        UniDirectionalLSTMLayerParams p = Lstm(3, 4);
        p.Activations.RemoveAt(2);
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(LstmLayer(p))).Message.ShouldContain("exactly 3");
    }

    [Fact]
    public void Bidirectional_needs_two_weight_sets()
    {
        var p = new BiDirectionalLSTMLayerParams { InputVectorSize = 3, OutputVectorSize = 4, Params = new LSTMParams() };
        p.ActivationsForwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.ActivationsBackwardLSTM.AddRange(RecurrentSpecs.StandardLstm.Select(RecurrentSpecs.Activation));
        p.WeightParams.Add(Lstm(3, 4).WeightParams);
        Should.Throw<ModelLoadException>(() => KernelHarness.Build(RecurrentSpecs.Layer("bi", new[] { "x" }, new[] { "y" }, l => l.BiDirectionalLSTM = p))).Message.ShouldContain("exactly 2");
    }

    [Fact]
    public void Wrong_input_vector_size_is_a_shape_error()
    {
        var kernel = KernelHarness.Build(LstmLayer(Lstm(3, 4)));
        var error = Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 5, 1, 4, 1, 1 } }));
        error.ShouldNotBeOfType<ModelLoadException>();
        error.Message.ShouldContain("my_lstm");
    }

    [Fact]
    public void Rank3_input_outside_nd_mode_and_wrong_state_size_are_shape_errors()
    {
        var kernel = KernelHarness.Build(LstmLayer(Lstm(3, 4)));
        Should.Throw<CoreMLException>(() => kernel.InferOutputShapes(new[] { new[] { 5, 1, 3 } }));
        var withState = KernelHarness.Build(LstmLayer(Lstm(3, 4), "x", "h0"));
        Should.Throw<CoreMLException>(() => withState.InferOutputShapes(new[] { new[] { 5, 2, 3, 1, 1 }, new[] { 1, 2, 5, 1, 1 } })).Message.ShouldContain("h0");
    }

    [Fact]
    public void Execute_does_not_allocate_after_the_first_run()
    {
        var kernel = KernelHarness.Build(LstmLayer(Lstm(3, 20)));
        Blob x = KernelHarness.Random(new Random(3), 1, 50, 2, 3, 1, 1);
        int[][] shapes = kernel.InferOutputShapes(new[] { x.Shape });
        Blob[] outputs = shapes.Select(s => new Blob(s)).ToArray();
        Blob[] inputs = { x };
        kernel.Execute(inputs, outputs);
        kernel.Execute(inputs, outputs);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++)
        {
            kernel.Execute(inputs, outputs);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
