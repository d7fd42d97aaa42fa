using System;
using System.Linq;
using CoreMLGen.Audio.Beats;
using Shouldly;
using Xunit;

namespace CoreMLGen.Audio.Tests;

public sealed class BeatTransitionModelTests
{
    [Fact]
    public void Inside_a_beat_the_state_advances_with_certainty()
    {
        var model = new BeatTransitionModel(new BeatStateSpace(2, 3), transitionLambda: 1);

        // States: interval 2 = {0, 1}, interval 3 = {2, 3, 4}.
        model.TransitionsInto(1).ShouldBe(new[] { (0, 1.0) });
        model.TransitionsInto(3).ShouldBe(new[] { (2, 1.0) });
        model.TransitionsInto(4).ShouldBe(new[] { (3, 1.0) });
    }

    [Fact]
    public void Beat_starts_are_reached_from_every_interval_end_with_exponential_tempo_change_probabilities()
    {
        const double lambda = 1;
        var model = new BeatTransitionModel(new BeatStateSpace(2, 3), lambda);

        // From interval 2: stay exp(0) = 1, to 3 exp(-|3/2 - 1|) = exp(-0.5); normalised over the two.
        double from2Stay = 1 / (1 + Math.Exp(-0.5));
        double from2To3 = Math.Exp(-0.5) / (1 + Math.Exp(-0.5));
        // From interval 3: to 2 exp(-|2/3 - 1|) = exp(-1/3), stay 1.
        double from3To2 = Math.Exp(-1.0 / 3) / (1 + Math.Exp(-1.0 / 3));
        double from3Stay = 1 / (1 + Math.Exp(-1.0 / 3));

        var into0 = model.TransitionsInto(0).ToArray();
        into0.Select(t => t.PreviousState).ShouldBe(new[] { 1, 4 });
        into0[0].Probability.ShouldBe(from2Stay, 1e-15);
        into0[1].Probability.ShouldBe(from3To2, 1e-15);

        var into2 = model.TransitionsInto(2).ToArray();
        into2.Select(t => t.PreviousState).ShouldBe(new[] { 1, 4 });
        into2[0].Probability.ShouldBe(from2To3, 1e-15);
        into2[1].Probability.ShouldBe(from3Stay, 1e-15);
    }

    [Fact]
    public void Negligible_tempo_changes_are_dropped()
    {
        // With lambda 100 at madmom's default range, 28 -> 109 frames is exp(-100 * 2.89): below epsilon, so no
        // transition is stored; a neighbouring tempo is.
        var space = new BeatStateSpace(6000.0 / 215, 6000.0 / 55);
        var model = new BeatTransitionModel(space, 100);

        int[] into109 = model.TransitionsInto(space.FirstStates[^1]).Select(t => t.PreviousState).ToArray();
        into109.ShouldNotContain(space.LastStates[0]);
        into109.ShouldContain(space.LastStates[^2]);
        into109.ShouldContain(space.LastStates[^1]);
    }

    [Fact]
    public void Every_state_sends_out_probability_one()
    {
        var space = new BeatStateSpace(6000.0 / 215, 6000.0 / 55);
        var model = new BeatTransitionModel(space, 100);

        var outgoing = new double[space.NumStates];
        for (int state = 0; state < space.NumStates; state++)
        {
            foreach (var (previous, probability) in model.TransitionsInto(state))
            {
                outgoing[previous] += probability;
            }
        }

        outgoing.ShouldAllBe(sum => Math.Abs(sum - 1) < 1e-12);
    }

    [Fact]
    public void Tempo_change_rows_match_the_formula()
    {
        int[] from = { 30, 40 };
        int[] to = { 30, 35, 40 };
        double[,] p = BeatTransitionModel.TempoChangeProbabilities(from, to, 10);

        for (int i = 0; i < from.Length; i++)
        {
            double[] raw = to.Select(t => Math.Exp(-10 * Math.Abs(((double)t / from[i]) - 1))).ToArray();
            for (int j = 0; j < to.Length; j++)
            {
                p[i, j].ShouldBe(raw[j] / raw.Sum(), 1e-15);
            }
        }
    }
}
