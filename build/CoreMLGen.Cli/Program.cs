using System;
using System.CommandLine;
using System.IO;

namespace CoreMLGen.Cli;

/// <summary>Entry point: <c>coremlgen inspect | descriptor | generate | predict | compare</c>.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var modelArgument = new Argument<string>("model") { Description = "A .mlmodel file or .mlpackage folder." };

        var inspect = new Command("inspect", "Print the model's interface: kind, metadata, inputs, outputs, states, recurrent state pairs and custom layers.") { modelArgument };
        inspect.SetAction(result => InspectCommand.Run(result.GetValue(modelArgument)!, output, error));

        var descriptor = new Command("descriptor", "Print the text descriptor the build writes for the model.") { modelArgument };
        descriptor.SetAction(result => DescriptorCommand.Run(result.GetValue(modelArgument)!, output, error));

        var outputOption = new Option<string>("--output", "-o") { Description = "Folder for the generated files (default: the current folder)." };
        var namespaceOption = new Option<string>("--namespace", "-n") { Description = "Namespace of the generated types (default: the global namespace)." };
        var classOption = new Option<string>("--class-name") { Description = "Name of the model class (default: from the file name)." };
        var accessOption = new Option<string>("--access") { Description = "public (default) or internal." };
        var appleOption = new Option<bool>("--apple") { Description = "Also write the Apple layer (as the build does when the project targets iOS or macOS)." };
        var evaluatorOption = new Option<bool>("--evaluator") { Description = "Write the managed-evaluator backend (as the build does when the project references CoreMLGen.Evaluator)." };
        var generate = new Command("generate", "Write the C# the build's source generator writes for the model.")
        {
            modelArgument, outputOption, namespaceOption, classOption, accessOption, appleOption, evaluatorOption,
        };
        generate.SetAction(result => GenerateCommand.Run(
            new GenerateRequest(
                result.GetValue(modelArgument)!,
                result.GetValue(outputOption) ?? Directory.GetCurrentDirectory(),
                result.GetValue(namespaceOption) ?? string.Empty,
                result.GetValue(classOption) ?? string.Empty,
                result.GetValue(accessOption) ?? string.Empty,
                result.GetValue(appleOption),
                result.GetValue(evaluatorOption)),
            output,
            error));

        Command predict = PredictCli.Create(modelArgument, output, error);
        Command compare = CompareCli.Create(output, error);

        var root = new RootCommand("CoreMLGen: typed C# for Core ML models.") { inspect, descriptor, generate, predict, compare };
        ParseResult parsed = root.Parse(args);
        int exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // predict and compare keep exit code 1 for "the model or the values are wrong"; a bad command line is 2.
        bool golden = parsed.CommandResult.Command == predict || parsed.CommandResult.Command == compare;
        return golden && parsed.Errors.Count > 0 ? ExitCodes.UsageError : exitCode;
    }
}
