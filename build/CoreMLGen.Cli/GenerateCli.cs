using System.CommandLine;
using System.IO;

namespace CoreMLGen.Cli;

/// <summary>The <c>generate</c> command's arguments and options.</summary>
internal static class GenerateCli
{
    public static Command Create(Argument<string> modelArgument, TextWriter output, TextWriter error)
    {
        var outputOption = new Option<string>("--output", "-o") { Description = "Folder for the generated files (default: the current folder)." };
        var namespaceOption = new Option<string>("--namespace", "-n") { Description = "Namespace of the generated types, as the item's Namespace metadata (default: --root-namespace)." };
        var rootNamespaceOption = new Option<string>("--root-namespace") { Description = "The project's RootNamespace, used when --namespace is not given (default: none, the global namespace)." };
        var classOption = new Option<string>("--class-name") { Description = "Name of the model class, as the item's ClassName metadata (default: from the file name)." };
        var accessOption = new Option<string>("--access") { Description = "public (default) or internal." };
        var relativePathOption = new Option<string>("--relative-path") { Description = "The model's path in the project, e.g. Models/Foo.mlmodel (default: its file name): names the files and the embedded spec resource as the build does." };
        var logicalNameOption = new Option<string>("--logical-name") { Description = "The item's LogicalName metadata: the compiled model's name in an Apple app bundle (default: from the path)." };
        var appleOption = new Option<bool>("--apple") { Description = "Write the Apple (Core ML) backend, as the build does when the project targets iOS, tvOS, Mac Catalyst or macOS." };
        var evaluatorOption = new Option<bool>("--evaluator") { Description = "Write the managed-evaluator backend, as the build does when the project references CoreMLGen.Evaluator." };
        var generate = new Command("generate", "Write the C# the build's source generator writes for the model (exit 0; 1 when the model cannot be read or has errors; 2 for a bad command line or a file-name clash in the output folder).")
        {
            modelArgument, outputOption, namespaceOption, rootNamespaceOption, classOption, accessOption, relativePathOption, logicalNameOption, appleOption, evaluatorOption,
        };
        generate.SetAction(result => GenerateCommand.Run(
            new GenerateRequest(
                result.GetValue(modelArgument)!,
                result.GetValue(outputOption) ?? Directory.GetCurrentDirectory(),
                result.GetValue(namespaceOption) ?? string.Empty,
                result.GetValue(classOption) ?? string.Empty,
                result.GetValue(accessOption) ?? string.Empty,
                result.GetValue(appleOption),
                result.GetValue(evaluatorOption),
                result.GetValue(relativePathOption) ?? string.Empty,
                result.GetValue(logicalNameOption) ?? string.Empty,
                result.GetValue(rootNamespaceOption) ?? string.Empty),
            output,
            error));
        return generate;
    }
}
