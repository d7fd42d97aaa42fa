// The custom layer of the CoreML Drummer model (Models/Midi.mlmodel, made by tests/CoreMLGen.Testing/Builders/MidiModel.cs):
// the app writes this method; CoreMLGen generates the rest of the class. It runs as is under Core ML and in the managed
// evaluator. The generator tests compile this same file as their reference implementation (Harness/UserCode.cs).
using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen;

namespace CoreMLGen.Drummer
{
    /// <summary>Softmax over the first <see cref="Notes"/> values and, separately, over the <see cref="Ticks"/> values after them.</summary>
    public sealed partial class MidiNoteTickActivation
    {
        public partial void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            // Core ML hands a neural network's blobs over as rank 5 [1, 1, C, 1, 1]: the values are in row-major order either way.
            float[] values = inputs[0].ToArray();
            if (values.Length != Notes + Ticks)
            {
                throw new CoreMLException("MidiNoteTickActivation expects " + (Notes + Ticks) + " values, not " + values.Length + ".");
            }

            var result = new float[values.Length];
            Softmax(values, result, 0, Notes);
            Softmax(values, result, Notes, Ticks);
            MultiArray<float>.Wrap(result, outputs[0].Shape.ToArray()).CopyTo(outputs[0]);
        }

        private static void Softmax(float[] values, float[] result, int start, int count)
        {
            float max = float.NegativeInfinity;
            for (int i = start; i < start + count; i++)
            {
                max = Math.Max(max, values[i]);
            }

            double sum = 0;
            for (int i = start; i < start + count; i++)
            {
                result[i] = (float)Math.Exp(values[i] - max);
                sum += result[i];
            }

            for (int i = start; i < start + count; i++)
            {
                result[i] = (float)(result[i] / sum);
            }
        }
    }
}
