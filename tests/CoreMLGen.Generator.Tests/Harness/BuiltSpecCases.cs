using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>
/// One model built in code for <see cref="BuiltSpecSnapshotTests"/>: written to a temporary <c>.mlmodel</c> file
/// (or <c>.mlpackage</c> folder), then read by the real reader and writer like a model in a project.
/// </summary>
/// <param name="Name">The case and its snapshot folder.</param>
/// <param name="FileName">The model's file name in the project (the class name comes from it).</param>
/// <param name="Build">The spec.</param>
/// <param name="AsPackage">Write an <c>.mlpackage</c> folder instead of an <c>.mlmodel</c> file.</param>
/// <param name="ExpectedDiagnostics">Generator diagnostic IDs the case must produce (errors mean: no code).</param>
public sealed record BuiltSpecCase(string Name, string FileName, Func<SpecBuilder> Build, bool AsPackage = false, params string[] ExpectedDiagnostics)
{
    /// <summary>Files of UserCode/ the app needs (custom layer implementations), compiled with the generated code.</summary>
    public IReadOnlyList<string> UserCodeFiles { get; init; } = Array.Empty<string>();

    public string RelativePath => "Models/" + FileName;

    public string[] UserSources() => UserCodeFiles.Select(UserCode.Read).ToArray();

