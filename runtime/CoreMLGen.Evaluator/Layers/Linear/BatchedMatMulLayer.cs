using System;
using System.Globalization;
using CoreML.Specification;
using CoreMLGen.Evaluation.Kernels;
using CoreMLGen.Evaluation.Tensors;
using CoreMLGen.Evaluation.Weights;

namespace CoreMLGen.Evaluation.Layers.Linear;

/// <summary>
/// batchedMatMul. Two inputs: numpy-style matmul of the last two dimensions (after transposeA/transposeB) with the
/// leading dimensions broadcast; a rank-1 A becomes (1, D), a rank-1 B (D, 1), and the output keeps rank
/// max(2, rank A, rank B). One input: A [..., X1] times the constant weight (X1, X2) plus an optional bias (X2),
/// giving [..., X2]; coremltools stores that weight transposed, row-major [X2, X1], as innerProduct does.
/// </summary>
internal sealed class BatchedMatMulLayer : LayerAdapter
{
    private readonly bool _transposeA;
    private readonly bool _transposeB;
    private readonly PackedMatrix? _weights;
    private readonly float[] _bias = Array.Empty<float>();
    private PackedMatrix? _scratch;
    private Plan _plan;

    public BatchedMatMulLayer(NeuralNetworkLayer layer)
        : base(layer)
    {
        BatchedMatMulLayerParams p = layer.BatchedMatmul;
        if (p.Int8DynamicQuantize)
        {
            throw LoadError("int8DynamicQuantize is set; the managed evaluator does not support int8 dynamic quantization.");
        }

        if (OutputNames.Count != 1 || InputNames.Count < 1 || InputNames.Count > 2)
        {
            throw LoadError("needs 1 or 2 inputs and exactly 1 output.");
        }

        _transposeA = p.TransposeA;
        _transposeB = p.TransposeB;
        if (InputNames.Count == 1)
        {
            if (p.TransposeA || p.TransposeB)
            {
                throw LoadError("sets transposeA or transposeB with a single input (constant weight); that combination is not supported.");
            }

            ulong rows = p.WeightMatrixFirstDimension;
            ulong columns = p.WeightMatrixSecondDimension;
            if (rows == 0 || columns == 0 || rows > int.MaxValue || columns > int.MaxValue)
            {
                throw LoadError("has a single input, so weightMatrixFirstDimension (" + rows.ToString(CultureInfo.InvariantCulture) + ") and weightMatrixSecondDimension (" + columns.ToString(CultureInfo.InvariantCulture) + ") must be positive.");
            }

            int k = (int)rows;
            int n = (int)columns;
            float[] weights = WeightDecoder.Decode(p.Weights, (long)k * n, n, Name, LayerType, "weights");
            _weights = PackedMatrix.FromOutputRows(weights, n, k);
            if (p.HasBias)
            {
                _bias = WeightDecoder.Decode(p.Bias, n, n, Name, LayerType, "bias");
            }
        }
    }

    public override int[][] InferOutputShapes(int[][] inputShapes)
    {
        int[] a = inputShapes[0];
        if (a.Length == 0)
        {
            throw ShapeError("input A is a scalar; it needs rank 1 or more.");
        }

        if (_weights is not null)
        {
            if (a[^1] != _weights.K)
            {
                throw ShapeError("input [" + ShapeMath.Format(a) + "] ends in " + a[^1].ToString(CultureInfo.InvariantCulture) + "; the weight matrix has " + _weights.K.ToString(CultureInfo.InvariantCulture) + " rows (weightMatrixFirstDimension).");
            }

            int[] output = (int[])a.Clone();
            output[^1] = _weights.N;
            return new[] { output };
        }

        _plan = Plan.Create(a, inputShapes[1], _transposeA, _transposeB, this);
        if (_scratch is null || _scratch.K != _plan.K || _scratch.N != _plan.N)
        {
            _scratch = new PackedMatrix(_plan.K, _plan.N);
        }

        return new[] { _plan.Output };
    }

    public override void Execute(Blob[] inputs, Blob[] outputs)
    {
        Blob a = inputs[0];
        Span<float> c = outputs[0].Span;
        if (_weights is not null)
        {
            Gemm.Multiply(a.Span, _weights.K, 1, a.Count / _weights.K, _weights, c, _weights.N, _bias, accumulate: false);
            return;
        }

        Blob b = inputs[1];
        if (_scratch is null || !ShapeMath.SameShape(_plan.ShapeA, a.Shape) || !ShapeMath.SameShape(_plan.ShapeB, b.Shape))
        {
            InferOutputShapes(new[] { a.Shape, b.Shape });
        }

        Plan plan = _plan;
        PackedMatrix scratch = _scratch!;
        int matrixC = plan.M * plan.N;
        int lastPackedB = -1;
        for (int batch = 0; batch < plan.Batches; batch++)
        {
            plan.Offsets(batch, out int offsetA, out int offsetB);
            if (offsetB != lastPackedB)
            {
                // B[k, n] lives at offsetB + k·strideK + n·strideN; packing it lets the same micro-kernel run.
                scratch.Pack(b.Span.Slice(offsetB), plan.BRowStride, plan.BColumnStride);
                lastPackedB = offsetB;
            }

            Gemm.Multiply(a.Span.Slice(offsetA), plan.ARowStride, plan.AColumnStride, plan.M, scratch, c.Slice(batch * matrixC, matrixC), plan.N, ReadOnlySpan<float>.Empty, accumulate: false);
        }
    }

