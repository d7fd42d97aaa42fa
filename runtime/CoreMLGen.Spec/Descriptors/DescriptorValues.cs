using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreMLGen.Descriptors;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Descriptors;

/// <summary>The culture-invariant text of every typed descriptor value (docs/descriptor-format.md).</summary>
internal static class DescriptorValues
{
    private static readonly string s_listItem = DescriptorFormat.Separators.ListItem.ToString();
    private static readonly string s_listOfLists = DescriptorFormat.Separators.ListOfLists.ToString();

    public static string LabelType(ClassLabelType type) => type switch
    {
        ClassLabelType.String => DescriptorFormat.Values.LabelString,
        ClassLabelType.Int64 => DescriptorFormat.Values.LabelInt64,
        _ => DescriptorFormat.Values.LabelNone,
    };

    public static string DataType(ArrayElementType type, int raw) => type switch
    {
        ArrayElementType.Float32 => DescriptorFormat.Values.DataFloat32,
        ArrayElementType.Double => DescriptorFormat.Values.DataDouble,
        ArrayElementType.Int32 => DescriptorFormat.Values.DataInt32,
        ArrayElementType.Float16 => DescriptorFormat.Values.DataFloat16,
        ArrayElementType.Int8 => DescriptorFormat.Values.DataInt8,
        ArrayElementType.Invalid => DescriptorFormat.Values.DataInvalid,
        _ => DescriptorFormat.Values.UnknownPrefix + raw.ToString(CultureInfo.InvariantCulture),
    };

    public static string ColorSpace(ImageColorSpace colorSpace, int raw) => colorSpace switch
    {
        ImageColorSpace.Grayscale => DescriptorFormat.Values.ColorGrayscale,
        ImageColorSpace.Rgb => DescriptorFormat.Values.ColorRgb,
        ImageColorSpace.Bgr => DescriptorFormat.Values.ColorBgr,
        ImageColorSpace.GrayscaleFloat16 => DescriptorFormat.Values.ColorGrayscaleFloat16,
        ImageColorSpace.Invalid => DescriptorFormat.Values.ColorInvalid,
        _ => DescriptorFormat.Values.UnknownPrefix + raw.ToString(CultureInfo.InvariantCulture),
    };

    public static string Flexibility(FlexibilityKind kind) => kind switch
    {
        FlexibilityKind.Enumerated => DescriptorFormat.Values.FlexibilityEnumerated,
        FlexibilityKind.Range => DescriptorFormat.Values.FlexibilityRange,
        _ => DescriptorFormat.Values.FlexibilityNone,
    };

    public static string Scalar(ScalarElementKind kind) => kind switch
    {
        ScalarElementKind.Int64 => DescriptorFormat.Values.ScalarInt64,
        ScalarElementKind.String => DescriptorFormat.Values.ScalarString,
        _ => DescriptorFormat.Values.ScalarUnknown,
    };

    public static string FeatureType(FeatureValueKind kind) => kind switch
    {
        FeatureValueKind.Int64 => DescriptorFormat.Values.TypeInt64,
        FeatureValueKind.Double => DescriptorFormat.Values.TypeDouble,
        FeatureValueKind.String => DescriptorFormat.Values.TypeString,
        FeatureValueKind.MultiArray => DescriptorFormat.Values.TypeMultiArray,
        FeatureValueKind.Image => DescriptorFormat.Values.TypeImage,
        FeatureValueKind.Dictionary => DescriptorFormat.Values.TypeDictionary,
        FeatureValueKind.Sequence => DescriptorFormat.Values.TypeSequence,
        FeatureValueKind.State => DescriptorFormat.Values.TypeState,
        _ => DescriptorFormat.Values.TypeUnknown,
    };

    public static string ParameterType(CustomParameterKind kind) => kind switch
    {
        CustomParameterKind.Double => DescriptorFormat.Values.ParameterDouble,
        CustomParameterKind.String => DescriptorFormat.Values.ParameterString,
        CustomParameterKind.Int => DescriptorFormat.Values.ParameterInt,
        CustomParameterKind.Long => DescriptorFormat.Values.ParameterLong,
        CustomParameterKind.Bool => DescriptorFormat.Values.ParameterBool,
        _ => DescriptorFormat.Values.ParameterNone,
    };

    /// <summary>A custom layer parameter's value: decimal, round-trip double, the text, or true/false; empty when unset.</summary>
    public static string ParameterValue(CustomLayerParameter parameter) => parameter.Value switch
    {
        int value => value.ToString(CultureInfo.InvariantCulture),
        long value => value.ToString(CultureInfo.InvariantCulture),
        double value => Double(value),
        bool value => value ? DescriptorFormat.Values.True : DescriptorFormat.Values.False,
        string value => value,
        _ => string.Empty,
    };

