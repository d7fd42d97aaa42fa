using System.Linq;
using CoreMLGen.Audio.Beats;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class BeatStateSpaceTests
{
    [Fact]
    public void Madmom_defaults_at_100_fps_model_every_interval_from_28_to_109_frames()
    {
        // 60 * 100 / 215 = 27.9 rounds to 28; 60 * 100 / 55 = 109.1 rounds to 109.
        var space = new BeatStateSpace(6000.0 / 215, 6000.0 / 55);

        space.Intervals.ShouldBe(Enumerable.Range(28, 82).ToArray());
        space.NumStates.ShouldBe((28 + 109) * 82 / 2);
        space.FirstStates[0].ShouldBe(0);
        space.FirstStates[1].ShouldBe(28);
        space.LastStates[^1].ShouldBe(space.NumStates - 1);
    }

    [Fact]
    public void Each_interval_is_a_chain_of_evenly_spaced_positions_starting_at_the_beat()
    {
        var space = new BeatStateSpace(2, 4);

        space.Intervals.ShouldBe(new[] { 2, 3, 4 });
        space.FirstStates.ShouldBe(new[] { 0, 2, 5 });
        space.LastStates.ShouldBe(new[] { 1, 4, 8 });
        space.StatePositions.ShouldBe(new[] { 0, 0.5, 0, 1.0 / 3, 2.0 / 3, 0, 0.25, 0.5, 0.75 }, tolerance: 1e-15);
        space.StateIntervals.ShouldBe(new[] { 2, 2, 3, 3, 3, 4, 4, 4, 4 });
    }

    [Fact]
    public void Interval_bounds_round_half_to_even_like_numpy()
    {
        new BeatStateSpace(2.5, 5.5).Intervals.ShouldBe(new[] { 2, 3, 4, 5, 6 });
    }

    [Fact]
    public void A_limited_number_of_tempi_are_log_spaced_and_distinct()
    {
        // log2 spacing of 4 points between 10 and 80: 10, 20, 40, 80.
        new BeatStateSpace(10, 80, numIntervals: 4).Intervals.ShouldBe(new[] { 10, 20, 40, 80 });
    }

    [Fact]
    public void Rounding_collisions_ask_for_more_log_points_until_enough_remain()
    {
        // 6 points between 2 and 8 (2, 2.64, 3.48, 4.59, 6.06, 8) round to only 5 distinct intervals; madmom then
        // tries 7 points (2, 2.52, 3.17, 4, 5.04, 6.35, 8), which give 6.
        new BeatStateSpace(2, 8, numIntervals: 6).Intervals.ShouldBe(new[] { 2, 3, 4, 5, 6, 8 });
    }

    [Fact]
    public void Nonsense_ranges_are_refused()
    {
        Should.Throw<System.ArgumentOutOfRangeException>(() => new BeatStateSpace(10, 5));
        Should.Throw<System.ArgumentOutOfRangeException>(() => new BeatStateSpace(0, 5));
        Should.Throw<System.ArgumentOutOfRangeException>(() => new BeatStateSpace(2, double.PositiveInfinity));
    }
}
