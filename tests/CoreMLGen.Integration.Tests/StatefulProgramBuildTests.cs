using System;
using System.Globalization;
using System.Linq;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Testing.Models;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// A stateful ML Program (a running sum: read_state, add, coreml_update_state) as a CoreMLModel item of a project built
/// on the packed packages with CoreMLGen.Evaluator: the generated <c>Accumulator.Load()</c> reads the embedded spec,
/// and <c>MakeState()</c> / <c>Predict(input, state)</c> carry the sum from call to call.
/// </summary>
public class StatefulProgramBuildTests
{
    private static readonly float[][] Rows =
    {
        new float[] { 1, 2, 3, 4 },
        new float[] { 0.5f, -1, 0, 2 },
        new float[] { -3, 0.25f, 1, 1.5f },
    };

    // Prints each call's total (round-trip format), a fresh state's first "previous", and the stateless call's error.
    private static string Program => """
        using System;
        using System.Globalization;
        using CoreMLGen;
        using IntegrationApp;

        string Text(MultiArray<float> array) => string.Join(" ", Array.ConvertAll(array.ToArray(), v => v.ToString("R", CultureInfo.InvariantCulture)));
        AccumulatorInput Input(float[] x) => new AccumulatorInput(MultiArray<float>.Wrap(x, 1, 4));

        Accumulator model = Accumulator.Load();
        AccumulatorState state = model.MakeState();
        """
        + string.Concat(Rows.Select(row => Environment.NewLine + "Console.WriteLine(\"total \" + Text(model.Predict(Input(new float[] { "
            + string.Join(", ", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture) + "f")) + " }), state).Total));"))
        + """

        Console.WriteLine("fresh " + Text(model.Predict(Input(new float[4]), model.MakeState()).Previous));
        try
        {
            model.Predict(Input(new float[4]));
        }
        catch (CoreMLException exception)
        {
            Console.WriteLine("stateless: " + exception.Message);
        }
        """;

    [Fact]
    public void The_generated_class_of_a_stateful_program_accumulates_from_the_embedded_spec()
    {
        string items = """<CoreMLModel Include="Models/Accumulator.mlpackage" />""" + Environment.NewLine
            + $"""<PackageReference Include="CoreMLGen.Evaluator" Version="{PackedPackage.Instance.Version}" />""";
        using TemporaryProject project = TemporaryProject.Create(items, Program);
        new PackageBuilder().Spec(StatefulModels.Accumulator()).WriteTo(project.FullPath("Models/Accumulator.mlpackage"));

        (DotnetBuild.Result build, BuildLog log) = project.Build();
        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        DotnetBuild.Result run = project.RunApp();

        run.ExitCode.ShouldBe(0, run.Output);
        string[] lines = run.Output.Split('\n').Select(l => l.Trim()).ToArray();
        double[][] totals = lines.Where(l => l.StartsWith("total ", StringComparison.Ordinal))
            .Select(l => l.Substring("total ".Length).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        totals.Length.ShouldBe(Rows.Length, run.Output);
        var running = new double[StatefulModels.AccumulatorWidth];
        for (int call = 0; call < Rows.Length; call++)
        {
            for (int i = 0; i < running.Length; i++)
            {
                running[i] += Rows[call][i];
                Math.Abs(totals[call][i] - running[i]).ShouldBeLessThanOrEqualTo(1e-6, "call " + call + ", element " + i);
            }
        }

        lines.ShouldContain("fresh 0 0 0 0", run.Output);
        lines.ShouldContain(l => l.StartsWith("stateless: ", StringComparison.Ordinal) && l.Contains("keeps state (acc)") && l.Contains("MakeState()"), run.Output);
    }
}
