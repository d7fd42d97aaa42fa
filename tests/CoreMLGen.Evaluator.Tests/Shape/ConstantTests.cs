using System;
using System.Buffers.Binary;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluator.Tests.Reference;
using Google.Protobuf;
using Xunit;

namespace CoreMLGen.Evaluator.Tests.Shape;

public class ConstantTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void LoadConstant_outputs_1_1_c_h_w(int seed, bool float16)
    {
        var random = new Random(seed);
        int[] chw = ShapeKit.RandomShape(random, 3);
        double[] values = Enumerable.Range(0, chw.Aggregate(1, (p, d) => p * d)).Select(_ => Math.Round(random.NextDouble() * 8, 2)).ToArray();
        var load = new LoadConstantLayerParams { Data = Data(values, float16) };
        load.Shape.AddRange(chw.Select(d => (ulong)d));
        var layer = ShapeKit.Layer("const", 0, 1, l => l.LoadConstant = load);

        Blob[] outputs = ShapeKit.Run(layer, false);

        double[] expected = float16 ? values.Select(v => (double)(float)(Half)v).ToArray() : values.Select(v => (double)(float)v).ToArray();
        outputs[0].ShouldEqual(new RefTensor(expected, new[] { 1, 1, chw[0], chw[1], chw[2] }));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 3)]
    [InlineData(5, 5)]
    public void LoadConstantND_outputs_its_shape(int seed, int rank)
    {
        var random = new Random(seed);
        int[] shape = ShapeKit.RandomShape(random, rank);
        double[] values = Enumerable.Range(0, shape.Aggregate(1, (p, d) => p * d)).Select(i => (double)(float)(random.NextDouble() - 0.5)).ToArray();
        var load = new LoadConstantNDLayerParams { Data = Data(values, false) };
        load.Shape.AddRange(shape.Select(d => (ulong)d));
        var layer = ShapeKit.Layer("const", 0, 1, l => l.LoadConstantND = load);

        Blob[] outputs = ShapeKit.Run(layer, true);

        outputs[0].ShouldEqual(new RefTensor(values, shape));
    }

    [Fact]
    public void GetShape_outputs_the_input_dimensions()
    {
        var input = ShapeKit.Input(new Random(6), 2, 5, 1, 3);
        var layer = ShapeKit.Layer("shape", 1, 1, l => l.GetShape = new GetShapeLayerParams());

        Blob[] outputs = ShapeKit.Run(layer, true, input.Blob);

        outputs[0].ShouldEqual(new RefTensor(new double[] { 2, 5, 1, 3 }, new[] { 4 }));
    }

    internal static WeightParams Data(double[] values, bool float16)
    {
        var weights = new WeightParams();
        if (float16)
        {
            var bytes = new byte[values.Length * 2];
            for (int i = 0; i < values.Length; i++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), BitConverter.HalfToUInt16Bits((Half)values[i]));
            }

            weights.Float16Value = ByteString.CopyFrom(bytes);
        }
        else
        {
            weights.FloatValue.AddRange(values.Select(v => (float)v));
        }

        return weights;
    }
}