    /// <summary>Writes the model to a fresh temporary folder, reads it back and returns the generator's input.</summary>
    public ModelInput Input()
    {
        string directory = Path.Combine(Path.GetTempPath(), "coremlgen-builtspec-" + Guid.NewGuid().ToString("N"));
        try
        {
            string path = Path.Combine(directory, FileName);
            if (AsPackage)
            {
                new PackageBuilder().Spec(Build()).WriteTo(path);
            }
            else
            {
                Build().WriteTo(path);
            }

            return new ModelInput(RelativePath, ModelFiles.Descriptor(path));
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    public override string ToString() => Name;
}

/// <summary>The cases: every feature type, flexibility, optional inputs, roles, pipelines, ML Programs and hostile names.</summary>
public static class BuiltSpecCases
{
    public static IReadOnlyList<BuiltSpecCase> All { get; } = new[]
    {
        new BuiltSpecCase("AllFeatureTypes", "AllFeatureTypes.mlmodel", AllFeatureTypes),
        new BuiltSpecCase("Flexibility", "Flexibility.mlmodel", Flexibility),
        new BuiltSpecCase("OptionalInputs", "OptionalInputs.mlmodel", OptionalInputs),
        new BuiltSpecCase("StringClassifier", "PetClassifier.mlmodel", StringClassifier),
        new BuiltSpecCase("Int64Classifier", "DigitClassifier.mlmodel", Int64Classifier),
        new BuiltSpecCase("TreeEnsembleClassifier", "RiskClassifier.mlmodel", TreeEnsembleClassifier),
        new BuiltSpecCase("Regressor", "HousePrices.mlmodel", Regressor),
        new BuiltSpecCase("PipelineClassifier", "FruitClassifier.mlmodel", PipelineClassifier),
        new BuiltSpecCase("NestedPipeline", "NestedPipeline.mlmodel", NestedPipeline),
        new BuiltSpecCase("MlProgram", "DepthEstimator.mlpackage", MlProgram, AsPackage: true),
        new BuiltSpecCase("MultiFunction", "TextModel.mlpackage", MultiFunction, AsPackage: true, "CMLG1008"),
        new BuiltSpecCase("Stateful", "Decoder.mlpackage", Stateful, AsPackage: true),
        new BuiltSpecCase("HostileNames", "HostileNames.mlmodel", HostileNames, false, "CMLG1004"),
        new BuiltSpecCase("UpdatableWithMetadata", "Updatable.mlmodel", UpdatableWithMetadata),
        new BuiltSpecCase("NoInputs", "Constant.mlmodel", NoInputs),
        new BuiltSpecCase("UnsetOutputType", "Mystery.mlmodel", UnsetOutputType, false, "CMLG1005"),

        // Recurrent state plumbing, custom layers, stateful and multi-function ML Programs (issue 4).
        new BuiltSpecCase("Midi", MidiModel.FileName, MidiModel.Build) { UserCodeFiles = new[] { "MidiNoteTickActivation.cs" } },
        new BuiltSpecCase("Turi6State", "ActivityTuri6.mlmodel", RecurrentModels.Turi6),
        new BuiltSpecCase("KerasBidirectional", "Bidirectional.mlmodel", RecurrentModels.KerasBidirectional),
        new BuiltSpecCase("KerasGru", "GruStep.mlmodel", RecurrentModels.KerasGru),
        new BuiltSpecCase("UnifiedConverterLstm", "TorchLstm.mlmodel", RecurrentModels.UnifiedBidirectional),
        new BuiltSpecCase("MismatchedStateWidths", "Mismatched.mlmodel", RecurrentModels.MismatchedWidths),
        new BuiltSpecCase("StateByName", "NameOnly.mlmodel", RecurrentModels.NameOnly, false, "CMLG1011"),
        new BuiltSpecCase("RecurrentPipeline", "LstmPipeline.mlmodel", RecurrentModels.PipelineWithLstm),
        new BuiltSpecCase("SharedCustomClass", "Scaler.mlmodel", CustomLayerModels.SharedClass) { UserCodeFiles = new[] { "Scale.cs" } },
        new BuiltSpecCase("CustomParameterTypes", "Everything.mlmodel", CustomLayerModels.AllParameterTypes) { UserCodeFiles = new[] { "EveryParameter.cs" } },
        new BuiltSpecCase("CustomLayerInPipeline", "SwishPipeline.mlmodel", CustomLayerModels.InPipeline) { UserCodeFiles = new[] { "Swish.cs" } },
        new BuiltSpecCase("StatefulKvCache", "KvDecoder.mlpackage", StatefulModels.KvCache, AsPackage: true),
        new BuiltSpecCase("StatefulMultiFunction", "EncoderDecoder.mlpackage", StatefulModels.MultiFunction, AsPackage: true, "CMLG1008"),
        new BuiltSpecCase("StatefulAccumulator", "Accumulator.mlpackage", () => StatefulModels.Accumulator(), AsPackage: true),

        // madmom networks converted at build time (issue 12). The spec is written under the pickle's name, as the
        // task reads the converted spec under the item's path (models/beats_lstm_1.pkl, the ensemble's models/BeatsBlstm.pkl).
        new BuiltSpecCase("MadmomOnlineBeats", "beats_lstm_1.pkl", MadmomModels.OnlineBeats),
        new BuiltSpecCase("MadmomBeatEnsemble", "BeatsBlstm.pkl", MadmomModels.OfflineBeatEnsemble),

        // Typed interfaces of audio models users bring (issue 13): a source separator's inner ML Program.
        new BuiltSpecCase("SourceSeparator", "Separator.mlpackage", () => SourceSeparatorModel.Build(float16: false), AsPackage: true),
        new BuiltSpecCase("SourceSeparatorHalf", "SeparatorHalf.mlpackage", () => SourceSeparatorModel.Build(float16: true), AsPackage: true),
        // and a PANN-style tagger and a BiLSTM + attention refiner.
        new BuiltSpecCase("AudioTagger", AudioModels.TaggerFileName, AudioModels.AudioTagger),
        new BuiltSpecCase("PianoRollRefiner", AudioModels.RefinerFileName, AudioModels.PianoRollRefiner),
    };

    public static BuiltSpecCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>Every feature type as inputs and the same types as outputs.</summary>
    private static SpecBuilder AllFeatureTypes()
    {
        SpecBuilder spec = SpecBuilder.NeuralNetwork(7).Metadata("Every Core ML feature type, in and out.", "CoreMLGen tests", "MIT", "1.0");
        foreach ((string name, Func<FeatureType> type, string description) in EveryType())
        {
            spec.Input(name, type(), description);
        }

        foreach ((string name, Func<FeatureType> type, string description) in EveryType())
        {
            spec.Output(name + "Out", type(), description.Length == 0 ? string.Empty : description + " (out)");
        }

        return spec;
    }

    private static IEnumerable<(string Name, Func<FeatureType> Type, string Description)> EveryType()
    {
        yield return ("count", FeatureTypes.Int64, "Number of items");
        yield return ("score", FeatureTypes.Double, "A score");
        yield return ("text", FeatureTypes.String, string.Empty);
        yield return ("floats", () => FeatureTypes.MultiArray(DataType.Float32, 1, 3), "Float32 values");
        yield return ("doubles", () => FeatureTypes.MultiArray(DataType.Double, 2, 2), "Double values");
        yield return ("ints", () => FeatureTypes.MultiArray(DataType.Int32, 5), "Int32 values");
        yield return ("halves", () => FeatureTypes.MultiArray(DataType.Float16, 1, 3, 8, 8), "Float16 values");
        yield return ("bytes", () => FeatureTypes.MultiArray(DataType.Int8, 16), "Int8 values");
        yield return ("gray", () => FeatureTypes.Image(28, 28, ColorSpace.Grayscale), "Grayscale image");
        yield return ("rgb", () => FeatureTypes.Image(224, 224, ColorSpace.Rgb), "RGB image");
        yield return ("bgr", () => FeatureTypes.Image(299, 299, ColorSpace.Bgr), "BGR image");
        yield return ("depth", () => FeatureTypes.Image(64, 32, ColorSpace.GrayscaleFloat16), "Float16 grayscale image");
        yield return ("wordCounts", FeatureTypes.DictionaryWithStringKeys, "Counts by word");
        yield return ("classScores", FeatureTypes.DictionaryWithInt64Keys, "Scores by class");
        yield return ("tokenIds", () => FeatureTypes.SequenceOfInt64(1, 512), "Token ids");
        yield return ("words", () => FeatureTypes.SequenceOfString(0, -1), "Words");
    }

    private static SpecBuilder Flexibility() => SpecBuilder.NeuralNetwork(4)
        .Input("enumerated", FeatureTypes.MultiArray(DataType.Float32, 1, 3).EnumeratedShapes(new long[] { 1, 3 }, new long[] { 1, 5 }, new long[] { 2, 7 }), "One of three shapes")
        .Input("bounded", FeatureTypes.MultiArray(DataType.Float32, 1, 8).ShapeRange((1, 1), (8, 64)), "Between 8 and 64 columns")
        .Input("unbounded", FeatureTypes.MultiArray(DataType.Float32, 1, 1).ShapeRange((1, -1), (1, -1)), "Any size")
        .Input("photo", FeatureTypes.Image(224, 224, ColorSpace.Rgb).EnumeratedSizes((224, 224), (320, 320), (640, 480)), "A photo in one of three sizes")
        .Input("scan", FeatureTypes.Image(256, 256, ColorSpace.Bgr).SizeRange((64, 1024), (64, -1)), "A scan at least 64 pixels high")
        .Output("result", FeatureTypes.MultiArray(DataType.Double), "Shape follows the input");

    private static SpecBuilder OptionalInputs() => SpecBuilder.NeuralNetwork(5)
        .Input("x", FeatureTypes.MultiArray(DataType.Float32, 1, 4), "Required input")
        .Input("mask", FeatureTypes.MultiArray(DataType.Int32, 1, 4).Optional().DefaultInt(1), "Attention mask")
        .Input("temperature", FeatureTypes.MultiArray(DataType.Float32, 1).Optional().DefaultFloat(0.7f), "Sampling temperature")
        .Input("bias", FeatureTypes.MultiArray(DataType.Double, 1).Optional().DefaultDouble(-0.25), "Bias")
        .Input("hint", FeatureTypes.String().Optional(), "Optional hint")
        .Input("steps", FeatureTypes.Int64().Optional(), string.Empty)
        .Input("scale", FeatureTypes.Double().Optional(), "Optional scale")
        .Input("overlay", FeatureTypes.Image(8, 8, ColorSpace.Grayscale).Optional(), "Optional overlay")
        .Output("y", FeatureTypes.MultiArray(DataType.Float32, 1, 4), "Result");

    private static SpecBuilder StringClassifier() => SpecBuilder.NeuralNetworkClassifier("cat", "dog", "hot dog")
        .Metadata("Classifies pets.", "Jane Doe", "CC-BY-4.0", "2.1")
        .Input("image", FeatureTypes.Image(224, 224, ColorSpace.Bgr), "Input image")
        .Output("classLabelProbs", FeatureTypes.DictionaryWithStringKeys(), "Probability of each category")
        .Output("classLabel", FeatureTypes.String(), "Most likely category")
        .Predicts("classLabel", "classLabelProbs");

    private static SpecBuilder Int64Classifier() => SpecBuilder.NeuralNetworkClassifier(0L, 1L, 7L, -3L)
        .Input("features", FeatureTypes.MultiArray(DataType.Double, 10), "Ten features")
        .Output("digit", FeatureTypes.Int64(), "Predicted digit")
        .Output("digitProbabilities", FeatureTypes.DictionaryWithInt64Keys(), "Probability of each digit")
        .Predicts("digit", "digitProbabilities");

    private static SpecBuilder TreeEnsembleClassifier() => SpecBuilder.TreeEnsembleClassifier("low", "medium", "high")
        .Input("age", FeatureTypes.Double(), "Age in years")
        .Input("income", FeatureTypes.Double(), "Yearly income")
        .Output("risk", FeatureTypes.String(), "Risk class")
        .Output("riskProbability", FeatureTypes.DictionaryWithStringKeys(), "Probability of each risk class")
        .Predicts("risk", "riskProbability");

    private static SpecBuilder Regressor() => SpecBuilder.GlmRegressor()
        .Input("rooms", FeatureTypes.Int64(), "Number of rooms")
        .Input("area", FeatureTypes.Double(), "Floor area in square meters")
        .Output("price", FeatureTypes.Double(), "Estimated price")
        .Predicts("price");

    private static SpecBuilder PipelineClassifier()
    {
        SpecBuilder featurePrint = SpecBuilder.VisionFeaturePrint()
            .Input("image", FeatureTypes.Image(299, 299, ColorSpace.Bgr))
            .Output("features", FeatureTypes.MultiArray(DataType.Double, 2048));
        SpecBuilder classifier = SpecBuilder.GlmClassifier("apple", "banana")
            .Input("features", FeatureTypes.MultiArray(DataType.Double, 2048))
            .Output("label", FeatureTypes.String())
            .Output("labelProbability", FeatureTypes.DictionaryWithStringKeys())
            .Predicts("label", "labelProbability");
        return SpecBuilder.PipelineClassifier(("featurePrint", featurePrint), ("classifier", classifier))
            .SpecVersion(3)
            .Metadata("Fruit classifier: feature print, then a linear classifier.")
            .Input("image", FeatureTypes.Image(299, 299, ColorSpace.Bgr), "Input image")
            .Output("label", FeatureTypes.String(), "Most likely fruit")
            .Output("labelProbability", FeatureTypes.DictionaryWithStringKeys(), "Probability of each fruit")
            .Predicts("label", "labelProbability");
    }

    private static SpecBuilder NestedPipeline()
    {
        SpecBuilder preprocess = SpecBuilder.Pipeline(
            ("impute", SpecBuilder.WithoutType().With(m => m.Imputer = new Imputer())),
            ("scale", SpecBuilder.WithoutType().With(m => m.Scaler = new Scaler())));
        return SpecBuilder.PipelineRegressor(("preprocess", preprocess), ("regressor", SpecBuilder.TreeEnsembleRegressor()))
            .Input("raw", FeatureTypes.MultiArray(DataType.Double, 3), "Raw measurements")
            .Output("value", FeatureTypes.Double(), "Predicted value")
            .Predicts("value");
    }

    private static SpecBuilder MlProgram() => SpecBuilder.MlProgram(7)
        .Metadata("Estimates depth from a photo.", "CoreMLGen tests", string.Empty, "3.0")
        .UserDefined("com.github.apple.coremltools.source", "torch==2.1.0")
        .UserDefined("com.github.apple.coremltools.version", "7.1")
        .Input("pixels", FeatureTypes.MultiArray(DataType.Float16, 1, 3, 256, 256), "Normalised pixels")
        .Input("lengths", FeatureTypes.MultiArray(DataType.Int32, 1), string.Empty)
        .Input("guide", FeatureTypes.Image(256, 192, ColorSpace.GrayscaleFloat16), "Float16 guide image")
        .Output("depth", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 256, 256), "Depth map")
        .Output("embedding", FeatureTypes.MultiArray(DataType.Float32, 1, 512), "Embedding");

    /// <summary>Two functions with the same inputs (adapters of one base model): both get typed classes.</summary>
    private static SpecBuilder MultiFunction() => SpecBuilder.MlProgram(9)
        .Function("main", f => TextFunction(f))
        .Function("adapter_fr", f => TextFunction(f))
        .DefaultFunction("main");

    private static void TextFunction(SpecBuilder.FunctionBuilder function) => function
        .Input("input_ids", FeatureTypes.MultiArray(DataType.Int32, 1, 64), "Token ids")
        .Input("attention_mask", FeatureTypes.MultiArray(DataType.Int32, 1, 64), "Attention mask")
        .Output("logits", FeatureTypes.MultiArray(DataType.Float16, 1, 64, 32000), "Next-token logits");

    private static SpecBuilder Stateful() => SpecBuilder.MlProgram(9)
        .Input("inputIds", FeatureTypes.MultiArray(DataType.Int32, 1, 1), "Next token")
        .Input("causalMask", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 1, 1).ShapeRange((1, 1), (1, 1), (1, 2048), (1, 2048)), "Causal mask")
        .Output("logits", FeatureTypes.MultiArray(DataType.Float16, 1, 1, 32000), "Logits")
        .State("keyCache", FeatureTypes.State(DataType.Float16, 28, 1, 8, 2048, 128), "Key cache")
        .State("valueCache", FeatureTypes.State(DataType.Float16, 28, 1, 8, 2048, 128), "Value cache");

