// Multiplies by the layer's factor (CustomLayerModels.SharedClass: two layers share this class).
using System.Collections.Generic;
using System.Linq;
using CoreMLGen;

namespace TestApp
{
    public sealed partial class Scale
    {
        public partial void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            float[] values = inputs[0].ToArray().Select(v => (float)(v * Factor)).ToArray();
            MultiArray<float>.Wrap(values, outputs[0].Shape.ToArray()).CopyTo(outputs[0]);
        }
    }
}
