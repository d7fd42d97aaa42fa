namespace CoreMLGen.Spec.Interface;

/// <summary>One weight blob of a custom layer: its storage and number of values (the spec gives no shape).</summary>
public sealed class CustomLayerWeight
{
    public CustomLayerWeight(WeightStorage storage, long count)
    {
        Storage = storage;
        Count = count;
    }

    public WeightStorage Storage { get; }

    /// <summary>The number of values (for quantized weights: the bytes times 8 over the bit width).</summary>
    public long Count { get; }
}
