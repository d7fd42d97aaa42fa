namespace CoreMLGen.Evaluation.Kernels;

/// <summary>The implementations of <see cref="Gemm.Multiply"/>; <see cref="Gemm.PathOnThisThread"/> forces one.</summary>
internal enum GemmPath
{
    /// <summary>The fastest path this machine runs.</summary>
    Auto,

    /// <summary>The 12×32 AVX-512 micro-kernel (x64 with AVX-512F).</summary>
    Avx512,

    /// <summary>The 6×16 AVX2 + FMA micro-kernel (x64).</summary>
    Avx2,

    /// <summary>The 4×16 <see cref="System.Runtime.Intrinsics.Vector128{T}"/> micro-kernel (ARM64 NEON, x64 SSE).</summary>
    Vector128,

    /// <summary>The plain loop every machine runs.</summary>
    Scalar,
}
