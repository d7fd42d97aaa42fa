using System.IO;
using System.Linq;
using NAudio.Midi;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// sample/CoreMLGen.Drummer (the README's first command runs it) built from the packed packages and run: the MIDI
/// file it says it wrote parses back with NAudio.Midi as a format-1 file at 480 ticks per quarter and 120 bpm, with
/// one percussion track on channel 10 holding one note per generated step plus the seed.
/// </summary>
public class DrummerSampleTests
{
    [Fact]
    public void The_drummer_writes_a_format_1_percussion_track_that_parses_back()
    {
        const int Steps = 24;
        using TemporaryProject drummer = TemporaryProject.CopyOfSample(name: "CoreMLGen.Drummer");
        (DotnetBuild.Result build, BuildLog log) = drummer.Build();
        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        string path = drummer.FullPath("out/drums.mid");

        DotnetBuild.Result run = drummer.RunApp("CoreMLGen.Drummer", "--steps", Steps.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", path);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Output.ShouldContain("written to " + path);
        var midi = new MidiFile(path, strictChecking: true);
        midi.FileFormat.ShouldBe(1);
        midi.DeltaTicksPerQuarterNote.ShouldBe(480);
        midi.Tracks.ShouldBe(2);
        midi.Events[0].OfType<TempoEvent>().ShouldHaveSingleItem().MicrosecondsPerQuarterNote.ShouldBe(500_000);   // 120 bpm

        NoteOnEvent[] notes = midi.Events[1].OfType<NoteOnEvent>().Where(e => e.CommandCode == MidiCommandCode.NoteOn && e.Velocity > 0).ToArray();
        notes.Length.ShouldBe(Steps + 1, "the seed note and one note per step");
        notes.ShouldAllBe(n => n.Channel == 10);
        // General MIDI percussion keys (35 Acoustic Bass Drum … 81 Open Triangle).
        notes.ShouldAllBe(n => n.NoteNumber >= 35 && n.NoteNumber <= 81);
        midi.Events[1].Where(e => e.CommandCode == MidiCommandCode.NoteOff || (e is NoteEvent { Velocity: 0 } && e.CommandCode == MidiCommandCode.NoteOn))
            .Count().ShouldBe(Steps + 1, "every note ends");
        midi.Events[1].Select(e => e.AbsoluteTime).ShouldBeInOrder();

        // Deterministic: the same seed writes the same file.
        string again = drummer.FullPath("out/again.mid");
        drummer.RunApp("CoreMLGen.Drummer", "--steps", Steps.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", again).ExitCode.ShouldBe(0);
        File.ReadAllBytes(again).ShouldBe(File.ReadAllBytes(path));
    }
}
