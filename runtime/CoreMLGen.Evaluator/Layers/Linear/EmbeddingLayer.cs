using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Linear;

/// <summary>
/// embedding and embeddingND: a table lookup y = W[:, index] (+ b), W stored [outputSize, vocabularySize].
/// embedding takes [x1, 1, 1, 1] or [x1, x2, 1, 1, 1] (out [x1, C, 1, 1] / [x1, x2, C, 1, 1]); embeddingND takes
/// rank ≥ 2 with a last dimension of 1, which becomes the embedding size. Indices are read as floats and truncated;
/// one outside [0, vocabulary) is a <see cref="CoreMLException"/> naming the layer.
/// </summary>
internal sealed class EmbeddingLayer : LayerAdapter
{
    private readonly bool _nd;
    private readonly int _vocabulary;
    private readonly int _size;

    // The table transposed to [vocabulary, size] with the bias added, so a lookup is one row copy.
    private readonly float[] _rows;

    public EmbeddingLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        ulong vocabulary, size;
        bool hasBias;
        WeightParams? weights, bias;
        _nd = layer.LayerCase == NeuralNetworkLayer.LayerOneofCase.EmbeddingND;
        if (_nd)
        {
            EmbeddingNDLayerParams p = layer.EmbeddingND;
            (vocabulary, size, hasBias, weights, bias) = (p.VocabSize, p.EmbeddingSize, p.HasBias, p.Weights, p.Bias);
        }
        else
        {
            EmbeddingLayerParams p = layer.Embedding;
            (vocabulary, size, hasBias, weights, bias) = (p.InputDim, p.OutputChannels, p.HasBias, p.Weights, p.Bias);
        }

        if (vocabulary == 0 || size == 0 || vocabulary > int.MaxValue || size > int.MaxValue)
        {
            throw LoadError("the vocabulary size (" + vocabulary.ToString(CultureInfo.InvariantCulture) + ") and the embedding size (" + size.ToString(CultureInfo.InvariantCulture) + ") must be positive.");
        }

        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw LoadError("needs exactly 1 input and 1 output.");
        }

        _vocabulary = (int)vocabulary;
        _size = (int)size;
        float[] table = WeightDecoder.Decode(weights, (long)_vocabulary * _size, _size, Name, LayerType, "weights");
        float[] offsets = hasBias ? WeightDecoder.Decode(bias, _size, _size, Name, LayerType, "bias") : new float[_size];
        _rows = new float[table.Length];
        for (int c = 0; c < _size; c++)
        {
            for (int v = 0; v < _vocabulary; v++)
            {
                _rows[(v * _size) + c] = table[(c * _vocabulary) + v] + offsets[c];
            }
        }
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] x = inputShapes[0];
        int[] output;
        if (_nd)
        {
            if (x.Length < 2 || x[^1] != 1)
            {
                throw ShapeError("the input is [" + ShapeMath.Format(x) + "]; embeddingND needs rank 2 or more with a last dimension of 1.");
            }

            output = (int[])x.Clone();
            output[^1] = _size;
        }
        else if (x.Length == 5 && x[2] == 1 && x[3] == 1 && x[4] == 1)
        {
            output = new[] { x[0], x[1], _size, 1, 1 };
        }
        else if (x.Length == 4 && x[1] == 1 && x[2] == 1 && x[3] == 1)
        {
            output = new[] { x[0], _size, 1, 1 };
        }
        else
        {
            throw ShapeError("the input is [" + ShapeMath.Format(x) + "]; embedding needs [x1, 1, 1, 1] or [x1, x2, 1, 1, 1].");
        }

        return new[] { output };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        ReadOnlySpan<float> indices = inputs[0].Span;
        Span<float> y = outputs[0].Span;
        for (int i = 0; i < indices.Length; i++)
        {
            float value = indices[i];
            if (!(value > -1f && value < _vocabulary))
            {
                throw OutOfRange(value);
            }

            int index = (int)value;
            _rows.AsSpan(index * _size, _size).CopyTo(y.Slice(i * _size, _size));
        }
    }

    private CoreMLException OutOfRange(float value) =>
        ShapeError("index " + value.ToString(CultureInfo.InvariantCulture) + " is outside the vocabulary [0, " + (_vocabulary - 1).ToString(CultureInfo.InvariantCulture) + "].");
}
