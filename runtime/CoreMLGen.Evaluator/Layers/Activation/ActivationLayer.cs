using System;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.Layers.Activation;

/// <summary>
/// The activation layer: every NonlinearityType with its stored alpha/beta. PReLU and parametricSoftplus carry 1 or C
/// values along axis -3. The formulas are in <see cref="Activations"/>.
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
            case ActivationParams.NonlinearityTypeOneofCase.Linear: Activations.Linear(x, y, _alpha, _beta); break;
            case ActivationParams.NonlinearityTypeOneofCase.ReLU: Activations.Relu(x, y); break;
            case ActivationParams.NonlinearityTypeOneofCase.LeakyReLU: Activations.LeakyRelu(x, y, _alpha); break;
            case ActivationParams.NonlinearityTypeOneofCase.ThresholdedReLU: Activations.ThresholdedRelu(x, y, _alpha); break;
            case ActivationParams.NonlinearityTypeOneofCase.Tanh: Activations.Tanh(x, y); break;
            case ActivationParams.NonlinearityTypeOneofCase.ScaledTanh: Activations.ScaledTanh(x, y, _alpha, _beta); break;
            case ActivationParams.NonlinearityTypeOneofCase.Sigmoid: Activations.Sigmoid(x, y); break;
            case ActivationParams.NonlinearityTypeOneofCase.SigmoidHard: Activations.HardSigmoid(x, y, _alpha, _beta); break;
            case ActivationParams.NonlinearityTypeOneofCase.ELU: Activations.Elu(x, y, _alpha); break;
            case ActivationParams.NonlinearityTypeOneofCase.Softsign: Activations.Softsign(x, y); break;
            case ActivationParams.NonlinearityTypeOneofCase.Softplus: Activations.Softplus(x, y, 1f, 1f); break;
            default:
                ChannelParameter.ForEachChannelRun(ChannelParameter.LayoutFor(input.Shape, _channelAlpha!, _channelBeta), x, y, _perChannel);
                break;
        }
    }

    private void ApplyPerChannel(ReadOnlySpan<float> x, Span<float> y, int channel)
    {
        if (_type == ActivationParams.NonlinearityTypeOneofCase.PReLU)
        {
            Activations.LeakyRelu(x, y, _channelAlpha!.At(channel));
        }
        else
        {
            Activations.Softplus(x, y, _channelAlpha!.At(channel), _channelBeta!.At(channel));
        }
    }
}
