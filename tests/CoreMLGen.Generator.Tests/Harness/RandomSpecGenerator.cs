using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CoreML.Specification;
using CoreMLGen.Testing.Builders;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using ColorSpace = CoreML.Specification.ImageFeatureType.Types.ColorSpace;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>
/// Random Core ML model interfaces from a seed (System.Random with a seed is deterministic across .NET versions):
/// random kinds, spec versions, features, types, shapes, flexibility, optional flags, defaults, classifier roles,
/// functions and hostile names. Used to check that any model yields code that compiles, or a clear diagnostic.
/// </summary>
public sealed class RandomSpecGenerator
{
    /// <summary>Names that broke, or could break, naming: keywords, generated members, sanitiser collisions, odd text.</summary>
    public static readonly string[] HostileNames =
    {
        "input.1", "input_1", "input 1", "796", "0", "class", "PCOS (Y/N)", "3f2a9c0de1", "a-b", "a_b", "A_B", "aB",
        "FeatureNames", "Description", "GetFeatureValue", "Equals", "Handle", "ToString", "GetHashCode", "TopK",
        "ReadPixelBuffer", "Model", "Predict", "PredictAsync", "TryPredict", "Load", "value", "features", "feature",
        "input", "output", "error", "options", "k", "i", "result", "model", "__source", "__native", "_x", "x", "X",
        "image", "setImage", "SetImage", "set_image", "imageWidth", "ImageHeight", "image_pixel_format", "xShape",
        "x_data_type", "xFeatureName", "Feature", "Feature2", "", " ", "...", "+++", "événement", "日本語", "😀",
        "a\nb", "tab\there", "quote\"s", "back\\slash", "<&>", "]]>", "null", "default", "namespace", "global",
        "System", "CoreML", "Foundation", "CoreMLGen", "CoreVideo", "nameof", "var", "async", "await", "dynamic", "_",
        "__", "int", "string", "object", "this", "base", "Input", "Output", "MInput", "MOutput", "\u2028", "\u0085",
        "\uFFFF", "soft\u00ADhyphen", "e\u0301", "ǅungla", "١٢٣", "\u200B", "Σίσυφος", "ⅷ", "𝒳", "\u0000nul", "@at",
        "Shape", "DataType", "Width", "Height", "PixelFormat", "FeatureName", "ClassLabels", "SpecificationVersion",
        "UrlOfModelInThisBundle", "InputFeatureNames", "Dispose", "Class", "Self", "Zone", "ModelKind",
    };

    /// <summary>Model file stems (the class name comes from the file name).</summary>
    private static readonly string[] FileStems =
    {
        "Model", "class", "Predict", "ModelKind", "ClassLabels", "1st model", "my-model", "日本", "Input", "Output",
        "FeatureValue", "System", "CoreML", "Load", "TryCreate", "LoadAsync", "UrlOfModelInThisBundle", "MultiArray",
        "@model", "___", "line\u2028separator", "new\nline", "next\u0085line", "quote\"d", "back\\slash", "😀",
    };

    /// <summary>Bundle resource names (LogicalName metadata can be anything).</summary>
    public static readonly string[] BundleNames = { "", "", "", "Models/Foo", "a\"b\\c", "Res/日本/😀", "x\ny", "{0}", "../up", "/" };

    private static readonly string[] FunctionNames = { "main", "Main", "encode", "decode", "", "a-b", "a_b", "input", "Input", "Output", "class", "😀", "1st", "adapter.1", "adapter_1" };

    private const string AsciiChars = "abcxyzABCXYZ0123456789 .-_/()[]{}<>&\"'\\:;,!?@#$%^*+=|~`\t\n\r";
    private static readonly string[] OtherChars = { "é", "ß", "ǅ", "日", "本", "ʰ", "١", "\u2028", "\u0085", "\uFFFF", "\u00AD", "\u0301", "\u200B", "\u200D", "😀", "𝒳", "\u0001", "\u007F" };