    /// <summary><c>float32:288,float16:32</c>: each weight's storage and value count.</summary>
    public static string Weights(IEnumerable<CustomLayerWeight> weights)
        => string.Join(s_listItem, weights.Select(weight => WeightStorage(weight.Storage) + DescriptorFormat.Separators.WeightCount + weight.Count.ToString(CultureInfo.InvariantCulture)));

    public static string FoundBy(StatePairSource source)
        => source == StatePairSource.Name ? DescriptorFormat.Values.FoundByName : DescriptorFormat.Values.FoundByWiring;

    /// <summary><c>h,c</c>: the recurrent slots of a state pair, in window order.</summary>
    public static string Slots(IEnumerable<RecurrentSlot> slots)
        => string.Join(s_listItem, slots.Select(slot => slot switch
        {
            RecurrentSlot.Cell => DescriptorFormat.Values.SlotCell,
            RecurrentSlot.HiddenReverse => DescriptorFormat.Values.SlotHiddenReverse,
            RecurrentSlot.CellReverse => DescriptorFormat.Values.SlotCellReverse,
            _ => DescriptorFormat.Values.SlotHidden,
        }));

    private static string WeightStorage(WeightStorage storage) => storage switch
    {
        Interface.WeightStorage.Float32 => DescriptorFormat.Values.WeightFloat32,
        Interface.WeightStorage.Float16 => DescriptorFormat.Values.WeightFloat16,
        Interface.WeightStorage.Quantized => DescriptorFormat.Values.WeightQuantized,
        Interface.WeightStorage.Int8 => DescriptorFormat.Values.WeightInt8,
        _ => DescriptorFormat.Values.WeightEmpty,
    };

    /// <summary><c>1,3,224</c>; empty for an empty list.</summary>
    public static string List(IEnumerable<long> values)
        => string.Join(s_listItem, values.Select(value => value.ToString(CultureInfo.InvariantCulture)));

    /// <summary><c>1,3;1,5</c>.</summary>
    public static string Shapes(IEnumerable<IEnumerable<long>> shapes) => string.Join(s_listOfLists, shapes.Select(List));

    /// <summary><c>1..1,1..-1</c>.</summary>
    public static string Ranges(IEnumerable<DimensionRange> ranges) => string.Join(s_listItem, ranges.Select(Range));

    /// <summary><c>lower..upper</c>, upper -1 when unbounded.</summary>
    public static string Range(DimensionRange range)
        => range.LowerBound.ToString(CultureInfo.InvariantCulture) + DescriptorFormat.Separators.Range
            + range.UpperBound.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>224x224;300x300</c>.</summary>
    public static string Sizes(IEnumerable<ImageSize> sizes)
        => string.Join(
            s_listOfLists,
            sizes.Select(size => size.Width.ToString(CultureInfo.InvariantCulture) + DescriptorFormat.Separators.ImageSize
                + size.Height.ToString(CultureInfo.InvariantCulture)));

    /// <summary><c>int:3</c>, <c>float:0.5</c> or <c>double:0.5</c>.</summary>
    public static string Default(ArrayDefaultValue value)
    {
        char separator = DescriptorFormat.Separators.DefaultKind;
        return value.Kind switch
        {
            ArrayDefaultValueKind.Int => DescriptorFormat.Values.DefaultInt + separator + value.IntValue.ToString(CultureInfo.InvariantCulture),
            ArrayDefaultValueKind.Float => DescriptorFormat.Values.DefaultFloat + separator + Float(value.FloatValue),
            _ => DescriptorFormat.Values.DefaultDouble + separator + Double(value.DoubleValue),
        };
    }

    /// <summary>Shortest round-trip text of a float; <c>nan</c>, <c>inf</c>, <c>-inf</c> for non-finite values.</summary>
    public static string Float(float value)
        => float.IsNaN(value) ? DescriptorFormat.Values.NaN
            : float.IsPositiveInfinity(value) ? DescriptorFormat.Values.PositiveInfinity
            : float.IsNegativeInfinity(value) ? DescriptorFormat.Values.NegativeInfinity
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Round-trip text of a double; <c>nan</c>, <c>inf</c>, <c>-inf</c> for non-finite values.</summary>
    public static string Double(double value)
        => double.IsNaN(value) ? DescriptorFormat.Values.NaN
            : double.IsPositiveInfinity(value) ? DescriptorFormat.Values.PositiveInfinity
            : double.IsNegativeInfinity(value) ? DescriptorFormat.Values.NegativeInfinity
            : value.ToString("R", CultureInfo.InvariantCulture);
}
