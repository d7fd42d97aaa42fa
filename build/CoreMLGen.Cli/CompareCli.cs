using System.CommandLine;
using System.IO;

namespace CoreMLGen.Cli;

/// <summary>The <c>compare</c> command's arguments and options.</summary>
internal static class CompareCli
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var expectedArgument = new Argument<string>("expected") { Description = "The reference .npy file (e.g. what Core ML or the original framework produced)." };
        var actualArgument = new Argument<string>("actual") { Description = "The .npy file to check (e.g. what predict wrote)." };
        var atolOption = new Option<double>("--atol")
        {
            Description = "Absolute tolerance.",
            DefaultValueFactory = _ => CompareRequest.DefaultAtol,
        };
        var rtolOption = new Option<double>("--rtol")
        {
            Description = "Relative tolerance; an element passes when |actual - expected| <= atol + rtol * |expected|.",
            DefaultValueFactory = _ => CompareRequest.DefaultRtol,
        };
        var compare = new Command("compare", "Compare two .npy files: max abs diff, mean relative error, SNR (exit 0 when close, 1 when not, 2 on file, shape or dtype problems).")
        {
            expectedArgument, actualArgument, atolOption, rtolOption,
        };
        compare.SetAction(result => CompareCommand.Run(
            new CompareRequest(result.GetValue(expectedArgument)!, result.GetValue(actualArgument)!, result.GetValue(atolOption), result.GetValue(rtolOption)),
            output,
            error));
        return compare;
    }
}
