using System.Collections.Generic;
using System.IO;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Testing;

/// <summary>
/// The models in sample/CoreMLGen.Sample/Models, made here so the repository ships no third-party model. They are
/// small but real (weights included), so Core ML, and later the managed evaluator, can run them.
/// </summary>
public static class SampleModels
{
    public const string Iris = "IrisClassifier.mlmodel";
    public const string Thermostat = "Thermostat.mlpackage";
    public const string Midi = "Midi.mlmodel";

    public static string Directory => Path.Combine(TestPaths.RepoRoot, "sample", "CoreMLGen.Sample", "Models");

    /// <summary>The Drummer sample's models (kept apart so the main sample stays small and fast to build).</summary>
    public static string DrummerDirectory => Path.Combine(TestPaths.RepoRoot, "sample", "CoreMLGen.Drummer", "Models");

    /// <summary>The full path of a sample model.</summary>
    public static string PathOf(string name) => Path.Combine(name == Midi ? DrummerDirectory : Directory, name);

    /// <summary>Path under the main sample's Models (or ../../CoreMLGen.Drummer/Models) → bytes for every sample file.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files() => new Dictionary<string, byte[]>
    {
        [Iris] = IrisClassifier().ToBytes(),
        [Thermostat + "/Manifest.json"] = System.Text.Encoding.UTF8.GetBytes(PackageBuilder.StandardManifest()),
        [Thermostat + "/Data/" + PackageBuilder.StandardRootPath] = ThermostatRegressor().ToBytes(),
        ["../../CoreMLGen.Drummer/Models/" + Midi] = MidiModel.Build().ToBytes(),
    };

    /// <summary>Iris species from four measurements: a dense layer and a softmax (a multinomial logistic regression).</summary>
    public static SpecBuilder IrisClassifier()
        => SpecBuilder.NeuralNetworkClassifier("setosa", "versicolor", "virginica")
            .SpecVersion(1)
            .Metadata("Iris species from flower measurements (multinomial logistic regression).", "CoreMLGen sample", "MIT", "1.0")
            .UserDefined("com.coremlgen.sample", "iris")
            .Input("measurements", FeatureTypes.MultiArray(DataType.Double, 4), "Sepal length, sepal width, petal length, petal width in cm")
            .Output("speciesProbability", FeatureTypes.DictionaryWithStringKeys(), "Probability of each species")
            .Output("species", FeatureTypes.String(), "Most likely species")
            .Predicts("species", "speciesProbability")
            .With(model =>
            {
                NeuralNetworkClassifier network = model.NeuralNetworkClassifier;
                var dense = new InnerProductLayerParams { InputChannels = 4, OutputChannels = 3, HasBias = true };
                dense.Weights = new WeightParams();
                dense.Weights.FloatValue.AddRange(new[]
                {
                    0.42f, 1.38f, -2.21f, -0.96f,
                    0.53f, -0.32f, -0.21f, -0.94f,
                    -0.95f, -1.06f, 2.42f, 1.90f,
                });
                dense.Bias = new WeightParams();
                dense.Bias.FloatValue.AddRange(new[] { 0.26f, 1.88f, -2.14f });
                network.Layers.Add(new NeuralNetworkLayer { Name = "dense", Input = { "measurements" }, Output = { "scores" }, InnerProduct = dense });
                network.Layers.Add(new NeuralNetworkLayer { Name = "probabilities", Input = { "scores" }, Output = { "probabilities" }, Softmax = new SoftmaxLayerParams() });
                network.LabelProbabilityLayerName = "probabilities";
            });

    /// <summary>A heating setpoint from three readings: a linear regression (Core ML GLMRegressor), shipped as an .mlpackage.</summary>
    public static SpecBuilder ThermostatRegressor()
        => SpecBuilder.GlmRegressor()
            .Metadata("Heating setpoint in °C from indoor and outdoor temperature and the hour of day.", "CoreMLGen sample", "MIT", "1.0")
            .Input("readings", FeatureTypes.MultiArray(DataType.Double, 3), "Indoor °C, outdoor °C, hour of day (0–23)")
            .Output("setpoint", FeatureTypes.Double(), "Suggested setpoint in °C")
            .With(model =>
            {
                model.Description.PredictedFeatureName = "setpoint";
                var weights = new GLMRegressor.Types.DoubleArray();
                weights.Value.AddRange(new[] { -0.35, -0.12, 0.05 });
                model.GlmRegressor.Weights.Add(weights);
                model.GlmRegressor.Offset.Add(27.5);
            });
}
