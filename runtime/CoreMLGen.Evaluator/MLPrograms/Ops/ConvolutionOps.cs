using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>conv</c> over 1 or 2 spatial dimensions (groups, strides, dilations, every pad type): the evaluator's
/// <see cref="Convolution2D.Forward"/> kernel, the one the neural network convolution layer runs.
/// </summary>
internal static class ConvolutionOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["conv"] = Conv;
    }

    private static void Conv(OpContext context)
    {
        MilValue x = context.Input("x"), weight = context.Constant("weight");
        int spatial = SpatialWindow.SpatialRank(context, x, weight);

        int groups = context.Int("groups", 1);
        int batch = x.Shape[0], channels = x.Shape[1], outChannels = weight.Shape[0], groupChannels = weight.Shape[1];
        if (groups < 1 || channels != groupChannels * groups || outChannels % groups != 0)
        {
            throw context.Fail("its " + channels.ToString(CultureInfo.InvariantCulture) + " input channels, weight " + OpContext.Shape(weight.Shape)
                + " and groups " + groups.ToString(CultureInfo.InvariantCulture) + " do not agree.");
        }

        // A 1-D convolution is a 2-D one of height 1. The math is the evaluator's Convolution2D.Forward, shared with the
        // neural network convolution layer; the weights are packed for its matrix products once, here.
        int[] inputSpatial = x.Shape.Skip(2).ToArray(), kernel = weight.Shape.Skip(2).ToArray();
        SpatialWindow[] windows = SpatialWindow.Resolve(context, inputSpatial, kernel);
        WindowAxis height = (spatial == 2 ? windows[0] : SpatialWindow.Unit).Axis, width = windows[spatial - 1].Axis;
        MilValue y = context.Output(new[] { batch, outChannels }.Concat(windows.Select(w => w.Output)).ToArray());
        float[] biasValues = context.Vector("bias", outChannels) ?? new float[outChannels];
        ConvolutionWeights packed = ConvolutionWeights.Pack(weight.Span, outChannels, weight.Count / Math.Max(outChannels, 1), groups);
        float[] scratch = new float[Convolution2D.ForwardColumns(packed, height, width)];
        context.Run(() => Convolution2D.Forward(x.Span, packed, biasValues, y.Span, batch, groupChannels, outChannels, groups, height, width, scratch));
    }
}
