using System.Collections.Generic;
using NAudio.Midi;

namespace CoreMLGen.Drummer
{
    /// <summary>Writes drum hits as a standard MIDI file: format 1, 480 ticks per quarter note, a tempo track at
    /// 120 bpm and one percussion track on channel 10.</summary>
    public static class DrumMidiFile
    {
        public const int TicksPerQuarterNote = 480;
        public const int PercussionChannel = 10;
        private const int MicrosecondsPerQuarterNote = 500_000;   // 120 bpm
        private const int NoteLength = 60;                         // an eighth of a beat; drums ignore it anyway
        private const int Velocity = 100;

        /// <summary>Writes hits given as (absolute time in ticks, General MIDI key).</summary>
        public static void Write(string path, IReadOnlyList<(long Time, int Key)> hits)
        {
            var midi = new MidiEventCollection(1, TicksPerQuarterNote);
            midi.AddTrack();
            midi.AddEvent(new TextEvent("CoreMLGen Drummer", MetaEventType.SequenceTrackName, 0), 0);
            midi.AddEvent(new TempoEvent(MicrosecondsPerQuarterNote, 0), 0);
            midi.AddEvent(new TimeSignatureEvent(0, 4, 2, 24, 8), 0);
            midi.AddEvent(new MetaEvent(MetaEventType.EndTrack, 0, 0), 0);

            midi.AddTrack();
            midi.AddEvent(new TextEvent("Drums", MetaEventType.SequenceTrackName, 0), 1);
            long end = 0;
            foreach ((long time, int key) in hits)
            {
                var on = new NoteOnEvent(time, PercussionChannel, key, Velocity, NoteLength);
                midi.AddEvent(on, 1);
                midi.AddEvent(on.OffEvent ?? throw new System.InvalidOperationException("NAudio made no note-off event."), 1);
                end = System.Math.Max(end, time + NoteLength);
            }

            midi.AddEvent(new MetaEvent(MetaEventType.EndTrack, 0, end), 1);
            midi.PrepareForExport();
            MidiFile.Export(path, midi);
        }
    }
}
