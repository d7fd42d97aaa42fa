namespace CoreMLGen.Drummer
{
    /// <summary>The model's 15 drum sounds, in output order, and their General MIDI percussion keys (channel 10).</summary>
    public static class DrumKit
    {
        public static readonly (string Name, int Key)[] Sounds =
        {
            ("bass drum", 36), ("side stick", 37), ("snare", 38), ("hand clap", 39), ("closed hi-hat", 42),
            ("pedal hi-hat", 44), ("low tom", 45), ("open hi-hat", 46), ("mid tom", 47), ("crash", 49),
            ("high tom", 50), ("ride", 51), ("ride bell", 53), ("tambourine", 54), ("cowbell", 56),
        };

        /// <summary>MIDI ticks per tick class: class k means the next hit comes k * 10 ticks (k / 48 of a beat) later.</summary>
        public const int TicksPerClass = 10;
    }
}
