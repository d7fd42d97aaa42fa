using System.CommandLine;
using System.IO;

namespace CoreMLGen.Cli;

/// <summary>The <c>convert</c> command's arguments and options.</summary>
internal static class ConvertCli
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("networks") { Description = "madmom .pkl networks (several with --ensemble average).", Arity = ArgumentArity.OneOrMore };
        var outputOption = new Option<string>("--output", "-o") { Description = "The model to write: OUT.mlmodel (a spec file) or OUT.mlpackage (a package folder).", Required = true };
        var ensembleOption = new Option<string>("--ensemble") { Description = "How several networks become one model: average (their outputs are averaged per frame, as madmom's processors do)." };
        var convert = new Command("convert", "Convert madmom networks into a Core ML model, as the build converts .pkl items (exit 0; 1 when a network cannot be read or converted; 2 for a bad command line or an output that cannot be written).")
        {
            inputs, outputOption, ensembleOption,
        };
        convert.SetAction(result => ConvertCommand.Run(
            new ConvertRequest(result.GetValue(inputs)!, result.GetValue(outputOption)!, result.GetValue(ensembleOption)),
            output,
            error));
        return convert;
    }
}
