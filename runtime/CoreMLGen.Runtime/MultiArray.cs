using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CoreMLGen;

/// <summary>
/// A strided, n-dimensional array of numbers: the portable counterpart of Core ML's <c>MLMultiArray</c>.
/// This is the element-type-agnostic view; <see cref="MultiArray{T}"/> is the only implementation and
/// gives typed access to the elements.
/// </summary>
public abstract class MultiArray
{
    private readonly int[] _shape;
    private readonly int[] _strides;
    private readonly ReadOnlyCollection<int> _shapeView;
    private readonly ReadOnlyCollection<int> _stridesView;

    // Internal: MultiArray<T> is the only subclass, so every MultiArray can be reached as typed memory.
    // The arrays must already be validated and owned by this instance.
    internal MultiArray(MultiArrayDataType dataType, Type elementType, int[] shape, int[] strides, long count)
    {
        DataType = dataType;
        ElementType = elementType;
        _shape = shape;
        _strides = strides;
        _shapeView = Array.AsReadOnly(shape);
        _stridesView = Array.AsReadOnly(strides);
        Count = count;
        IsContiguous = ComputeIsContiguous(shape, strides, count);
    }

    /// <summary>The Core ML data type of the elements.</summary>
    public MultiArrayDataType DataType { get; }

    /// <summary>The CLR type of the elements, e.g. <see cref="float"/> for <see cref="MultiArrayDataType.Float32"/>.</summary>
    public Type ElementType { get; }

    /// <summary>The size of each dimension, outermost first.</summary>
    public IReadOnlyList<int> Shape => _shapeView;

    /// <summary>The distance, in elements (not bytes), between consecutive indices of each dimension.</summary>
    public IReadOnlyList<int> Strides => _stridesView;

    /// <summary>The number of dimensions; 0 for a scalar.</summary>
    public int Rank => _shape.Length;

    /// <summary>The number of elements: the product of <see cref="Shape"/>, 1 for rank 0.</summary>
    public long Count { get; }

    /// <summary>
    /// Whether the elements lie in row-major (C) order with no gaps from the start of the memory,
    /// so the first <see cref="Count"/> elements of the memory are the array.
    /// </summary>
    public bool IsContiguous { get; }

    /// <summary>The shape, without a copy, for the typed implementation.</summary>
    internal int[] ShapeArray => _shape;

    /// <summary>The strides, without a copy, for the typed implementation.</summary>
    internal int[] StridesArray => _strides;

    /// <summary>
    /// Pins the whole backing memory so native code (for example Core ML) can read or write it, and returns
    /// a handle whose pointer addresses the element at offset 0. Lay elements out with <see cref="Strides"/>.
    /// Dispose the handle to unpin.
    /// </summary>
    /// <returns>The pin handle; dispose it when native code is done with the memory.</returns>
    public abstract MemoryHandle Pin();

    /// <summary>
    /// Pins the backing memory like <see cref="Pin()"/> and also returns its address, so callers that are not
    /// compiled with <c>unsafe</c> (such as generated Core ML interop code) can pass it to native APIs.
    /// </summary>
    /// <param name="address">The address of the element at offset 0, valid until the handle is disposed.</param>
    /// <returns>The pin handle; dispose it when native code is done with the memory.</returns>
    public unsafe MemoryHandle Pin(out IntPtr address)
    {
        MemoryHandle handle = Pin();
        address = (IntPtr)handle.Pointer;
        return handle;
    }

    /// <summary>Describes the array, e.g. <c>MultiArray&lt;Single&gt;[1 × 3 × 224] Float32</c>.</summary>
    /// <returns>The element type, shape and data type.</returns>
    public override string ToString() =>
        "MultiArray<" + ElementType.Name + ">[" + MultiArrayShape.Describe(_shape) + "] " + DataType.ToString();

    private static bool ComputeIsContiguous(int[] shape, int[] strides, long count)
    {
        if (count == 0)
        {
            return true;
        }

        // A dimension of size 1 is never stepped over, so its stride cannot break contiguity.
        long expected = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            if (shape[i] != 1 && strides[i] != expected)
            {
                return false;
            }

            expected *= shape[i];
        }

        return true;
    }
}
