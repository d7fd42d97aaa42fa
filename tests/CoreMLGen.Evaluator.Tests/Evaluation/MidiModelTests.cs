using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>The Drummer sample's Midi model: a bidirectional LSTM, a dense layer and the MidiNoteTickActivation custom layer.</summary>
public class MidiModelTests
{
    [Fact]
    public void The_midi_model_runs_with_its_split_softmax_and_carries_its_state()
    {
        ModelEvaluator model = ModelEvaluator.Load(MidiModel.Build().ToBytes(), MidiModel.FileName, TestCustomLayers.With(MidiModel.CustomLayerClass, p => new TestCustomLayers.SplitSoftmax(p)));
        var input = new double[MidiModel.Features];
        input[36] = 1;
        input[MidiModel.Notes + 2] = 1;

        IFeatureProvider first = EvaluatorTestModels.Predict(model, ("input1", EvaluatorTestModels.Doubles(input)));
        double[] output = first.GetFeatureValue("output1")!.GetMultiArray<double>().ToArray();
        double[] hidden = first.GetFeatureValue("bidirectional_1_h_out")!.GetMultiArray<double>().ToArray();

        output.Take(MidiModel.Notes).Sum().ShouldBe(1.0, 1e-5);
        output.Skip(MidiModel.Notes).Sum().ShouldBe(1.0, 1e-5);
        hidden.Length.ShouldBe(MidiModel.Units);
        hidden.ShouldContain(h => h != 0);

        // Feeding the state back changes the next step's answer.
        IFeatureProvider second = EvaluatorTestModels.Predict(
            model,
            ("input1", EvaluatorTestModels.Doubles(input)),
            ("bidirectional_1_h_in", first.GetFeatureValue("bidirectional_1_h_out")!),
            ("bidirectional_1_c_in", first.GetFeatureValue("bidirectional_1_c_out")!));
        second.GetFeatureValue("output1")!.GetMultiArray<double>().ToArray().ShouldNotBe(output);
    }
}
