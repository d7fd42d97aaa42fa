using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace CoreMLGen.Integration.Tests;

/// <summary>Runs the dotnet CLI on a temporary project, in English, without node reuse (no task DLL left locked).</summary>
public static class DotnetBuild
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>A dotnet command that runs MSBuild (build, pack, clean, msbuild): adds -nr:false and -nologo.</summary>
    public static Result Run(string workingDirectory, params string[] arguments)
        => Exec(workingDirectory, arguments.Concat(new[] { "-nr:false", "-nologo", "-clp:NoSummary" }).ToArray());

    /// <summary>Any dotnet command (e.g. <c>dotnet App.dll</c>), as given.</summary>
    public static Result Exec(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host sets MSBuild variables that would point the child build at the test's own MSBuild.
        foreach (string key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 5 minutes:\n" + output);
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
