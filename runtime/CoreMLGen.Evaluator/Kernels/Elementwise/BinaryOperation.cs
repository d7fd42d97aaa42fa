namespace CoreMLGen.Evaluation.Kernels.Elementwise;

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
}
