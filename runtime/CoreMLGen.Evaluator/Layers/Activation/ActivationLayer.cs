using System;
using System.Numerics.Tensors;
using CoreML.Specification;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Activation;

/// <summary>
/// The activation layer: every NonlinearityType with its stored alpha/beta. PReLU and parametricSoftplus carry 1 or C
/// values along axis -3. NaN inputs give NaN outputs (comparisons are written so NaN falls through to the formula).
/// </summary>
internal sealed class ActivationLayer : SameShapeLayer
{
    private readonly ActivationParams.NonlinearityTypeOneofCase _type;
    private readonly float _alpha;
    private readonly float _beta;
    private readonly ChannelParameter? _channelAlpha;
    private readonly ChannelParameter? _channelBeta;
    private readonly ChannelParameter.ChannelRun _perChannel;

    public ActivationLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        ActivationParams p = layer.Activation;
        _type = p.NonlinearityTypeCase;
        _perChannel = ApplyPerChannel;
        switch (_type)
        {
            case ActivationParams.NonlinearityTypeOneofCase.Linear:
                (_alpha, _beta) = (p.Linear.Alpha, p.Linear.Beta);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.LeakyReLU:
                _alpha = p.LeakyReLU.Alpha;
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ThresholdedReLU:
                _alpha = p.ThresholdedReLU.Alpha;
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ScaledTanh:
                (_alpha, _beta) = (p.ScaledTanh.Alpha, p.ScaledTanh.Beta);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.SigmoidHard:
                (_alpha, _beta) = (p.SigmoidHard.Alpha, p.SigmoidHard.Beta);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ELU:
                _alpha = p.ELU.Alpha;
                break;
            case ActivationParams.NonlinearityTypeOneofCase.PReLU:
                _channelAlpha = ChannelParameter.Decode(p.PReLU.Alpha, Name, LayerType, "alpha");
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ParametricSoftplus:
                _channelAlpha = ChannelParameter.Decode(p.ParametricSoftplus.Alpha, Name, LayerType, "alpha");
                _channelBeta = ChannelParameter.Decode(p.ParametricSoftplus.Beta, Name, LayerType, "beta");
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ReLU:
            case ActivationParams.NonlinearityTypeOneofCase.Tanh:
            case ActivationParams.NonlinearityTypeOneofCase.Sigmoid:
            case ActivationParams.NonlinearityTypeOneofCase.Softsign:
            case ActivationParams.NonlinearityTypeOneofCase.Softplus:
                break;
            default:
                throw LoadError("has no nonlinearity type set (or one this version of CoreMLGen does not know).");
        }
    }

    protected override void CheckShape(int[] shape)
    {
        if (_channelAlpha is not null && shape.Length < 3)
        {
            throw ShapeError("is per-channel (axis -3) and needs an input of rank 3 or more, as the spec says; got [" + ShapeMath.Format(shape) + "].");
        }

        string? mismatch = _channelAlpha?.Mismatch(shape, "alpha") ?? _channelBeta?.Mismatch(shape, "beta");
        if (mismatch is not null)
        {
            throw ShapeError(mismatch);
        }
    }

    protected override void Apply(Blob input, Blob output)
    {
        ReadOnlySpan<float> x = input.Span;
        Span<float> y = output.Span;
        switch (_type)
        {
            case ActivationParams.NonlinearityTypeOneofCase.Linear:
                TensorPrimitives.Multiply(x, _alpha, y);
                TensorPrimitives.Add(y, _beta, y);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ReLU:
                for (int i = 0; i < x.Length; i++)
                {
                    float v = x[i];
                    y[i] = v < 0f ? 0f : v;
                }

                break;
            case ActivationParams.NonlinearityTypeOneofCase.LeakyReLU:
                LeakyRelu(x, y, _alpha);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ThresholdedReLU:
                for (int i = 0; i < x.Length; i++)
                {
                    float v = x[i];
                    y[i] = v < _alpha ? 0f : v;
                }

                break;
            case ActivationParams.NonlinearityTypeOneofCase.Tanh:
                TensorPrimitives.Tanh(x, y);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.ScaledTanh:
                TensorPrimitives.Multiply(x, _beta, y);
                TensorPrimitives.Tanh(y, y);
                TensorPrimitives.Multiply(y, _alpha, y);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.Sigmoid:
                TensorPrimitives.Sigmoid(x, y);
                break;
            case ActivationParams.NonlinearityTypeOneofCase.SigmoidHard:
                for (int i = 0; i < x.Length; i++)
                {
                    float t = _alpha * x[i] + _beta;
                    y[i] = t < 0f ? 0f : t > 1f ? 1f : t;
                }

                break;
            case ActivationParams.NonlinearityTypeOneofCase.ELU:
                for (int i = 0; i < x.Length; i++)
                {
                    float v = x[i];
                    y[i] = v >= 0f ? v : (float)(_alpha * (Math.Exp(v) - 1.0));
                }

                break;
            case ActivationParams.NonlinearityTypeOneofCase.Softsign:
                for (int i = 0; i < x.Length; i++)
                {
                    float v = x[i];
                    y[i] = v / (1f + Math.Abs(v));
                }

                break;
            case ActivationParams.NonlinearityTypeOneofCase.Softplus:
                Softplus(x, y, 1f, 1f);
                break;
            default:
                ChannelParameter.ForEachChannelRun(ChannelParameter.LayoutFor(input.Shape, _channelAlpha!, _channelBeta), x, y, _perChannel);
                break;
        }
    }

    private void ApplyPerChannel(ReadOnlySpan<float> x, Span<float> y, int channel)
    {
        if (_type == ActivationParams.NonlinearityTypeOneofCase.PReLU)
        {
            LeakyRelu(x, y, _channelAlpha!.At(channel));
        }
        else
        {
            Softplus(x, y, _channelAlpha!.At(channel), _channelBeta!.At(channel));
        }
    }

    private static void LeakyRelu(ReadOnlySpan<float> x, Span<float> y, float alpha)
    {
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            y[i] = v >= 0f ? v : alpha * v;
        }
    }

    // alpha * log(1 + e^(beta x)), in the overflow-free form max(t, 0) + log(1 + e^-|t|).
    private static void Softplus(ReadOnlySpan<float> x, Span<float> y, float alpha, float beta)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double t = (double)beta * x[i];
            y[i] = (float)(alpha * (Math.Max(t, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(t)))));
        }
    }
}
