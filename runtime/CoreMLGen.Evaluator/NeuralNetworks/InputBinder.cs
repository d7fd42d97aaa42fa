using System;
using System.Buffers.Binary;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Features;
using CoreMLGen.Evaluation.Tensors;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Turns one model input into the network's blob: the blob shape Core ML's array/image mapping gives it, the values
/// as float32, and the input's preprocessing (image scaler or mean image). A missing optional input is zeros (or the
/// spec's default value) of its declared shape.
/// </summary>
internal sealed class InputBinder
{
    private readonly FeatureDescription _declared;
    private readonly bool _isNd;
    private readonly bool _rank4Images;
    private readonly NeuralNetworkPreprocessing? _preprocessing;

    public InputBinder(FeatureDescription declared, bool isNd, bool rank4Images, NeuralNetworkPreprocessing? preprocessing)
    {
        _declared = declared;
        _isNd = isNd;
        _rank4Images = rank4Images;
        _preprocessing = preprocessing;
    }

    public string Name => _declared.Name;

    /// <summary>The blob shape for this value (null: the optional input was not given).</summary>
    public int[] BlobShape(FeatureValue? value)
    {
        FeatureType type = _declared.Type;
        RequireKind(value, type.TypeCase == FeatureType.TypeOneofCase.ImageType ? FeatureKind.Image : FeatureKind.MultiArray);
        if (type.TypeCase == FeatureType.TypeOneofCase.ImageType)
        {
            if (value is not null)
            {
                // A pipeline step may declare another colour space or size than the pipeline checked at the top.
                FeatureChecker.CheckImage(Name, type.ImageType, value.ImageValue);
            }

            int channels = ImageChannels.Of(type.ImageType);
            int width = value?.ImageValue.Width ?? (int)type.ImageType.Width;
            int height = value?.ImageValue.Height ?? (int)type.ImageType.Height;
            return _rank4Images ? new[] { 1, channels, height, width } : new[] { 1, 1, channels, height, width };
        }

        int[] shape = value is null ? DefaultShape(type.MultiArrayType) : value.MultiArrayValue.Shape.ToArray();
        return _isNd ? shape : ToRank5(shape);
    }

    // Inside a pipeline the value comes from another step, which the top-level input checks never saw.
    private void RequireKind(FeatureValue? value, FeatureKind kind)
    {
        if (value is not null && value.Kind != kind)
        {
            throw new FeatureTypeMismatchException(Name, kind.ToString(), value.Kind.ToString());
        }
    }

    /// <summary>Writes the value (or the default for a missing optional input) into the blob.</summary>
    public void Fill(FeatureValue? value, Blob blob)
    {
        if (value is null)
        {
            blob.Span.Fill(DefaultValue(_declared.Type.MultiArrayType));
            return;
        }

        if (value.Kind == FeatureKind.Image)
        {
            FillImage(value.ImageValue, _declared.Type.ImageType, blob);
        }
        else
        {
            ArrayConversion.CopyTo(value.MultiArrayValue, blob.Span);
        }

        Preprocess(blob);
    }

    private int[] ToRank5(int[] shape)
    {
        switch (shape.Length)
        {
            case 0:
                return new[] { 1, 1, 1, 1, 1 };
            case 1:
                return new[] { 1, 1, shape[0], 1, 1 };
            case 3 when FeatureChecker.DeclaredRank(_declared.Type.MultiArrayType) != 1:
                return new[] { 1, 1, shape[0], shape[1], shape[2] };
            case 3:
                return new[] { shape[0], shape[1], shape[2], 1, 1 };
            case 5:
                return shape;
            default:
                throw new CoreMLException("Input '" + Name + "' has rank " + shape.Length + "; a rank-5 neural network takes rank 1, 3 or 5 arrays.");
        }
    }

    private static int[] DefaultShape(ArrayFeatureType declared)
    {
        if (declared.Shape.Count > 0)
        {
            return declared.Shape.Select(d => (int)d).ToArray();
        }

        return declared.ShapeFlexibilityCase switch
        {
            ArrayFeatureType.ShapeFlexibilityOneofCase.EnumeratedShapes when declared.EnumeratedShapes.Shapes.Count > 0 => declared.EnumeratedShapes.Shapes[0].Shape_.Select(d => (int)d).ToArray(),
            ArrayFeatureType.ShapeFlexibilityOneofCase.ShapeRange => declared.ShapeRange.SizeRanges.Select(r => (int)Math.Max(1UL, r.LowerBound)).ToArray(),
            _ => new[] { 1 },
        };
    }

