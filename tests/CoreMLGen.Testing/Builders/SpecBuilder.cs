using System;
using System.IO;
using CoreML.Specification;
using CoreML.Specification.CoreMLModels;
using Google.Protobuf;

namespace CoreMLGen.Testing.Builders;

/// <summary>
/// Builds small Core ML specs in code: a model kind (factory methods), then its interface. <see cref="Build"/>
/// returns a copy, so one builder can produce several variants.
/// </summary>
public sealed class SpecBuilder
{
    private readonly Model _model;

    private SpecBuilder(Model model, int specVersion)
    {
        _model = model;
        _model.SpecificationVersion = specVersion;
        _model.Description ??= new ModelDescription();
    }

    private ModelDescription Description => _model.Description;

    // ---- Model kinds ----------------------------------------------------------------------------------------

    public static SpecBuilder NeuralNetwork(int specVersion = 4) => new(new Model { NeuralNetwork = new NeuralNetwork() }, specVersion);

    public static SpecBuilder NeuralNetworkRegressor(int specVersion = 4) => new(new Model { NeuralNetworkRegressor = new NeuralNetworkRegressor() }, specVersion);

    public static SpecBuilder NeuralNetworkClassifier(params string[] labels)
    {
        var classifier = new NeuralNetworkClassifier { StringClassLabels = Strings(labels) };
        return new SpecBuilder(new Model { NeuralNetworkClassifier = classifier }, 4);
    }

    public static SpecBuilder NeuralNetworkClassifier(params long[] labels)
    {
        var classifier = new NeuralNetworkClassifier { Int64ClassLabels = Integers(labels) };
        return new SpecBuilder(new Model { NeuralNetworkClassifier = classifier }, 4);
    }

    /// <summary>A neural-network classifier whose labels oneof is unset.</summary>
    public static SpecBuilder NeuralNetworkClassifierWithoutLabels() => new(new Model { NeuralNetworkClassifier = new NeuralNetworkClassifier() }, 4);

    public static SpecBuilder GlmClassifier(params string[] labels) => new(new Model { GlmClassifier = new GLMClassifier { StringClassLabels = Strings(labels) } }, 1);

    public static SpecBuilder GlmClassifier(params long[] labels) => new(new Model { GlmClassifier = new GLMClassifier { Int64ClassLabels = Integers(labels) } }, 1);

    public static SpecBuilder SupportVectorClassifier(params long[] labels)
        => new(new Model { SupportVectorClassifier = new SupportVectorClassifier { Int64ClassLabels = Integers(labels) } }, 1);

    public static SpecBuilder TreeEnsembleClassifier(params string[] labels)
        => new(new Model { TreeEnsembleClassifier = new TreeEnsembleClassifier { StringClassLabels = Strings(labels) } }, 1);

    public static SpecBuilder KNearestNeighborsClassifier(params string[] labels)
        => new(new Model { KNearestNeighborsClassifier = new KNearestNeighborsClassifier { StringClassLabels = Strings(labels) } }, 4);

    public static SpecBuilder GlmRegressor() => new(new Model { GlmRegressor = new GLMRegressor() }, 1);

    public static SpecBuilder TreeEnsembleRegressor() => new(new Model { TreeEnsembleRegressor = new TreeEnsembleRegressor() }, 1);

    public static SpecBuilder VisionFeaturePrint(int specVersion = 3) => new(new Model { VisionFeaturePrint = new VisionFeaturePrint() }, specVersion);

    public static SpecBuilder MlProgram(int specVersion = 6) => new(new Model { MlProgram = new CoreML.Specification.MILSpec.Program() }, specVersion);

    /// <summary>An existing spec (e.g. a converter's output), to write or vary like a built one.</summary>
    public static SpecBuilder From(Model model) => new(model.Clone(), model.SpecificationVersion);

    /// <summary>A model with no type case (still a model if it declares features).</summary>
    public static SpecBuilder WithoutType(int specVersion = 1) => new(new Model(), specVersion);

    public static SpecBuilder Pipeline(params (string Name, SpecBuilder SubModel)[] subModels)
        => new(new Model { Pipeline = NewPipeline(subModels) }, 1);

    public static SpecBuilder PipelineClassifier(params (string Name, SpecBuilder SubModel)[] subModels)
        => new(new Model { PipelineClassifier = new PipelineClassifier { Pipeline = NewPipeline(subModels) } }, 1);

    public static SpecBuilder PipelineRegressor(params (string Name, SpecBuilder SubModel)[] subModels)
        => new(new Model { PipelineRegressor = new PipelineRegressor { Pipeline = NewPipeline(subModels) } }, 1);

    // ---- Interface ------------------------------------------------------------------------------------------

    public SpecBuilder SpecVersion(int specVersion)
    {
        _model.SpecificationVersion = specVersion;
        return this;
    }

    public SpecBuilder Updatable()
    {
        _model.IsUpdatable = true;
        return this;
    }

    public SpecBuilder Input(string name, FeatureType type, string description = "")
    {
        Description.Input.Add(Feature(name, type, description));
        return this;
    }

    public SpecBuilder Output(string name, FeatureType type, string description = "")
    {
        Description.Output.Add(Feature(name, type, description));
        return this;
    }