    private static SpecBuilder HostileNames() => SpecBuilder.NeuralNetwork(4)
        .Metadata("Names <that> need \"escaping\" & sanitising\nacross lines")
        .Input("input.1", FeatureTypes.MultiArray(DataType.Float32, 3), string.Empty)
        .Input("796", FeatureTypes.Double(), string.Empty)
        .Input("class", FeatureTypes.Int64().Optional(), "A keyword")
        .Input("PCOS (Y/N)", FeatureTypes.String(), "Tags <b>bold</b> & \"quotes\"")
        .Input("3f2a9c0de1", FeatureTypes.Double(), "line one\nline two\r\nline three")
        .Input("a-b", FeatureTypes.Double(), string.Empty)
        .Input("a_b", FeatureTypes.Double(), "Collides with a-b after sanitising")
        .Input("FeatureNames", FeatureTypes.Double(), "Generated-member collision")
        .Input("Description", FeatureTypes.Double(), "NSObject member collision")
        .Input("HostileNames", FeatureTypes.Double(), "The model class's name")
        .Input("HostileNamesInput", FeatureTypes.Double(), "The input class's own name")
        .Input("événement", FeatureTypes.Double(), "Unicode letters")
        .Input("日本語", FeatureTypes.String(), "CJK")
        .Input("😀", FeatureTypes.Double(), "No letters: an emoji")
        .Input("image", FeatureTypes.Image(8, 8, ColorSpace.Grayscale), "An image with generated Set methods")
        .Input("setImage", FeatureTypes.Double(), "Collides with the image's SetImage method")
        .Input("nameof", FeatureTypes.String(), "A parameter named nameof")
        .Input("odd", FeatureTypes.Double(), "Not XML: \uffff and \ufffe")
        .Output("class", FeatureTypes.Int64(), string.Empty)
        .Output("HostileNamesOutput", FeatureTypes.Double(), "The output class's own name")
        .Output("ReadPixelBuffer", FeatureTypes.Image(8, 8, ColorSpace.Rgb), "An image output named like the generated reader")
        .Output("Predict", FeatureTypes.Double(), string.Empty);

