using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Networks;

/// <summary>
/// Finds a model's recurrent state pairs (coreml-format-notes §3.6): from the wiring of every recurrent layer, in
/// every network of the model; then, for features the wiring does not explain, by name.
/// </summary>
internal static class StatePairFinder
{
    public static IReadOnlyList<StatePair> Find(Model model)
    {
        ModelDescription description = model.Description ?? new ModelDescription();
        var pairs = new List<StatePair>();
        if (description.Functions.Count > 0)
        {
            // Multi-function models are ML Programs, whose state is declared (description.state), not plumbed.
            return pairs;
        }

        var inputs = new HashSet<string>(description.Input.Select(f => f.Name));
        var outputs = new HashSet<string>(description.Output.Select(f => f.Name));
        var usedInputs = new HashSet<string>();
        var usedOutputs = new HashSet<string>();

        // Pipelines pass features by name, so a sub-network's state features are the pipeline's when it exposes them.
        IReadOnlyList<NetworkView> networks = NetworkCollector.Collect(model);
        foreach (NetworkView network in networks)
        {
            WiredStates wired = Trace(network);
            foreach (StatePair pair in wired.Pairs)
            {
                if (inputs.Contains(pair.InputName) && outputs.Contains(pair.OutputName)
                    && !usedInputs.Contains(pair.InputName) && !usedOutputs.Contains(pair.OutputName))
                {
                    usedInputs.Add(pair.InputName);
                    usedOutputs.Add(pair.OutputName);
                    pairs.Add(pair);
                }
            }

            // Wiring that was followed end to end and did not match is an answer too: names must not overrule it.
            usedInputs.UnionWith(wired.ExplainedInputs);
            usedOutputs.UnionWith(wired.ExplainedOutputs);
        }

        // Without recurrent layers, matching names would invent state (an "audio_in" → "audio_out" filter); an ML
        // Program cannot be traced, so its names are all there is.
        bool hasRecurrentLayers = networks.Any(network => network.Layers.Any(layer => RecurrentLayerInfo.Of(layer) is not null));
        if (hasRecurrentLayers || NetworkCollector.HasMlProgram(model))
        {
            foreach ((string input, string output) in StateNameMatcher.Match(description.Input, description.Output, usedInputs, usedOutputs))
            {
                pairs.Add(new StatePair(input, output, StatePairSource.Name, string.Empty, string.Empty, System.Array.Empty<RecurrentSlot>()));
            }
        }

        List<string> inputOrder = description.Input.Select(f => f.Name).ToList();
        return pairs.OrderBy(pair => inputOrder.IndexOf(pair.InputName)).ToList();
    }

    /// <summary>
    /// The pairs one network's wiring proves (every slot an input feeds reaches the same output at the same window),
    /// and the features whose wiring was followed from input to output whether or not it matched.
    /// </summary>
    internal static WiredStates Trace(NetworkView network)
    {
        var tracer = new StateWiringTracer(network);
        var slots = new List<SlotTrace>();
        for (int i = 0; i < network.Layers.Count; i++)
        {
            NeuralNetworkLayer layer = network.Layers[i];
            if (RecurrentLayerInfo.Of(layer) is not { HiddenSize: > 0 } recurrent)
            {
                continue;
            }

            for (int k = 1; k <= recurrent.Slots.Count && k < layer.Input.Count && k < layer.Output.Count; k++)
            {
                // A state slot holds H values (batch 1); anything else is not a state this tracer understands.
                if (tracer.TraceToInput(layer.Input[k], i) is { } source && source.Length == recurrent.HiddenSize)
                {
                    IReadOnlyList<FeatureWindow> targets = tracer.TraceToOutputs(layer.Output[k], i, BlobShape.RecurrentState(recurrent.HiddenSize));
                    slots.Add(new SlotTrace(layer.Name, recurrent.Kind, recurrent.Slots[k - 1], source, targets));
                }
            }
        }

        var result = new WiredStates();
        foreach (FeatureDescription input in network.Description.Input)
        {
            List<SlotTrace> fed = slots.Where(s => s.Source.Feature == input.Name).OrderBy(s => s.Source.Offset).ToList();
            if (fed.Count > 0 && fed.All(s => s.Targets.Count > 0))
            {
                result.ExplainedInputs.Add(input.Name);
                result.ExplainedOutputs.UnionWith(fed.SelectMany(s => s.Targets).Select(t => t.Feature));
            }

            if (fed.Count == 0 || !Tiles(fed, tracer.InputCount(input.Name)))
            {
                continue;
            }

            FeatureDescription? output = network.Description.Output.FirstOrDefault(candidate =>
                tracer.OutputCount(candidate.Name) == tracer.InputCount(input.Name)
                && fed.All(slot => slot.Targets.Any(t => t.Feature == candidate.Name && t.Offset == slot.Source.Offset && t.Length == slot.Source.Length)));
            if (output is not null)
            {
                result.Pairs.Add(new StatePair(input.Name, output.Name, StatePairSource.Wiring, fed[0].LayerName, fed[0].LayerKind, fed.Select(s => s.Slot)));
            }
        }

        return result;
    }

    /// <summary>True when the windows, sorted by offset, cover the whole feature exactly once.</summary>
    private static bool Tiles(IReadOnlyList<SlotTrace> sorted, long total)
    {
        long next = 0;
        foreach (SlotTrace slot in sorted)
        {
            if (slot.Source.Offset != next)
            {
                return false;
            }

            next += slot.Source.Length;
        }

        return total >= 0 && next == total;
    }

    /// <summary>What the wiring of one network says about state.</summary>
    internal sealed class WiredStates
    {
        public List<StatePair> Pairs { get; } = new();

        public HashSet<string> ExplainedInputs { get; } = new();

        public HashSet<string> ExplainedOutputs { get; } = new();
    }
}
