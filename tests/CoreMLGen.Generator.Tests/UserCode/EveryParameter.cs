// A layer that uses every typed parameter (CustomLayerModels.AllParameterTypes), and changes its output shape.
using System.Collections.Generic;
using System.Linq;
using CoreMLGen;

namespace TestApp
{
    public sealed partial class EveryParameter
    {
        public partial void Evaluate(IReadOnlyList<MultiArray<float>> inputs, IReadOnlyList<MultiArray<float>> outputs)
        {
            int count = Count;
            long seed = Seed;
            double rate = Rate;
            string mode = Mode;
            bool enabled = Enabled;
            float[] values = inputs[0].ToArray().Select(v => enabled ? (float)(v * rate) + count + (seed % 2) + mode.Length : v).ToArray();
            MultiArray<float>.Wrap(values, outputs[0].Shape.ToArray()).CopyTo(outputs[0]);
        }

        partial void ComputeOutputShapes(IReadOnlyList<IReadOnlyList<int>> inputShapes, ref IReadOnlyList<IReadOnlyList<int>> outputShapes)
            => outputShapes = new[] { inputShapes[0] };
    }
}
