using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using CoreMLGen.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CoreMLGen.Perf;

/// <summary>
/// Runs PrepareCoreMLModels and WriteCoreMLModelDescriptors in this process on one model, as the build does, and
/// reports the time and the memory it took (managed allocations, and the process's peak working set).
/// </summary>
internal static class ConversionRun
{
    public static int Run(string model, string outputFolder)
    {
        var engine = new Engine();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var prepare = new PrepareCoreMLModels
        {
            BuildEngine = engine,
            Models = new ITaskItem[] { new TaskItem(Path.GetFullPath(model)) },
            ProjectDirectory = Path.GetDirectoryName(Path.GetFullPath(model))!,
            DescriptorDirectory = Path.GetFullPath(outputFolder),
        };
        bool ok = prepare.Execute() && new WriteCoreMLModelDescriptors { BuildEngine = engine, Models = prepare.PreparedModels }.Execute();
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(FormattableString.Invariant(
            $"model {new FileInfo(model).Length / 1048576.0:F1} MiB: converted in {watch.Elapsed.TotalSeconds:F2} s, allocated {allocated / 1048576.0:F1} MiB, peak working set {self.PeakWorkingSet64 / 1048576.0:F1} MiB"));
        return ok ? 0 : 1;
    }

    /// <summary>Prints errors; the tasks need nothing else from a build engine.</summary>
    private sealed class Engine : IBuildEngine
    {
        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "perf";

        public void LogErrorEvent(BuildErrorEventArgs e) => Console.Error.WriteLine("error " + e.Code + ": " + e.Message);

        public void LogWarningEvent(BuildWarningEventArgs e) => Console.Error.WriteLine("warning " + e.Code + ": " + e.Message);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}
