using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace CoreMLGen.Generator.Tests.Fuzzing;

/// <summary>
/// The generator's half of the fuzz run: every descriptor the writer produced from a damaged model yields code that
/// compiles on the portable-with-evaluator and Apple targets, or an error diagnostic on that model and no code; the
/// generator never fails internally (CMLG1007) and never throws into the compiler (CS8784/CS8785).
/// </summary>
public static class FuzzGeneratorCheck
{
    private const int BatchSize = 40;

    private static readonly string[] s_forbidden = { "CMLG1001", "CMLG1002", "CMLG1007", "CS8784", "CS8785" };

    public static void Check(IReadOnlyList<FuzzModel> models, List<string> failures)
    {
        for (int start = 0; start < models.Count; start += BatchSize)
        {
            List<FuzzModel> batch = models.Skip(start).Take(BatchSize).ToList();
            var inputs = batch.Select(model => new ModelInput(model.RelativePath, model.Descriptor, Namespace: "Fuzz." + model.CaseName)).ToList();
            foreach (TargetKind target in new[] { TargetKind.PortableWithEvaluator, TargetKind.Apple })
            {
                GeneratorRun run;
                try
                {
                    run = GeneratorHarness.Run(target, "FuzzApp", inputs);
                }
                catch (Exception exception)
                {
                    failures.Add(target + ": the generator driver threw on the batch starting at " + batch[0].CaseName + ": " + exception);
                    continue;
                }

                IReadOnlyList<Diagnostic> problems = run.CompilationProblems;
                foreach (FuzzModel model in batch)
                {
                    CheckModel(model, target, run, problems, failures);
                }
            }
        }
    }

    private static void CheckModel(FuzzModel model, TargetKind target, GeneratorRun run, IReadOnlyList<Diagnostic> problems, List<string> failures)
    {
        string folder = "/" + model.CaseName + "/";
        string hintPrefix = model.CaseName + ".";
        List<Diagnostic> diagnostics = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path?.Contains(folder, StringComparison.Ordinal) == true).ToList();
        List<string> sources = run.Sources.Keys.Where(hint => hint.StartsWith(hintPrefix, StringComparison.Ordinal)).ToList();
        string header = model.CaseName + " (" + model.Mutation + "), generator " + target + ": ";

        foreach (Diagnostic diagnostic in diagnostics.Where(d => s_forbidden.Contains(d.Id)))
        {
            failures.Add(header + "forbidden diagnostic " + diagnostic + "\n" + model.Descriptor);
        }

        bool refused = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (refused && sources.Count > 0)
        {
            failures.Add(header + "an error diagnostic, but code was generated anyway");
        }
        else if (!refused && sources.Count == 0)
        {
            failures.Add(header + "neither code nor an error diagnostic");
        }

        foreach (Diagnostic problem in problems.Where(p => p.Location.SourceTree is { } tree && Path.GetFileName(tree.FilePath).StartsWith(hintPrefix, StringComparison.Ordinal)).Take(5))
        {
            failures.Add(header + "generated code does not compile cleanly: " + problem + "\n" + model.Descriptor);
        }
    }
}
