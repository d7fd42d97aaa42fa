using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation;

namespace CoreMLGen.Evaluator.Tests.Evaluation;

/// <summary>Custom layers the runner tests plug in: simple enough that the expected outputs are obvious.</summary>
internal static class TestCustomLayers
{
    public static EvaluatorOptions With(string className, Func<IReadOnlyDictionary<string, object>, ICustomLayer> factory)
    {
        var options = new EvaluatorOptions();
        options.CustomLayers[className] = factory;
        return options;
    }

    /// <summary>Multiplies every value by the "factor" parameter (element-wise, output shape = input shape).</summary>
    public sealed class Scale : ICustomLayer
    {
        private readonly float _factor;

        public Scale(IReadOnlyDictionary<string, object> parameters) => _factor = (float)(double)parameters["factor"];

        public IReadOnlyList<ReadOnlyMemory<byte>> Weights { get; private set; } = Array.Empty<ReadOnlyMemory<byte>>();

        public int Evaluations { get; private set; }

        public void SetWeights(IReadOnlyList<ReadOnlyMemory<byte>> weights) => Weights = weights;

        public IReadOnlyList<IReadOnlyList<int>> GetOutputShapes(IReadOnlyList<IReadOnlyList<int>> inputShapes) => new[] { inputShapes[0] };

        public void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            Evaluations++;
            Span<float> input = inputs[0].Span;
            Span<float> output = outputs[0].Span;
            for (int i = 0; i < input.Length; i++)
            {
                output[i] = input[i] * _factor;
            }
        }
    }

    /// <summary>Softmax over the first "notes" values and, separately, over the "ticks" after them (the Midi model's layer).</summary>
    public sealed class SplitSoftmax : ICustomLayer
    {
        private readonly int _notes;

        public SplitSoftmax(IReadOnlyDictionary<string, object> parameters) => _notes = (int)parameters["notes"];

        public void SetWeights(IReadOnlyList<ReadOnlyMemory<byte>> weights)
        {
        }

        public IReadOnlyList<IReadOnlyList<int>> GetOutputShapes(IReadOnlyList<IReadOnlyList<int>> inputShapes) => new[] { inputShapes[0] };

        public void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            float[] values = inputs[0].ToArray();
            Softmax(values.AsSpan(0, _notes), outputs[0].Span.Slice(0, _notes));
            Softmax(values.AsSpan(_notes), outputs[0].Span.Slice(_notes));
        }

        private static void Softmax(ReadOnlySpan<float> x, Span<float> y)
        {
            float max = float.NegativeInfinity;
            foreach (float v in x)
            {
                max = Math.Max(max, v);
            }

            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sum += y[i] = MathF.Exp(x[i] - max);
            }

            for (int i = 0; i < x.Length; i++)
            {
                y[i] = (float)(y[i] / sum);
            }
        }
    }

    /// <summary>Swish (x · sigmoid(beta · x)), the custom layer of the NeuralMcNeuralNet fixture.</summary>
    public sealed class Swish : ICustomLayer
    {
        private readonly float _beta;

        public Swish(IReadOnlyDictionary<string, object> parameters) => _beta = parameters.TryGetValue("beta", out object? beta) ? (float)Convert.ToDouble(beta, System.Globalization.CultureInfo.InvariantCulture) : 1f;

        public void SetWeights(IReadOnlyList<ReadOnlyMemory<byte>> weights)
        {
        }

        public IReadOnlyList<IReadOnlyList<int>> GetOutputShapes(IReadOnlyList<IReadOnlyList<int>> inputShapes) => inputShapes.Take(1).ToArray();

        public void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            Span<float> x = inputs[0].Span;
            Span<float> y = outputs[0].Span;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1 + MathF.Exp(-_beta * x[i]));
            }
        }
    }
}
