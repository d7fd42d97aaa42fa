using System;
using System.Linq;
using CoreML.Specification;

namespace CoreMLGen.Testing.Models;

/// <summary>
/// <see cref="AudioModels.AudioTagger"/> recomputed in double precision with plain loops from its layer equations,
/// reading only the weights from the spec: the golden vectors its tests compare the evaluator with.
/// </summary>
public static class AudioTaggerReference
{
    /// <summary>The three outputs for one waveform of 12800 samples, each flat in row-major order.</summary>
    public static (double[] Clip, double[] Frames, double[] Melspec) Run(Model spec, float[] waveform)
    {
        if (waveform.Length != AudioModels.Samples)
        {
            throw new ArgumentException("The tagger takes " + AudioModels.Samples + " samples.", nameof(waveform));
        }

        double[] samples = waveform.Select(v => (double)v).ToArray();
        double[] filterbank = Dense(Layer(spec, "filterbank"), samples, AudioModels.Frames);
        double[] melspec = filterbank.Select(v => Math.Log(1 + (v * v))).ToArray();
        double[] embedding = Dense(Layer(spec, "embedding"), melspec, AudioModels.Frames).Select(v => Math.Max(0, v)).ToArray();
        double[] frames = Dense(Layer(spec, "frame_logits"), embedding, AudioModels.Frames).Select(v => 1 / (1 + Math.Exp(-v))).ToArray();
        var clip = new double[AudioModels.Classes];
        for (int k = 0; k < AudioModels.Classes; k++)
        {
            for (int t = 0; t < AudioModels.Frames; t++)
            {
                clip[k] += frames[(t * AudioModels.Classes) + k];
            }

            clip[k] /= AudioModels.Frames;
        }

        return (clip, frames, melspec);
    }

    /// <summary>The batchedMatMul layer of that name.</summary>
    public static BatchedMatMulLayerParams Layer(Model spec, string name) => spec.NeuralNetwork.Layers.Single(l => l.Name == name).BatchedMatmul;

    /// <summary>rows × inputs times the layer's W (stored [outputs, inputs]) plus its bias, in float64.</summary>
    public static double[] Dense(BatchedMatMulLayerParams layer, double[] x, int rows)
    {
        int inputs = (int)layer.WeightMatrixFirstDimension, outputs = (int)layer.WeightMatrixSecondDimension;
        var y = new double[rows * outputs];
        for (int r = 0; r < rows; r++)
        {
            for (int j = 0; j < outputs; j++)
            {
                double sum = layer.Bias.FloatValue[j];
                for (int i = 0; i < inputs; i++)
                {
                    sum += x[(r * inputs) + i] * (double)layer.Weights.FloatValue[(j * inputs) + i];
                }

                y[(r * outputs) + j] = sum;
            }
        }

        return y;
    }
}
