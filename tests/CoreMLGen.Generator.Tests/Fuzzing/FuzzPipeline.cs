using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>How far the damaged models got: a run where nothing loads tests little.</summary>
public sealed class FuzzStats
{
    public int Read { get; set; }

    public int Loaded { get; set; }

    public int Predicted { get; set; }

    public override string ToString() => Read + " read, " + Loaded + " loaded by the evaluator, " + Predicted + " predicted";
}

/// <summary>One damaged model that the reader accepted, on its way to the generator.</summary>
public sealed record FuzzModel(string CaseName, string Mutation, string RelativePath, string Descriptor);

/// <summary>
/// Runs one damaged model through everything that reads a model: the reader and descriptor writer (the build's path),
/// then the evaluator's load and a prediction on inputs of the declared shapes. Each stage may refuse the model, but
/// only in the documented way: reader errors other than the internal one, <see cref="ModelLoadException"/> at load,
/// and the three feature exceptions at predict. Anything else is recorded as a failure.
/// </summary>
public static class FuzzPipeline
{
    // The test builds the inputs: a model declaring a bigger one is left to the evaluator's load-time checks only.
    private const long MaxInputElements = 1 << 20;

    public static FuzzModel? Run(string caseName, string mutation, byte[] spec, List<string> failures, FuzzStats? stats = null)
    {
        stats ??= new FuzzStats();
        string relativePath = caseName + "/Model.mlmodel";
        FuzzModel? readable = Read(caseName, mutation, relativePath, () => ModelReader.ReadSpec(spec, relativePath), failures);
        stats.Read += readable is null ? 0 : 1;
        Evaluate(caseName, mutation, () => ModelEvaluator.Load(spec, caseName), failures, stats);
        return readable;
    }

    /// <summary>
    /// The same for a package already written to <paramref name="packagePath"/> (an ML Program with its weight file):
    /// the reader reads the folder as the build does, the evaluator loads it as an app does.
    /// </summary>
    public static FuzzModel? RunPackage(string caseName, string mutation, string packagePath, List<string> failures, FuzzStats stats)
    {
        string relativePath = caseName + "/Model.mlpackage";
        FuzzModel? readable = Read(caseName, mutation, relativePath, () => ModelReader.Read(packagePath), failures);
        stats.Read += readable is null ? 0 : 1;
        Evaluate(caseName, mutation, () => ModelEvaluator.Load(packagePath), failures, stats);
        return readable;
    }

    private static FuzzModel? Read(string caseName, string mutation, string relativePath, Func<ModelReadResult> read, List<string> failures)
    {
        try
        {
            ModelReadResult result = read();
            foreach (ModelReadError error in result.Errors.Where(error => error.Code == ModelReadErrorCodes.InternalError))
            {
                failures.Add(Header(caseName, mutation, "reader") + "internal error " + error.Message);
            }

            return result.Interface is null ? null : new FuzzModel(caseName, mutation, relativePath, DescriptorWriter.Write(result.Interface));
        }
        catch (Exception exception)
        {
            failures.Add(Header(caseName, mutation, "reader") + Describe(exception));
            return null;
        }
    }

    private static void Evaluate(string caseName, string mutation, Func<ModelEvaluator> load, List<string> failures, FuzzStats stats)
    {
        ModelEvaluator evaluator;
        try
        {
            evaluator = load();
        }
        catch (ModelLoadException)
        {
            return;
        }
        catch (Exception exception)
        {
            failures.Add(Header(caseName, mutation, "evaluator load") + Describe(exception));
            return;
        }

        stats.Loaded++;
        Dictionary<string, FeatureValue>? inputs = Inputs(evaluator.Inputs);
        if (inputs is null)
        {
            return;
        }

        try
        {
            IFeatureProvider output = evaluator.Predict(new DictionaryFeatureProvider(inputs));
            foreach (FeatureInfo declared in evaluator.Outputs)
            {
                output.GetFeatureValue(declared.Name);
            }

            stats.Predicted++;
        }
        catch (Exception exception) when (exception is FeatureMissingException or FeatureTypeMismatchException or CoreMLException)
        {
            // Refused as documented, with a message naming the feature or layer.
        }
        catch (Exception exception)
        {
            failures.Add(Header(caseName, mutation, "evaluator predict") + Describe(exception));
        }
    }

    /// <summary>A value of each declared input's kind and shape, or null when the test cannot build one.</summary>
    private static Dictionary<string, FeatureValue>? Inputs(IReadOnlyList<FeatureInfo> declared)
    {
        var inputs = new Dictionary<string, FeatureValue>(StringComparer.Ordinal);
        foreach (FeatureInfo feature in declared)
        {
            FeatureValue? value = feature.Kind switch
            {
                FeatureKind.Int64 => FeatureValue.FromInt64(1),
                FeatureKind.Double => FeatureValue.FromDouble(0.5),
                FeatureKind.String => FeatureValue.FromString("text"),
                FeatureKind.Dictionary => FeatureValue.FromDictionary(new Dictionary<string, double> { ["a"] = 1 }),
                FeatureKind.Sequence => FeatureValue.FromSequence(new long[] { 1, 2 }),
                FeatureKind.MultiArray => Array(feature),
                _ => null,
            };
            if (value is null)
            {
                if (feature.IsOptional)
                {
                    continue;
                }

                return null;
            }

            inputs[feature.Name] = value;
        }

        return inputs;
    }

    private static FeatureValue? Array(FeatureInfo feature)
    {
        int[] shape = feature.Shape.Count == 0 ? new[] { 1 } : feature.Shape.Select(dimension => Math.Max(dimension, 1)).ToArray();
        long count = shape.Aggregate(1L, (product, dimension) => product * dimension);
        if (count > MaxInputElements)
        {
            return null;
        }

        var values = new float[count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (i % 7) * 0.25f - 0.5f;
        }

        return feature.DataType switch
        {
            MultiArrayDataType.Double => FeatureValue.FromMultiArray(MultiArray<double>.Wrap(values.Select(v => (double)v).ToArray(), shape)),
            MultiArrayDataType.Int32 => FeatureValue.FromMultiArray(MultiArray<int>.Wrap(values.Select(v => (int)(v * 4)).ToArray(), shape)),
            MultiArrayDataType.Float16 => FeatureValue.FromMultiArray(MultiArray<Half>.Wrap(values.Select(v => (Half)v).ToArray(), shape)),
            MultiArrayDataType.Int8 => FeatureValue.FromMultiArray(MultiArray<sbyte>.Wrap(values.Select(v => (sbyte)(v * 4)).ToArray(), shape)),
            _ => FeatureValue.FromMultiArray(MultiArray<float>.Wrap(values, shape)),
        };
    }

    private static string Header(string caseName, string mutation, string stage) => caseName + " (" + mutation + "), " + stage + ": ";

    private static string Describe(Exception exception) =>
        exception.GetType().FullName + ": " + exception.Message + "\n    " + string.Join("\n    ", (exception.StackTrace ?? "").Split('\n').Take(6).Select(line => line.Trim()));
}
