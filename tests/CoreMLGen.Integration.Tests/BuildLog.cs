using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Logging.StructuredLogger;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// What a binary build log (<c>-bl</c>) says, from its events (MSBuild.StructuredLogger's <c>BinLogReader</c>): which
/// targets ran, which were skipped and why (<see cref="TargetSkipReason"/>, never the localised text), messages,
/// warnings and errors.
/// </summary>
public sealed class BuildLog
{
    private BuildLog(List<BuildEventArgs> events)
    {
        Events = events;
    }

    public IReadOnlyList<BuildEventArgs> Events { get; }

    public static BuildLog Read(string path)
    {
        var events = new List<BuildEventArgs>();
        var reader = new BinLogReader();
        reader.AnyEventRaised += (_, e) => events.Add(e);
        reader.Replay(path);
        return new BuildLog(events);
    }

    /// <summary>How many times (batches included) the task ran (a target skipped as up to date runs none of its tasks).</summary>
    public int TaskRuns(string task) => Events.OfType<TaskStartedEventArgs>().Count(e => e.TaskName == task);

    /// <summary>The reasons the target was skipped, one per skipped batch.</summary>
    public IReadOnlyList<TargetSkipReason> Skips(string target)
        => Events.OfType<TargetSkippedEventArgs>().Where(e => e.TargetName == target).Select(e => e.SkipReason).ToList();

    /// <summary>Messages a task logged with the given prefix (CoreMLGen's own, not localised).</summary>
    public IReadOnlyList<string> Messages(string prefix)
        => Events.OfType<BuildMessageEventArgs>().Select(e => e.Message ?? string.Empty).Where(m => m.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public IReadOnlyList<BuildWarningEventArgs> Warnings => Events.OfType<BuildWarningEventArgs>().ToList();

    public IReadOnlyList<BuildErrorEventArgs> Errors => Events.OfType<BuildErrorEventArgs>().ToList();

    public bool Succeeded => Events.OfType<BuildFinishedEventArgs>().LastOrDefault()?.Succeeded ?? false;

    /// <summary>The models the conversion task wrote a descriptor for, by file name.</summary>
    public IReadOnlyList<string> ConvertedModels
        => Messages("CoreMLGen: wrote '").Where(m => m.Contains(".descriptor' for '", StringComparison.Ordinal))
            .Select(m => m.Substring(m.LastIndexOf(" for '", StringComparison.Ordinal) + 6).TrimEnd('.', '\''))
            .Select(path => System.IO.Path.GetFileName(path))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
}
