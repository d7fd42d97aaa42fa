using System.Collections.Generic;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// The typed buffer accessors of a stateful ML Program's state class, the same on both backends:
/// <c>With&lt;State&gt;(Action&lt;MultiArray&lt;T&gt;&gt;)</c> and <c>With&lt;State&gt;&lt;TResult&gt;(Func&lt;...&gt;)</c>. Only the
/// bodies differ: Core ML lends the buffer inside a callback, the evaluator holds it.
/// </summary>
internal static class StateBufferAccessorEmitter
{
    /// <summary>Emits the two accessors of one buffer; the bodies follow the argument check.</summary>
    /// <param name="actionBody">Lines that run <c>body</c> on the buffer.</param>
    /// <param name="funcBody">Lines that run <c>body</c> on the buffer and return its result.</param>
    public static void Emit(SourceWriter writer, StateBufferSpec state, IEnumerable<string> actionBody, IEnumerable<string> funcBody)
    {
        string array = state.ArrayType;
        string what = XmlDoc.Escape(state.Summary);
        writer.Line();
        writer.Summary("Runs code on the " + state.Name + " buffer, viewed without copying. The view is valid only inside the code.");
        writer.Line("/// <param name=\"body\">Reads or writes the buffer: " + what + ".</param>");
        writer.Open("public void With" + state.PropertyName + "(global::System.Action<" + array + "> body)");
        NullCheck(writer);
        Lines(writer, actionBody);
        writer.Close();
        writer.Line();
        writer.Summary("Computes a value from the " + state.Name + " buffer, viewed without copying. The view is valid only inside the code.");
        writer.Line("/// <typeparam name=\"TResult\">The type of the value.</typeparam>");
        writer.Line("/// <param name=\"body\">Reads the buffer: " + what + ".</param>");
        writer.Line("/// <returns>What the code returns.</returns>");
        writer.Open("public TResult With" + state.PropertyName + "<TResult>(global::System.Func<" + array + ", TResult> body)");
        NullCheck(writer);
        Lines(writer, funcBody);
        writer.Close();
    }

    private static void NullCheck(SourceWriter writer)
    {
        writer.Open("if (body is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(body));");
        writer.Close();
        writer.Line();
    }

    private static void Lines(SourceWriter writer, IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            writer.Line(line);
        }
    }
}