    private static SpecBuilder UpdatableWithMetadata() => SpecBuilder.NeuralNetworkClassifier("yes", "no")
        .Updatable()
        .Metadata("An updatable classifier.", "O'Brien & Co. <ml@example.com>", "Apache-2.0", "0.1-beta")
        .UserDefined("com.github.apple.coremltools.version", "6.3")
        .UserDefined("weird\tkey", "line1\nline2 \u00e9\u2028")
        .UserDefined("quote\"key", "back\\slash {0} \"quoted\"")
        .UserDefined("emoji 😀", "日本")
        .UserDefined(string.Empty, "empty key")
        .Input("x", FeatureTypes.MultiArray(DataType.Double, 4), "Features")
        .Output("answer", FeatureTypes.String(), "Yes or no")
        .Output("answerProbability", FeatureTypes.DictionaryWithStringKeys(), string.Empty)
        .Predicts("answer", "answerProbability");

    private static SpecBuilder NoInputs() => SpecBuilder.NeuralNetwork(4)
        .Output("constant", FeatureTypes.MultiArray(DataType.Float32, 4), "Always the same four values");

    private static SpecBuilder UnsetOutputType() => SpecBuilder.NeuralNetwork(4)
        .Input("x", FeatureTypes.Double(), "Input")
        .Output("mystery", FeatureTypes.Unset(), "Output with no type")
        .Output("known", FeatureTypes.Double(), "A typed output");
}