    private static readonly long[] Dimensions = { 0, 1, 1, 2, 3, 3, 7, 64, 224, 1000, int.MaxValue, (long)int.MaxValue + 1, long.MaxValue, -1, -5, long.MinValue };
    private static readonly ulong[] LowerBounds = { 0, 0, 1, 1, 3, 64, int.MaxValue, long.MaxValue, (ulong)long.MaxValue + 1, ulong.MaxValue };
    private static readonly long[] UpperBounds = { -1, -1, -7, 0, 1, 10, 224, int.MaxValue, long.MaxValue, long.MinValue };
    private static readonly DataType[] DataTypes = { DataType.Float32, DataType.Double, DataType.Int32, DataType.Float16, DataType.Int8, DataType.InvalidArrayDataType, (DataType)99, (DataType)131088 };
    private static readonly ColorSpace[] ColorSpaces = { ColorSpace.Grayscale, ColorSpace.Rgb, ColorSpace.Bgr, ColorSpace.GrayscaleFloat16, ColorSpace.InvalidColorSpace, (ColorSpace)77 };

    private readonly Random _random;
    private readonly List<string> _usedNames = new();

    public RandomSpecGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>A random file stem and model.</summary>
    public (string FileStem, SpecBuilder Spec) Next(string defaultStem)
    {
        string stem = Chance(0.15) ? Pick(FileStems) : defaultStem;
        SpecBuilder spec = RandomKind(depth: 0);
        spec.SpecVersion(_random.Next(1, 13));
        if (Chance(0.2))
        {
            spec.Updatable();
        }

        if (Chance(0.7))
        {
            spec.Metadata(Text(), Text(), Text(), Text());
        }

        for (int i = _random.Next(0, 4); i > 0; i--)
        {
            spec.UserDefined(Text(), Text());
        }

        bool functions = Chance(0.2);
        var outputNames = new List<string>();
        if (!functions || Chance(0.2))
        {
            foreach (RandomFeature feature in Features(outputNames))
            {
                (feature.Role switch { Role.Input => spec.Input, Role.Output => spec.Output, _ => (Func<string, FeatureType, string, SpecBuilder>)spec.State })(feature.Name, feature.Type.Clone(), feature.Description);
            }
        }

        if (functions)
        {
            var names = new List<string>();
            List<RandomFeature>? previous = null;
            for (int i = _random.Next(1, 4); i > 0; i--)
            {
                string name = Chance(0.1) && names.Count > 0 ? Pick(names) : Pick(FunctionNames);
                names.Add(name);

                // Functions of one model often share their interface (adapters of one base model).
                List<RandomFeature> features = previous is not null && Chance(0.4) ? previous : Features(outputNames);
                previous = features;
                spec.Function(name, f =>
                {
                    foreach (RandomFeature feature in features)
                    {
                        (feature.Role switch { Role.Input => f.Input, Role.Output => f.Output, _ => (Func<string, FeatureType, string, SpecBuilder.FunctionBuilder>)f.State })(feature.Name, feature.Type.Clone(), feature.Description);
                    }
                });
            }

            int choice = _random.Next(0, 5);
            spec.DefaultFunction(choice switch
            {
                0 => string.Empty,
                1 => "missing",
                _ => Pick(names),
            });
        }

        if (Chance(0.8))
        {
            string predicted = outputNames.Count > 0 && Chance(0.7) ? Pick(outputNames) : Name();
            string probabilities = Chance(0.3) ? string.Empty : outputNames.Count > 0 && Chance(0.6) ? Pick(outputNames) : Name();
            spec.Predicts(predicted, probabilities);
        }

        return (stem, spec);
    }

