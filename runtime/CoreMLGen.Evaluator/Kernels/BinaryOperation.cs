namespace CoreMLGen.Evaluation.Kernels;

/// <summary>An element-wise operation on two values (a op b).</summary>
internal enum BinaryOperation
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Max,
    Min,
    Pow,

    /// <summary>Python's a % b: the remainder takes the divisor's sign (MIL's mod, which coremltools maps to modBroadcastable).</summary>
    Mod,

    /// <summary>Python's a // b: the quotient rounded towards negative infinity.</summary>
    FloorDiv,
}