    public SpecBuilder State(string name, FeatureType type, string description = "")
    {
        Description.State.Add(Feature(name, type, description));
        return this;
    }

    /// <summary>Names the label output and (optionally) the probabilities output of a classifier, or a regressor's output.</summary>
    public SpecBuilder Predicts(string predictedFeature, string probabilitiesFeature = "")
    {
        Description.PredictedFeatureName = predictedFeature;
        Description.PredictedProbabilitiesName = probabilitiesFeature;
        return this;
    }

    public SpecBuilder Metadata(string description = "", string author = "", string license = "", string version = "")
    {
        Description.Metadata ??= new Metadata();
        Description.Metadata.ShortDescription = description;
        Description.Metadata.Author = author;
        Description.Metadata.License = license;
        Description.Metadata.VersionString = version;
        return this;
    }

    public SpecBuilder UserDefined(string key, string value)
    {
        Description.Metadata ??= new Metadata();
        Description.Metadata.UserDefined[key] = value;
        return this;
    }

    /// <summary>Adds a function (multi-function ML Programs, spec 9+).</summary>
    public SpecBuilder Function(string name, Action<FunctionBuilder> build)
    {
        var function = new FunctionDescription { Name = name };
        build(new FunctionBuilder(function));
        Description.Functions.Add(function);
        return this;
    }

    public SpecBuilder DefaultFunction(string name)
    {
        Description.DefaultFunctionName = name;
        return this;
    }

    /// <summary>Appends layers to the model's neural network (plain, classifier or regressor).</summary>
    public SpecBuilder Layers(params NeuralNetworkLayer[] layers)
    {
        Google.Protobuf.Collections.RepeatedField<NeuralNetworkLayer> target = _model.TypeCase switch
        {
            Model.TypeOneofCase.NeuralNetwork => _model.NeuralNetwork.Layers,
            Model.TypeOneofCase.NeuralNetworkClassifier => _model.NeuralNetworkClassifier.Layers,
            Model.TypeOneofCase.NeuralNetworkRegressor => _model.NeuralNetworkRegressor.Layers,
            _ => throw new InvalidOperationException("Layers need a neural network model, not " + _model.TypeCase + "."),
        };
        target.AddRange(layers);
        return this;
    }

    /// <summary>Sets the network's <c>arrayInputShapeMapping</c> to exact (declared shapes enter the network unchanged).</summary>
    public SpecBuilder ExactArrayMapping()
    {
        const NeuralNetworkMultiArrayShapeMapping exact = NeuralNetworkMultiArrayShapeMapping.ExactArrayMapping;
        switch (_model.TypeCase)
        {
            case Model.TypeOneofCase.NeuralNetwork:
                _model.NeuralNetwork.ArrayInputShapeMapping = exact;
                break;
            case Model.TypeOneofCase.NeuralNetworkClassifier:
                _model.NeuralNetworkClassifier.ArrayInputShapeMapping = exact;
                break;
            case Model.TypeOneofCase.NeuralNetworkRegressor:
                _model.NeuralNetworkRegressor.ArrayInputShapeMapping = exact;
                break;
            default:
                throw new InvalidOperationException("Array mapping needs a neural network model, not " + _model.TypeCase + ".");
        }

        return this;
    }

    /// <summary>Direct access for cases the fluent methods do not cover.</summary>
    public SpecBuilder With(Action<Model> change)
    {
        change(_model);
        return this;
    }

    // ---- Output ---------------------------------------------------------------------------------------------

    public Model Build() => _model.Clone();

    public byte[] ToBytes() => _model.ToByteArray();

    /// <summary>Writes the spec as a <c>.mlmodel</c> file (creating folders) and returns the path.</summary>
    public string WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }

    private static FeatureDescription Feature(string name, FeatureType type, string description)
        => new() { Name = name, ShortDescription = description, Type = type };

    private static StringVector Strings(string[] values)
    {
        var vector = new StringVector();
        vector.Vector.AddRange(values);
        return vector;
    }

    private static Int64Vector Integers(long[] values)
    {
        var vector = new Int64Vector();
        vector.Vector.AddRange(values);
        return vector;
    }

    private static Pipeline NewPipeline((string Name, SpecBuilder SubModel)[] subModels)
    {
        var pipeline = new Pipeline();
        foreach ((string name, SpecBuilder subModel) in subModels)
        {
            pipeline.Models.Add(subModel.Build());
            pipeline.Names.Add(name);
        }

        return pipeline;
    }

    /// <summary>Fills one <see cref="FunctionDescription"/>.</summary>
    public sealed class FunctionBuilder
    {
        private readonly FunctionDescription _function;

        internal FunctionBuilder(FunctionDescription function)
        {
            _function = function;
        }

        public FunctionBuilder Input(string name, FeatureType type, string description = "")
        {
            _function.Input.Add(Feature(name, type, description));
            return this;
        }

        public FunctionBuilder Output(string name, FeatureType type, string description = "")
        {
            _function.Output.Add(Feature(name, type, description));
            return this;
        }

        public FunctionBuilder State(string name, FeatureType type, string description = "")
        {
            _function.State.Add(Feature(name, type, description));
            return this;
        }
    }
}
