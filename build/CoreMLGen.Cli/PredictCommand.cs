using System;
using System.Collections.Generic;
using System.IO;

namespace CoreMLGen.Cli;

/// <summary>What <c>coremlgen predict</c> was asked to do.</summary>
/// <param name="ModelPath">The .mlmodel file or .mlpackage folder.</param>
/// <param name="Inputs">The <c>NAME=VALUE</c> arguments.</param>
/// <param name="OutputDirectory">Where the output files go.</param>
internal sealed record PredictRequest(string ModelPath, IReadOnlyList<string> Inputs, string OutputDirectory);

/// <summary>
/// <c>coremlgen predict MODEL --input NAME=VALUE … --output-dir DIR</c>: runs one prediction with the managed
/// evaluator and writes each output to a file (golden vectors to compare with <c>coremlgen compare</c>).
/// </summary>
internal static class PredictCommand
{
    public static int Run(PredictRequest request, TextWriter output, TextWriter error) =>
        Run(request, EvaluatorPredictor.Load, output, error);

    /// <summary>Runs with any loader (tests pass a stand-in for the evaluator).</summary>
    public static int Run(PredictRequest request, Func<string, IPredictor> load, TextWriter output, TextWriter error)
    {
        string model = request.ModelPath;
        try
        {
            if (!File.Exists(model) && !Directory.Exists(model))
            {
                throw new CliUsageException("model not found: " + model);
            }

            IPredictor predictor;
            try
            {
                predictor = load(model);
            }
            catch (CoreMLException exception)
            {
                // ModelLoadException, or any other refusal of the model by the evaluator.
                error.WriteLine(model + ": error: " + WithoutFileName(exception.Message, model));
                return ExitCodes.ModelError;
            }

            var notes = new List<string>();
            var inputs = PredictInputs.Parse(request.Inputs, predictor.Inputs, notes);
            IFeatureProvider result;
            try
            {
                result = predictor.Predict(new DictionaryFeatureProvider(inputs));
            }
            catch (CoreMLException exception)
            {
                // Missing features, wrong kinds or shapes: the inputs do not fit the model.
                throw new CliUsageException("the model refused the inputs: " + exception.Message);
            }

            foreach (string note in notes)
            {
                output.WriteLine("input  " + note);
            }

            foreach (string line in PredictOutputs.Write(result, predictor.Outputs, request.OutputDirectory))
            {
                output.WriteLine("output " + line);
            }

            return ExitCodes.Success;
        }
        catch (CliUsageException exception)
        {
            error.WriteLine(model + ": error: " + exception.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(model + ": error: " + exception.Message);
            return ExitCodes.UsageError;
        }
    }

    // The evaluator starts its messages with the model's file name; the line already starts with the path.
    private static string WithoutFileName(string message, string model)
    {
        string prefix = Path.GetFileName(model.TrimEnd('/', '\\')) + ": ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message.Substring(prefix.Length) : message;
    }
}
