using System.CommandLine;
using System.IO;

namespace CoreMLGen.Cli;

/// <summary>The <c>predict</c> command's arguments and options.</summary>
internal static class PredictCli
{
    public static Command Create(Argument<string> modelArgument, TextWriter output, TextWriter error)
    {
        var inputOption = new Option<string[]>("--input", "-i")
        {
            Description = "An input as NAME=VALUE (repeat for each input): a .npy file for a multi-array (converted to the declared element type), "
                + "a number or one-element .npy for a double or int64, the text for a string, a .json file or inline JSON for a dictionary or sequence, "
                + "a [height, width, 3 or 4] or [height, width] .npy of 0-255 values for an RGB(A) or gray image.",
        };
        var outputDirectoryOption = new Option<string>("--output-dir", "-o")
        {
            Description = "Folder for the outputs: one .npy per multi-array, double or int64 output, one .json per string, dictionary or sequence output.",
            Required = true,
        };
        var predict = new Command("predict", "Run one prediction with the managed evaluator and write each output to a file (exit 0; 1 when the model cannot be loaded; 2 for bad inputs or files).")
        {
            modelArgument, inputOption, outputDirectoryOption,
        };
        predict.SetAction(result => PredictCommand.Run(
            new PredictRequest(result.GetValue(modelArgument)!, result.GetValue(inputOption) ?? System.Array.Empty<string>(), result.GetValue(outputDirectoryOption)!),
            output,
            error));
        return predict;
    }
}