    private static float DefaultValue(ArrayFeatureType declared) => declared.DefaultOptionalValueCase switch
    {
        ArrayFeatureType.DefaultOptionalValueOneofCase.IntDefaultValue => declared.IntDefaultValue,
        ArrayFeatureType.DefaultOptionalValueOneofCase.FloatDefaultValue => declared.FloatDefaultValue,
        ArrayFeatureType.DefaultOptionalValueOneofCase.DoubleDefaultValue => (float)declared.DoubleDefaultValue,
        _ => 0f,
    };

    // Planar [C, H, W] values 0..255 (float16 gray as stored), channels in the declared colour order.
    private static void FillImage(ImageBuffer image, ImageFeatureType declared, Blob blob)
    {
        int width = image.Width;
        int height = image.Height;
        int plane = width * height;
        Span<float> values = blob.Span;
        bool bgr = declared.ColorSpace == ImageFeatureType.Types.ColorSpace.Bgr;
        for (int y = 0; y < height; y++)
        {
            Span<byte> row = image.GetRow(y);
            for (int x = 0; x < width; x++)
            {
                int at = y * width + x;
                switch (image.PixelFormat)
                {
                    case ImagePixelFormat.Gray8:
                        values[at] = row[x];
                        break;
                    case ImagePixelFormat.GrayFloat16:
                        values[at] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(row.Slice(2 * x)));
                        break;
                    default:
                        (byte r, byte g, byte b) = Rgb(image.PixelFormat, row.Slice(4 * x, 4));
                        values[at] = bgr ? b : r;
                        values[plane + at] = g;
                        values[(2 * plane) + at] = bgr ? r : b;
                        break;
                }
            }
        }
    }

    private static (byte R, byte G, byte B) Rgb(ImagePixelFormat format, ReadOnlySpan<byte> pixel) => format switch
    {
        ImagePixelFormat.Bgra32 => (pixel[2], pixel[1], pixel[0]),
        ImagePixelFormat.Argb32 => (pixel[1], pixel[2], pixel[3]),
        _ => (pixel[0], pixel[1], pixel[2]),
    };

    private void Preprocess(Blob blob)
    {
        if (_preprocessing is null)
        {
            return;
        }

        Span<float> values = blob.Span;
        switch (_preprocessing.PreprocessorCase)
        {
            case NeuralNetworkPreprocessing.PreprocessorOneofCase.Scaler:
            {
                var scaler = _preprocessing.Scaler;
                int channels = blob.Dim(-3);
                int plane = blob.Dim(-1) * blob.Dim(-2);
                int images = blob.Count / (channels * plane);
                float[] biases = channels == 1 ? new[] { scaler.GrayBias } : Bgr(scaler);
                for (int n = 0; n < images; n++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        Span<float> p = values.Slice(((n * channels) + c) * plane, plane);
                        for (int i = 0; i < p.Length; i++)
                        {
                            p[i] = (p[i] * scaler.ChannelScale) + biases[c];
                        }
                    }
                }

                break;
            }

            case NeuralNetworkPreprocessing.PreprocessorOneofCase.MeanImage:
            {
                var mean = _preprocessing.MeanImage.MeanImage;
                int perImage = blob.Dim(-3) * blob.Dim(-2) * blob.Dim(-1);
                if (mean.Count != perImage)
                {
                    throw new CoreMLException("Input '" + Name + "': the mean image holds " + mean.Count + " values, but this image has channels × height × width = " + perImage + ".");
                }

                for (int i = 0; i < values.Length; i++)
                {
                    values[i] -= mean[i % mean.Count];
                }

                break;
            }
        }
    }

    // The scaler's biases in the blob's channel order (the declared colour space's).
    private float[] Bgr(NeuralNetworkImageScaler scaler) =>
        _declared.Type.ImageType.ColorSpace == ImageFeatureType.Types.ColorSpace.Bgr
            ? new[] { scaler.BlueBias, scaler.GreenBias, scaler.RedBias }
            : new[] { scaler.RedBias, scaler.GreenBias, scaler.BlueBias };
}
