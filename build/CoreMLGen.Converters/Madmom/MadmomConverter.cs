using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Converters.Madmom.Conversion;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Converters.Madmom.Pickles;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Converters.Madmom;

/// <summary>One network to convert and the name its metadata records (the pickle's file name).</summary>
public sealed record MadmomSource(string Name, MadmomNetwork Network)
{
    /// <summary>Reads a pickle file; errors name the file.</summary>
    public static MadmomSource Load(string path, PickleLimits? limits = null)
    {
        string name = Path.GetFileName(path);
        try
        {
            return new MadmomSource(name, MadmomNetworkReader.Read(File.ReadAllBytes(path), limits));
        }
        catch (PickleSecurityException e)
        {
            throw new MadmomFormatException(name + ": " + e.Message, e);
        }
        catch (MadmomFormatException e)
        {
            throw new MadmomFormatException(name + ": " + e.Message, e);
        }
    }
}

/// <summary>
/// madmom networks → Core ML NeuralNetwork specs (rank-5 sequences: input [frames, 1, inputs], any number of frames).
/// One network keeps its recurrent states as optional inputs and outputs for frame-by-frame streaming; several become
/// one model whose parallel branches are averaged, as madmom's processors average their ensembles.
/// </summary>
public static class MadmomConverter
{
    public const string ConverterVersion = "1.0";
    public const string InputName = "features";
    public const string OutputName = "activations";
    public const string Licence = "CC BY-NC-SA 4.0";
    public const string Credit = "madmom, Department of Computational Perception, JKU Linz / OFAI";

    public static Model Convert(MadmomSource source) => Convert(new[] { source });

    /// <summary>Converts one network, or an ensemble of several whose outputs are averaged.</summary>
    public static Model Convert(IReadOnlyList<MadmomSource> sources)
    {
        if (sources.Count == 0)
        {
            throw new ArgumentException("At least one network is needed.", nameof(sources));
        }

        MadmomNetwork first = sources[0].Network;
        foreach (MadmomSource other in sources.Skip(1))
        {
            if (other.Network.InputSize != first.InputSize || other.Network.OutputSize != first.OutputSize)
            {
                throw new MadmomFormatException(other.Name + " maps " + Sizes(other.Network) + " but " + sources[0].Name + " maps " + Sizes(first) + "; an ensemble's networks must agree");
            }
        }

        var network = new NeuralNetwork();
        var states = new List<StateFeature>();
        var memberOutputs = new List<string>();
        for (int i = 0; i < sources.Count; i++)
        {
            bool single = sources.Count == 1;
            string prefix = single ? string.Empty : "net" + (i + 1).ToString(CultureInfo.InvariantCulture) + "_";
            var emitter = new NetworkLayerEmitter(prefix, sources[i].Name);
            memberOutputs.Add(emitter.Emit(sources[i].Network, InputName, single ? OutputName : prefix + OutputName));
            network.Layers.Add(emitter.Layers);
            states.AddRange(emitter.States);
        }

        if (sources.Count > 1)
        {
            var average = new NeuralNetworkLayer { Name = "ensemble_average", Average = new AverageLayerParams() };
            average.Input.Add(memberOutputs);
            average.Output.Add(OutputName);
            network.Layers.Add(average);
        }

        return new Model
        {
            SpecificationVersion = 1,
            Description = Describe(sources, states),
            NeuralNetwork = network,
        };
    }

    private static ModelDescription Describe(IReadOnlyList<MadmomSource> sources, IReadOnlyList<StateFeature> states)
    {
        var description = new ModelDescription
        {
            Metadata = new Metadata
            {
                ShortDescription = sources.Count == 1
                    ? "madmom network " + sources[0].Name + ": " + string.Join(", ", sources[0].Network.Layers.Select(l => l.Kind))
                    : "Average of " + sources.Count.ToString(CultureInfo.InvariantCulture) + " madmom networks",
                Author = Credit,
                License = Licence + " (madmom's model files: attribution, non-commercial, share-alike)",
                VersionString = ConverterVersion,
            },
        };
        description.Metadata.UserDefined["com.github.coremlgen.source"] = string.Join(";", sources.Select(s => s.Name));
        description.Metadata.UserDefined["com.github.coremlgen.converter"] = "CoreMLGen.Converters.Madmom " + ConverterVersion;
        description.Input.Add(Array(InputName, sources[0].Network.InputSize, optional: false, "Frames of madmom input features, [frames, 1, " + sources[0].Network.InputSize.ToString(CultureInfo.InvariantCulture) + "] or one frame"));
        foreach (StateFeature state in states)
        {
            description.Input.Add(Array(state.InputName, state.Size, optional: true, "Recurrent state from the previous call's " + state.OutputName + " (zeros when absent)"));
        }

        description.Output.Add(Array(OutputName, sources[0].Network.OutputSize, optional: false, sources.Count == 1 ? "The network's output per frame" : "The mean of the networks' outputs per frame"));
        foreach (StateFeature state in states)
        {
            description.Output.Add(Array(state.OutputName, state.Size, optional: false, "Recurrent state after the last frame; feed it to " + state.InputName + " to continue the sequence"));
        }

        return description;
    }

    private static FeatureDescription Array(string name, int size, bool optional, string text)
    {
        var array = new ArrayFeatureType { DataType = DataType.Float32 };
        array.Shape.Add(size);
        return new FeatureDescription { Name = name, ShortDescription = text, Type = new FeatureType { MultiArrayType = array, IsOptional = optional } };
    }

    private static string Sizes(MadmomNetwork network) =>
        network.InputSize.ToString(CultureInfo.InvariantCulture) + " inputs to " + network.OutputSize.ToString(CultureInfo.InvariantCulture) + " outputs";
}