    private SpecBuilder RandomKind(int depth)
    {
        int kind = _random.Next(0, depth > 1 ? 15 : 24);
        return kind switch
        {
            0 => SpecBuilder.NeuralNetwork(),
            1 => SpecBuilder.NeuralNetworkRegressor(),
            2 => SpecBuilder.NeuralNetworkClassifier(Labels()),
            3 => SpecBuilder.NeuralNetworkClassifier(IntegerLabels()),
            4 => SpecBuilder.NeuralNetworkClassifierWithoutLabels(),
            5 => SpecBuilder.GlmClassifier(Labels()),
            6 => SpecBuilder.GlmClassifier(IntegerLabels()),
            7 => SpecBuilder.SupportVectorClassifier(IntegerLabels()),
            8 => SpecBuilder.TreeEnsembleClassifier(Labels()),
            9 => SpecBuilder.KNearestNeighborsClassifier(Labels()),
            10 => SpecBuilder.GlmRegressor(),
            11 => SpecBuilder.TreeEnsembleRegressor(),
            12 => SpecBuilder.VisionFeaturePrint(),
            13 => SpecBuilder.MlProgram(),
            14 => SpecBuilder.WithoutType(),
            15 => SpecBuilder.WithoutType().With(m => m.Identity = new Identity()),
            16 => SpecBuilder.WithoutType().With(m => m.CustomModel = new CustomModel { ClassName = Text() }),
            17 => SpecBuilder.WithoutType().With(m => m.BayesianProbitRegressor = new BayesianProbitRegressor()),
            18 => SpecBuilder.WithoutType().With(m => m.ItemSimilarityRecommender = new ItemSimilarityRecommender()),
            19 => SpecBuilder.WithoutType().With(m => m.WordTagger = new CoreML.Specification.CoreMLModels.WordTagger()),
            20 => SpecBuilder.WithoutType().With(m => m.SupportVectorRegressor = new SupportVectorRegressor()),
            21 => SpecBuilder.Pipeline(SubModels(depth)),
            22 => SpecBuilder.PipelineClassifier(SubModels(depth)),
            _ => SpecBuilder.PipelineRegressor(SubModels(depth)),
        };
    }

    private (string Name, SpecBuilder SubModel)[] SubModels(int depth)
        => Enumerable.Range(0, _random.Next(0, 4)).Select(_ => (Chance(0.5) ? string.Empty : Name(), RandomKind(depth + 1).SpecVersion(_random.Next(1, 13)))).ToArray();

    private string[] Labels() => Enumerable.Range(0, _random.Next(0, 6)).Select(_ => Chance(0.5) ? Name() : Text()).ToArray();

    private long[] IntegerLabels()
        => Enumerable.Range(0, _random.Next(0, 6)).Select(_ => Pick(new[] { 0L, 1L, -7L, long.MinValue, long.MaxValue, _random.NextInt64() })).ToArray();

    /// <summary>Random inputs, outputs and sometimes states, in that order.</summary>
    private List<RandomFeature> Features(List<string> outputNames)
    {
        var features = new List<RandomFeature>();
        for (int i = _random.Next(0, 9); i > 0; i--)
        {
            features.Add(new RandomFeature(Role.Input, Name(), FeatureType(), Text()));
        }

        for (int i = _random.Next(0, 9); i > 0; i--)
        {
            string name = Name();
            outputNames.Add(name);
            features.Add(new RandomFeature(Role.Output, name, FeatureType(), Text()));
        }

        if (Chance(0.15))
        {
            for (int i = _random.Next(1, 3); i > 0; i--)
            {
                features.Add(new RandomFeature(Role.State, Name(), Chance(0.8) ? FeatureTypes.State(Pick(DataTypes), Shape()) : FeatureType(), Text()));
            }
        }

        return features;
    }

