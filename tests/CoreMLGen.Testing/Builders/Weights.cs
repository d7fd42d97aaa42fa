using CoreML.Specification;

namespace CoreMLGen.Testing.Builders;

/// <summary>
/// Deterministic pseudo-random weights: small values in [-0.1, 0.1) (the range coremltools' Keras tests use), the
/// same on every machine and run for a given seed.
/// </summary>
public sealed class Weights
{
    private uint _state;

    public Weights(uint seed)
    {
        _state = seed == 0 ? 0x9E3779B9u : seed;
    }

    /// <summary><paramref name="count"/> float32 values.</summary>
    public WeightParams Next(long count)
    {
        var weights = new WeightParams();
        for (long i = 0; i < count; i++)
        {
            weights.FloatValue.Add(NextValue());
        }

        return weights;
    }

    /// <summary>Fixed values.</summary>
    public static WeightParams Of(params float[] values)
    {
        var weights = new WeightParams();
        weights.FloatValue.AddRange(values);
        return weights;
    }

    private float NextValue()
    {
        // xorshift32: tiny, portable and exactly reproducible.
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        return ((_state >> 8) / (float)(1 << 24) * 0.2f) - 0.1f;
    }
}
