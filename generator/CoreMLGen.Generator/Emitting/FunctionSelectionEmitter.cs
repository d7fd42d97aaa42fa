using System.Linq;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// Emits function selection for a multi-function model: the portable <c>FooFunction</c> enum and name lookup, on
/// Apple a configuration, constructor, <c>Load</c> and <c>LoadAsync</c> that load one function (default: the model's
/// default), and with the managed evaluator <c>Load(FooFunction, EvaluatorOptions?)</c>.
/// </summary>
internal static class FunctionSelectionEmitter
{
    private const string Configuration = "global::CoreML.MLModelConfiguration";

    /// <summary>The enum of the model's functions (portable).</summary>
    public static void FunctionEnum(SourceWriter writer, ModelSpec spec, string toolVersion)
    {
        writer.Summary("The functions of " + spec.Target.DisplayName + "; load one with " + spec.Target.DisplayName + ".LoadAsync(" + spec.FunctionEnumName + ", ...) on Apple.");
        EmitterCommon.GeneratedCodeAttribute(writer, toolVersion);
        writer.Open(EmitterCommon.Access(spec) + " enum " + spec.FunctionEnumName);
        for (int i = 0; i < spec.Interfaces.Count; i++)
        {
            InterfaceSpec api = spec.Interfaces[i];
            if (i > 0)
            {
                writer.Line();
            }

            writer.Summary("The function '" + api.FunctionName + "'" + (api.IsDefault ? " (the default)" : string.Empty) + ": " + api.InputClassName + " → " + api.OutputClassName + ".");
            writer.Line(api.FunctionMember + ",");
        }

        writer.Close();
    }

    /// <summary>The default function and the name of each (portable members of the model class).</summary>
    public static void ModelConstants(SourceWriter writer, ModelSpec spec)
    {
        InterfaceSpec main = spec.DefaultInterface;
        writer.Summary("The function predictions use unless the model is loaded with another.");
        writer.Line("public const " + spec.FunctionEnumName + " DefaultFunction = " + spec.FunctionEnumName + "." + main.FunctionMember + ";");
        writer.Line();
        writer.Summary("The Core ML name of a function (what MLModelConfiguration.FunctionName takes).");
        writer.Line("/// <param name=\"function\">The function.</param>");
        writer.Line("/// <returns>Its name in the model.</returns>");
        writer.Line("public static string GetFunctionName(" + spec.FunctionEnumName + " function) => function switch");
        writer.Line("{");
        foreach (InterfaceSpec api in spec.Interfaces)
        {
            writer.Line("    " + spec.FunctionEnumName + "." + api.FunctionMember + " => " + CSharpLiterals.String(api.FunctionName) + ",");
        }

        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(function)),");
        writer.Line("};");
        writer.Line();
    }

    /// <summary>Loading one function (Apple members of the model class).</summary>
    public static void AppleMembers(SourceWriter writer, ModelSpec spec)
    {
        string name = spec.Target.ClassName, functions = spec.FunctionEnumName;
        writer.Summary("A configuration that loads one function: a copy of the given configuration (or a new one) with FunctionName set.");
        writer.Line("/// <param name=\"function\">The function to load.</param>");
        writer.Line("/// <param name=\"configuration\">Settings to start from (not changed), or null.</param>");
        writer.Line("/// <returns>The configuration.</returns>");
        writer.Open("public static " + Configuration + " CreateConfiguration(" + functions + " function, " + Configuration + "? configuration = null)");
        writer.Line("var result = configuration is null ? new " + Configuration + "() : (" + Configuration + ")configuration.Copy();");
        writer.Line("result.FunctionName = GetFunctionName(function);");
        writer.Line("return result;");
        writer.Close();
        writer.Line();

        writer.Summary("Loads one function of the model from the app bundle.");
        writer.Line("/// <param name=\"function\">The function; its Input and Output classes are the ones to use.</param>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">Loading failed; NativeError holds the NSError.</exception>");
        writer.Line("public " + name + "(" + functions + " function) : this(CreateConfiguration(function))");
        writer.Line("{");
        writer.Line("}");
        writer.Line();

        writer.Summary("Loads one function of the model from the app bundle.");
        writer.Line("/// <param name=\"function\">The function; its Input and Output classes are the ones to use.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">Loading failed; NativeError holds the NSError.</exception>");
        writer.Line("public static " + name + " Load(" + functions + " function) => new " + name + "(CreateConfiguration(function));");
        writer.Line();

        writer.Summary("Loads one function of the model from the app bundle asynchronously.");
        writer.Line("/// <param name=\"function\">The function; its Input and Output classes are the ones to use.</param>");
        writer.Line("/// <param name=\"configuration\">Settings to start from (not changed), or null.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">Loading failed; NativeError holds the NSError.</exception>");
        writer.Line("public static global::System.Threading.Tasks.Task<" + name + "> LoadAsync(" + functions + " function, " + Configuration + "? configuration = null)");
        writer.Line("    => LoadAsync(CreateConfiguration(function, configuration));");
        writer.Line();

        writer.Summary("The function this instance runs: the configuration's FunctionName, or the default function when none was set.");
        writer.Line("public " + functions + " Function => Model.Configuration.FunctionName switch");
        writer.Line("{");
        foreach (InterfaceSpec api in spec.Interfaces.Where(a => !a.IsDefault))
        {
            writer.Line("    " + CSharpLiterals.String(api.FunctionName) + " => " + functions + "." + api.FunctionMember + ",");
        }

        writer.Line("    _ => DefaultFunction,");
        writer.Line("};");
        writer.Line();
    }

    /// <summary>Loading one function with the managed evaluator (members of the model class's evaluator backend).</summary>
    public static void EvaluatorMembers(SourceWriter writer, ModelSpec spec, string optionsType)
    {
        string name = spec.Target.ClassName;
        writer.Summary("Loads one function of the model with the managed evaluator from the spec the build embedded in this assembly.");
        writer.Line("/// <param name=\"function\">The function; its Input and Output classes are the ones to use.</param>");
        writer.Line("/// <param name=\"options\">Evaluator options, or null for the defaults; its FunctionName is set to the function's.</param>");
        writer.Line("/// <returns>The loaded model.</returns>");
        writer.Line("/// <exception cref=\"global::CoreMLGen.CoreMLException\">The spec cannot be read or was not embedded, or the model uses something the evaluator does not support.</exception>");
        writer.Open("public static " + name + " Load(" + spec.FunctionEnumName + " function, " + optionsType + "? options = null)");
        writer.Line("options ??= new " + optionsType + "();");
        writer.Line("options.FunctionName = GetFunctionName(function);");
        writer.Line("return Load(options);");
        writer.Close();
        writer.Line();
    }
}
