using CoreML.Specification;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>How many planes an image input becomes: one for gray, three for RGB/BGR.</summary>
internal static class ImageChannels
{
    public static int Of(ImageFeatureType image) =>
        image.ColorSpace is ImageFeatureType.Types.ColorSpace.Grayscale or ImageFeatureType.Types.ColorSpace.GrayscaleFloat16 ? 1 : 3;
}
