using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Build.Tasks;
using CoreMLGen.Spec.Reading;

namespace CoreMLGen.Cli;

/// <summary>What <c>coremlgen convert</c> was asked for.</summary>
/// <param name="Inputs">The madmom pickles.</param>
/// <param name="Output">The .mlmodel file or .mlpackage folder to write.</param>
/// <param name="Ensemble">How several networks combine (<c>average</c>), or null for one network.</param>
internal sealed record ConvertRequest(IReadOnlyList<string> Inputs, string Output, string? Ensemble);

/// <summary>
/// <c>coremlgen convert IN... -o OUT.mlmodel|OUT.mlpackage [--ensemble average]</c>: the build's own conversion of
/// <c>.pkl</c> items (<see cref="PickleConversion"/>: same reader, converter, checks and CMLG2030 errors; ensemble members
/// in the same ordinal order of their full paths), written atomically: the previous output stays whole on failure.
/// </summary>
internal static class ConvertCommand
{
    public const string Average = "average";
    private const string ModelExtension = ".mlmodel";
    private const string PackageExtension = ".mlpackage";

    public static int Run(ConvertRequest request, TextWriter output, TextWriter error)
    {
        Validate(request);
        string target = Path.GetFullPath(request.Output.TrimEnd('/', '\\'));
        string[] inputs = request.Inputs.Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        ModelReadResult? result = PickleConversion.Convert(inputs, target, (file, message) => error.WriteLine(file + ": error " + TaskErrorCodes.PickleConversionFailed + ": " + message));
        if (result is null)
        {
            return ExitCodes.ModelError;
        }

        ModelLoader.Report(result.Warnings, "warning", error);
        if (!result.Succeeded)
        {
            ModelLoader.Report(result.Errors, "error", error);
            return ExitCodes.ModelError;
        }

        try
        {
            if (IsPackage(target))
            {
                ModelPackageWriter.Write(target, result.SpecBytes!, Path.GetFileName(target));
            }
            else
            {
                AtomicFile.WriteAllBytes(target, result.SpecBytes!);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliUsageException("cannot write '" + target + "': " + exception.Message + " Nothing was changed there.");
        }

        output.WriteLine(target);
        return ExitCodes.Success;
    }

    private static void Validate(ConvertRequest request)
    {
        if (request.Ensemble is { } ensemble && ensemble != Average)
        {
            throw new CliUsageException("--ensemble " + ensemble + " is not a way to combine networks; the one there is: --ensemble " + Average + ".");
        }

        if (request.Inputs.Count > 1 && request.Ensemble is null)
        {
            throw new CliUsageException(request.Inputs.Count + " networks given: add --ensemble " + Average + " to average them into one model, or convert them one at a time.");
        }

        if (request.Inputs.FirstOrDefault(i => !PickleConversion.IsPickle(i)) is { } other)
        {
            throw new CliUsageException("'" + other + "' is not a madmom .pkl network; convert reads only those.");
        }

        if (!request.Output.EndsWith(ModelExtension, StringComparison.OrdinalIgnoreCase) && !IsPackage(request.Output))
        {
            throw new CliUsageException("-o '" + request.Output + "' must end in " + ModelExtension + " (a spec file) or " + PackageExtension + " (a package folder).");
        }
    }

    private static bool IsPackage(string path) => path.TrimEnd('/', '\\').EndsWith(PackageExtension, StringComparison.OrdinalIgnoreCase);
}
