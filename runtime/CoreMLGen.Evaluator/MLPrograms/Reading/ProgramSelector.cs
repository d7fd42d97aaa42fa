using System.Linq;
using CoreML.Specification.MILSpec;

namespace CoreMLGen.Evaluation.MLPrograms.Reading;

/// <summary>The function a prediction runs and the block specialised for its opset.</summary>
internal sealed record SelectedFunction(string Name, Function Function, Block Block, string Opset);

/// <summary>Chooses a program's function (by name, <c>main</c> by default) and its block for the function's opset.</summary>
internal static class ProgramSelector
{
    public const string DefaultFunction = "main";

    public static SelectedFunction Select(Program program, string? functionName, string where)
    {
        string wanted = string.IsNullOrEmpty(functionName) ? DefaultFunction : functionName!;
        if (!program.Functions.TryGetValue(wanted, out Function? function))
        {
            string known = program.Functions.Count == 0 ? "none" : string.Join(", ", program.Functions.Keys.OrderBy(k => k, System.StringComparer.Ordinal).Select(k => "'" + k + "'"));
            throw new ModelLoadException(where + ": the ML Program has no function '" + wanted + "' (its functions: " + known + ").");
        }

        string location = where + ", function '" + wanted + "'";
        if (function.BlockSpecializations.TryGetValue(function.Opset, out Block? block))
        {
            return new SelectedFunction(wanted, function, block, function.Opset);
        }

        if (function.BlockSpecializations.Count == 1)
        {
            var only = function.BlockSpecializations.Single();
            return new SelectedFunction(wanted, function, only.Value, only.Key);
        }

        throw new ModelLoadException(location + ": no block is specialised for its opset '" + function.Opset + "' (blocks: "
            + string.Join(", ", function.BlockSpecializations.Keys.OrderBy(k => k, System.StringComparer.Ordinal)) + ").");
    }
}