    /// <summary>The shapes, strides and broadcast of one pair of input shapes.</summary>
    private readonly struct Plan
    {
        private readonly int[] _batchShape;
        private readonly int[] _batchStridesA;
        private readonly int[] _batchStridesB;

        private Plan(int[] shapeA, int[] shapeB, int[] output, int m, int k, int n, int ars, int acs, int brs, int bcs, int[] batchShape, int[] stridesA, int[] stridesB)
        {
            ShapeA = shapeA;
            ShapeB = shapeB;
            Output = output;
            M = m;
            K = k;
            N = n;
            ARowStride = ars;
            AColumnStride = acs;
            BRowStride = brs;
            BColumnStride = bcs;
            _batchShape = batchShape;
            _batchStridesA = stridesA;
            _batchStridesB = stridesB;
            Batches = ShapeMath.Product(batchShape);
        }

        public int[] ShapeA { get; }

        public int[] ShapeB { get; }

        public int[] Output { get; }

        public int M { get; }

        public int K { get; }

        public int N { get; }

        public int ARowStride { get; }

        public int AColumnStride { get; }

        public int BRowStride { get; }

        public int BColumnStride { get; }

        public int Batches { get; }

        public static Plan Create(int[] a, int[] b, bool transposeA, bool transposeB, BatchedMatMulLayer kernel)
        {
            if (b.Length == 0)
            {
                throw kernel.ShapeError("input B is a scalar; it needs rank 1 or more.");
            }

            // Promote rank-1 operands: A (D) → (1, D); B (D) → (D, 1).
            int[] pa = a.Length == 1 ? new[] { 1, a[0] } : a;
            int[] pb = b.Length == 1 ? new[] { b[0], 1 } : b;
            int rowsA = pa[^2], colsA = pa[^1], rowsB = pb[^2], colsB = pb[^1];
            int m = transposeA ? colsA : rowsA;
            int k = transposeA ? rowsA : colsA;
            int kb = transposeB ? colsB : rowsB;
            int n = transposeB ? rowsB : colsB;
            if (k != kb)
            {
                throw kernel.ShapeError("A [" + ShapeMath.Format(a) + "] and B [" + ShapeMath.Format(b) + "] do not multiply: A has " + k.ToString(CultureInfo.InvariantCulture) + " columns, B " + kb.ToString(CultureInfo.InvariantCulture) + " rows (after transposes).");
            }

            int batchRank = Math.Max(pa.Length, pb.Length) - 2;
            var batchShape = new int[batchRank];
            var stridesA = new int[batchRank];
            var stridesB = new int[batchRank];
            int strideA = rowsA * colsA;
            int strideB = rowsB * colsB;
            for (int i = batchRank - 1; i >= 0; i--)
            {
                int ia = i - (batchRank - (pa.Length - 2));
                int ib = i - (batchRank - (pb.Length - 2));
                int da = ia >= 0 ? pa[ia] : 1;
                int db = ib >= 0 ? pb[ib] : 1;
                if (da != db && da != 1 && db != 1)
                {
                    throw kernel.ShapeError("the leading dimensions of A [" + ShapeMath.Format(a) + "] and B [" + ShapeMath.Format(b) + "] do not broadcast.");
                }

                batchShape[i] = Math.Max(da, db);
                stridesA[i] = da == 1 ? 0 : strideA;
                stridesB[i] = db == 1 ? 0 : strideB;
                strideA *= da;
                strideB *= db;
            }

            var output = new int[batchRank + 2];
            batchShape.CopyTo(output, 0);
            output[batchRank] = m;
            output[batchRank + 1] = n;
            return new Plan(
                (int[])a.Clone(), (int[])b.Clone(), output, m, k, n,
                transposeA ? 1 : colsA, transposeA ? colsA : 1,
                transposeB ? 1 : colsB, transposeB ? colsB : 1,
                batchShape, stridesA, stridesB);
        }

        /// <summary>The offsets of matrix number <paramref name="batch"/> of A and B, following the broadcast.</summary>
        public void Offsets(int batch, out int offsetA, out int offsetB)
        {
            offsetA = 0;
            offsetB = 0;
            for (int i = _batchShape.Length - 1; i >= 0; i--)
            {
                int index = batch % _batchShape[i];
                batch /= _batchShape[i];
                offsetA += index * _batchStridesA[i];
                offsetB += index * _batchStridesB[i];
            }
        }
    }
}
