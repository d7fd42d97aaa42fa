// The Swish activation of hollance/CoreML-Custom-Layers: x · sigmoid(β·x).
using System;
using System.Collections.Generic;
using CoreMLGen;

namespace TestApp
{
    public sealed partial class Swish
    {
        public partial void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            float[] x = inputs[0].ToArray();
            var y = new float[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = x[i] / (1 + (float)Math.Exp(-Beta * x[i]));
            }

            MultiArray<float>.Wrap(y, System.Linq.Enumerable.ToArray(outputs[0].Shape)).CopyTo(outputs[0]);
        }
    }
}
