using System;
using System.CommandLine;
using System.IO;
using CoreMLGen.Build.Tasks;

namespace CoreMLGen.Cli;

/// <summary>Entry point: <c>coremlgen inspect | descriptor | generate | predict | compare | convert</c>.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected failure, print the exception's details after the error line.", Recursive = true };
        var modelArgument = new Argument<string>("model") { Description = "A .mlmodel file or .mlpackage folder." };

        var inspectArgument = new Argument<string>("model") { Description = "A .mlmodel file, .mlpackage folder or madmom .pkl network." };
        var inspect = new Command("inspect", "Print the model's interface: kind, metadata, inputs, outputs, states, recurrent state pairs and custom layers; for a madmom .pkl network, its layers before conversion.") { inspectArgument };
        inspect.SetAction(result => PickleConversion.IsPickle(result.GetValue(inspectArgument)!)
            ? PickleInspectCommand.Run(result.GetValue(inspectArgument)!, output, error)
            : InspectCommand.Run(result.GetValue(inspectArgument)!, output, error));

        var descriptor = new Command("descriptor", "Print the text descriptor the build writes for the model.") { modelArgument };
        descriptor.SetAction(result => DescriptorCommand.Run(result.GetValue(modelArgument)!, output, error));

        Command generate = GenerateCli.Create(modelArgument, output, error);
        Command predict = PredictCli.Create(modelArgument, output, error);
        Command compare = CompareCli.Create(output, error);
        Command convert = ConvertCli.Create(output, error);

        var root = new RootCommand("CoreMLGen: typed C# for Core ML models.") { inspect, descriptor, generate, predict, compare, convert };
        root.Options.Add(verbose);
        ParseResult parsed = root.Parse(args);
        int exitCode;
        try
        {
            exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException exception)
        {
            error.WriteLine("error: " + OneLine(exception.Message));
            return ExitCodes.UsageError;
        }
        catch (Exception exception)
        {
            // Whatever a command did not expect: one line, never a stack trace unless asked for.
            error.WriteLine("error: " + OneLine(exception.Message) + " (" + exception.GetType().Name + (parsed.GetValue(verbose) ? ")" : "; --verbose shows the details)"));
            if (parsed.GetValue(verbose))
            {
                error.WriteLine(exception.ToString());
            }

            return ExitCodes.UnexpectedFailure;
        }

        // A bad command line is 2 for every command (1 means the model or the values are wrong).
        return parsed.Errors.Count > 0 ? ExitCodes.UsageError : exitCode;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
