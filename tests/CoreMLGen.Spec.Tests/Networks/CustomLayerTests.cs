using System.Linq;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Spec.Tests.Networks;

/// <summary>Custom layers are listed with their class, typed parameters and weights, wherever they are in the model.</summary>
public sealed class CustomLayerTests
{
    [Fact]
    public void Every_parameter_type_and_weight_storage_is_read()
    {
        CustomLayer layer = Reads.Interface(CustomLayerModels.AllParameterTypes()).CustomLayers.ShouldHaveSingleItem();

        layer.ClassName.ShouldBe("EveryParameter");
        layer.LayerName.ShouldBe("everything_1");
        layer.Description.ShouldBe("A layer with every kind of parameter");
        (layer.InputCount, layer.OutputCount).ShouldBe((1, 1));
        layer.Parameters.Select(p => (p.Name, p.Kind, p.Value)).ShouldBe(new (string, CustomParameterKind, object?)[]
        {
            ("count", CustomParameterKind.Int, 3),
            ("enabled", CustomParameterKind.Bool, true),
            ("mode", CustomParameterKind.String, "fast \"exact\""),
            ("rate", CustomParameterKind.Double, 0.25),
            ("seed", CustomParameterKind.Long, 9_000_000_000L),
        });
        layer.Weights.Select(w => (w.Storage, w.Count)).ShouldBe(new[] { (WeightStorage.Float32, 6L), (WeightStorage.Float16, 4L) });
    }

    [Fact]
    public void A_class_used_twice_is_listed_per_layer()
        => Reads.Interface(CustomLayerModels.SharedClass()).CustomLayers.Select(l => l.ClassName + "/" + l.LayerName + "/" + l.Parameters.Single().Value)
            .ShouldBe(new[] { "Scale/scale_1/2", "Scale/scale_2/0.5" });

    [Fact]
    public void Custom_layers_inside_pipelines_are_found()
        => Reads.Interface(CustomLayerModels.InPipeline()).CustomLayers.ShouldHaveSingleItem().ClassName.ShouldBe("Swish");

    [Fact]
    public void The_midi_model_has_its_activation_layer_and_four_states()
    {
        ModelInterface model = Reads.Interface(MidiModel.Build());

        CustomLayer layer = model.CustomLayers.ShouldHaveSingleItem();
        layer.ClassName.ShouldBe(MidiModel.CustomLayerClass);
        layer.Parameters.Select(p => (p.Name, p.Kind, p.Value)).ShouldBe(new (string, CustomParameterKind, object?)[]
        {
            ("notes", CustomParameterKind.Int, MidiModel.Notes),
            ("ticks", CustomParameterKind.Int, MidiModel.Ticks),
        });
        model.StatePairs.Select(p => p.InputName + " -> " + p.OutputName + " " + p.Source).ShouldBe(new[]
        {
            "bidirectional_1_h_in -> bidirectional_1_h_out Wiring",
            "bidirectional_1_c_in -> bidirectional_1_c_out Wiring",
            "bidirectional_1_h_in_rev -> bidirectional_1_h_out_rev Wiring",
            "bidirectional_1_c_in_rev -> bidirectional_1_c_out_rev Wiring",
        });
    }
}