    private FeatureType FeatureType()
    {
        FeatureType type = _random.Next(0, 20) switch
        {
            0 or 1 => FeatureTypes.Int64(),
            2 or 3 => FeatureTypes.Double(),
            4 => FeatureTypes.String(),
            5 or 6 or 7 or 8 => MultiArray(),
            9 or 10 or 11 => Image(),
            12 => FeatureTypes.DictionaryWithStringKeys(),
            13 => FeatureTypes.DictionaryWithInt64Keys(),
            14 => new FeatureType { DictionaryType = new DictionaryFeatureType() },
            15 => Chance(0.5) ? FeatureTypes.SequenceOfInt64(Pick(LowerBounds), Pick(UpperBounds)) : FeatureTypes.SequenceOfString(Pick(LowerBounds), Pick(UpperBounds)),
            16 => new FeatureType { SequenceType = new SequenceFeatureType { Int64Type = new Int64FeatureType() } },
            17 => new FeatureType { SequenceType = new SequenceFeatureType() },
            18 => Chance(0.5) ? FeatureTypes.State(Pick(DataTypes), Shape()) : new FeatureType { StateType = new StateFeatureType() },
            _ => Chance(0.5) ? FeatureTypes.Unset() : new FeatureType { MultiArrayType = new ArrayFeatureType() },
        };

        if (Chance(0.3))
        {
            type.Optional();
        }

        return type;
    }

    private FeatureType MultiArray()
    {
        FeatureType type = FeatureTypes.MultiArray(Pick(DataTypes), Shape());
        switch (_random.Next(0, 4))
        {
            case 0:
                type.EnumeratedShapes(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Shape()).ToArray());
                break;
            case 1:
                type.ShapeRange(Enumerable.Range(0, _random.Next(0, 5)).Select(_ => (Pick(LowerBounds), Pick(UpperBounds))).ToArray());
                break;
        }

        switch (_random.Next(0, 6))
        {
            case 0:
                type.DefaultInt(Pick(new[] { 0, -1, 3, int.MinValue, int.MaxValue }));
                break;
            case 1:
                type.DefaultFloat(Pick(new[] { 0f, -0f, 0.5f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, float.MaxValue, 1e-7f }));
                break;
            case 2:
                type.DefaultDouble(Pick(new[] { 0d, -0d, 0.1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue, -1e300 }));
                break;
        }

        return type;
    }

    private FeatureType Image()
    {
        FeatureType type = FeatureTypes.Image(Pick(Dimensions), Pick(Dimensions), Pick(ColorSpaces));
        switch (_random.Next(0, 4))
        {
            case 0:
                type.EnumeratedSizes(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => (Pick(LowerBounds), Pick(LowerBounds))).ToArray());
                break;
            case 1:
                type.SizeRange((Pick(LowerBounds), Pick(UpperBounds)), (Pick(LowerBounds), Pick(UpperBounds)));
                break;
            case 2 when Chance(0.3):
                // A range message without its width and height ranges.
                type.ImageType.ImageSizeRange = new ImageFeatureType.Types.ImageSizeRange();
                break;
        }

        return type;
    }

    private long[] Shape() => Enumerable.Range(0, _random.Next(0, 7)).Select(_ => Pick(Dimensions)).ToArray();

    /// <summary>A feature name: often hostile, sometimes random, sometimes one already used (duplicates).</summary>
    private string Name()
    {
        if (_usedNames.Count > 0 && Chance(0.03))
        {
            return Pick(_usedNames);
        }

        // Mostly fresh names, so that most models stay valid and get code.
        string name = string.Empty;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            name = Chance(0.6) ? Pick(HostileNames) : RandomString(_random.Next(1, 9));
            if (!_usedNames.Contains(name))
            {
                break;
            }
        }

        _usedNames.Add(name);
        return name;
    }

    /// <summary>Free text (descriptions, metadata): empty, a hostile name, or random characters.</summary>
    private string Text() => _random.Next(0, 4) switch
    {
        0 => string.Empty,
        1 => Pick(HostileNames),
        2 => "Text with <tags> & \"quotes\"\nand a second line",
        _ => RandomString(_random.Next(0, 20)),
    };

    private string RandomString(int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(Chance(0.8) ? AsciiChars[_random.Next(AsciiChars.Length)].ToString() : Pick(OtherChars));
        }

        return builder.ToString();
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private enum Role
    {
        Input,
        Output,
        State,
    }

    private sealed record RandomFeature(Role Role, string Name, FeatureType Type, string Description);
}
