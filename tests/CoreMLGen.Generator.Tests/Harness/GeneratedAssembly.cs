using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Shouldly;

namespace CoreMLGen.Generator.Tests.Harness;

/// <summary>Runs generated code: emits a run's compilation (generated code plus app code) and calls into it.</summary>
public static class GeneratedAssembly
{
    public static Assembly Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        EmitResult result = run.OutputCompilation.Emit(stream);
        result.Success.ShouldBeTrue(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        // Each byte-array load gets its own load context, so every test can emit an assembly of the same name.
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>Calls a public static method without parameters and returns its result.</summary>
    public static object? Call(Assembly assembly, string typeName, string methodName)
    {
        Type type = assembly.GetType(typeName) ?? throw new InvalidOperationException(typeName + " is not in the generated assembly.");
        MethodInfo method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes) ?? throw new InvalidOperationException(typeName + "." + methodName + " does not exist.");
        try
        {
            return method.Invoke(null, null);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}
