using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;

namespace CoreMLGen;

/// <summary>
/// A strided, n-dimensional array of <typeparamref name="T"/> over managed or native memory: the portable
/// counterpart of Core ML's <c>MLMultiArray</c>. Supported element types are <see cref="float"/>,
/// <see cref="double"/>, <see cref="int"/>, <see cref="sbyte"/> and, on .NET 5 and later, <c>System.Half</c>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Wrapping never copies: writes through the array are visible in the wrapped memory and vice versa.
/// Spans and references obtained from an array over native memory are valid only while the array
/// (which keeps the memory's owner alive) is reachable.
/// </remarks>
public sealed class MultiArray<T> : MultiArray
    where T : unmanaged
{
    // Looked up once per element type; null marks an element type Core ML cannot hold.
    private static readonly MultiArrayDataType? SupportedDataType =
        MultiArrayElementTypes.TryGetDataType(typeof(T), out var dataType) ? dataType : null;

    private MultiArray(Memory<T> memory, int[] shape, int[] strides, long count)
        : base(SupportedDataType!.Value, typeof(T), shape, strides, count)
    {
        Memory = memory;
    }

    /// <summary>The Core ML data type that corresponds to <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported element type.</exception>
    public static MultiArrayDataType ElementDataType => SupportedDataType ?? throw MultiArrayElementTypes.Unsupported(typeof(T));

    /// <summary>The whole backing store, which may be longer than the elements the shape and strides reach.</summary>
    public Memory<T> Memory { get; }

    /// <summary>The whole backing store as a span (<c>Memory.Span</c>).</summary>
    public Span<T> Span => Memory.Span;

    /// <summary>A reference to the element at <paramref name="indices"/>, one index per dimension.</summary>
    /// <param name="indices">The index in each dimension, outermost first.</param>
    /// <exception cref="ArgumentException">The number of indices differs from <see cref="MultiArray.Rank"/>.</exception>
    /// <exception cref="IndexOutOfRangeException">An index is outside its dimension.</exception>
    public ref T this[params int[] indices]
    {
        get
        {
            if (indices is null)
            {
                throw new ArgumentNullException(nameof(indices));
            }

            return ref Span[(int)GetOffset(indices)];
        }
    }

    /// <summary>A reference to element <paramref name="i"/> of a rank-1 array.</summary>
    /// <param name="i">The index.</param>
    /// <exception cref="ArgumentException">The array is not rank 1.</exception>
    /// <exception cref="IndexOutOfRangeException">The index is outside the dimension.</exception>
    public ref T this[int i]
    {
        get
        {
            RequireRank(1);
            CheckIndex(0, i);
            return ref Span[i * StridesArray[0]];
        }
    }

    /// <summary>A reference to element (<paramref name="i"/>, <paramref name="j"/>) of a rank-2 array.</summary>
    /// <param name="i">The index in dimension 0.</param>
    /// <param name="j">The index in dimension 1.</param>
    /// <exception cref="ArgumentException">The array is not rank 2.</exception>
    /// <exception cref="IndexOutOfRangeException">An index is outside its dimension.</exception>
    public ref T this[int i, int j]
    {
        get
        {
            RequireRank(2);
            CheckIndex(0, i);
            CheckIndex(1, j);
            int[] strides = StridesArray;
            return ref Span[(i * strides[0]) + (j * strides[1])];
        }
    }

    /// <summary>A reference to element (<paramref name="i"/>, <paramref name="j"/>, <paramref name="k"/>) of a rank-3 array.</summary>
    /// <param name="i">The index in dimension 0.</param>
    /// <param name="j">The index in dimension 1.</param>
    /// <param name="k">The index in dimension 2.</param>
    /// <exception cref="ArgumentException">The array is not rank 3.</exception>
    /// <exception cref="IndexOutOfRangeException">An index is outside its dimension.</exception>
    public ref T this[int i, int j, int k]
    {
        get
        {
            RequireRank(3);
            CheckIndex(0, i);
            CheckIndex(1, j);
            CheckIndex(2, k);
            int[] strides = StridesArray;
            return ref Span[(i * strides[0]) + (j * strides[1]) + (k * strides[2])];
        }
    }

    /// <summary>Creates a zero-filled contiguous array. A rank-0 (empty) shape holds one element.</summary>
    /// <param name="shape">The size of each dimension, outermost first.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentException">A dimension is negative, or the array would exceed <see cref="int.MaxValue"/> elements.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported element type.</exception>
    public static MultiArray<T> Create(params int[] shape)
    {
        int[] ownShape = CopyShape(shape);
        long count = MultiArrayShape.ElementCount(ownShape);
        RequireFitsInMemory(ownShape, count);
        return new MultiArray<T>(new T[count], ownShape, MultiArrayShape.ContiguousStrides(ownShape), count);
    }

    /// <summary>Wraps an existing array as a contiguous multi-array, without copying.</summary>
    /// <param name="data">The elements in row-major order; its length must equal the element count of <paramref name="shape"/>.</param>
    /// <param name="shape">The size of each dimension, outermost first.</param>
    /// <returns>An array that shares <paramref name="data"/>.</returns>
    /// <exception cref="ArgumentException">A dimension is negative, or the length of <paramref name="data"/> does not match the shape.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported element type.</exception>
    public static MultiArray<T> Wrap(T[] data, params int[] shape)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        int[] ownShape = CopyShape(shape);
        long count = MultiArrayShape.ElementCount(ownShape);
        if (data.Length != count)
        {
            throw new ArgumentException(
                "An array of " + data.Length.ToString(CultureInfo.InvariantCulture) + " elements cannot be wrapped as shape "
                + MultiArrayShape.Describe(ownShape) + ", which has " + count.ToString(CultureInfo.InvariantCulture) + " elements.",
                nameof(data));
        }

        RequireSupported();
        return new MultiArray<T>(data, ownShape, MultiArrayShape.ContiguousStrides(ownShape), count);
    }

    /// <summary>Wraps existing memory, without copying, with an optional strided layout.</summary>
    /// <param name="memory">The backing store; every element the shape and strides reach must lie inside it.</param>
    /// <param name="shape">The size of each dimension, outermost first.</param>
    /// <param name="strides">The step, in elements, of each dimension; null for contiguous row-major order.</param>
    /// <returns>An array that shares <paramref name="memory"/>.</returns>
    /// <exception cref="ArgumentException">The shape or strides are negative, have different ranks, or reach past the memory.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported element type.</exception>
    public static MultiArray<T> Wrap(Memory<T> memory, int[] shape, int[]? strides = null)
    {
        int[] ownShape = CopyShape(shape);
        int[] ownStrides = strides is null ? MultiArrayShape.ContiguousStrides(ownShape) : (int[])strides.Clone();
        long count = StridedLayout.Validate(ownShape, ownStrides, memory.Length);
        RequireSupported();
        return new MultiArray<T>(memory, ownShape, ownStrides, count);
    }

    /// <summary>
    /// Wraps native memory, without copying. The array keeps <paramref name="owner"/> alive for as long as
    /// the array (or its <see cref="Memory"/>) is reachable; the owner remains responsible for freeing the memory.
    /// </summary>
    /// <param name="pointer">The address of the element at offset 0.</param>
    /// <param name="elementCount">The number of <typeparamref name="T"/> elements the memory holds.</param>
    /// <param name="shape">The size of each dimension, outermost first.</param>
    /// <param name="strides">The step, in elements, of each dimension.</param>
    /// <param name="owner">The object that owns the memory, for example the <c>MLMultiArray</c> whose buffer this is; may be null when the memory outlives the array.</param>
    /// <returns>An array over the native memory.</returns>
    /// <exception cref="ArgumentException">The pointer is null, or the shape and strides are invalid or reach past the memory.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="elementCount"/> is negative or exceeds <see cref="int.MaxValue"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported element type.</exception>
    public static unsafe MultiArray<T> WrapNative(IntPtr pointer, long elementCount, int[] shape, int[] strides, object? owner)
    {
        if (elementCount < 0 || elementCount > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(elementCount),
                "The element count must be between 0 and " + int.MaxValue.ToString(CultureInfo.InvariantCulture)
                + " (the largest Memory<T>), but was " + elementCount.ToString(CultureInfo.InvariantCulture) + ".");
        }

        if (pointer == IntPtr.Zero && elementCount > 0)
        {
            throw new ArgumentException("A null pointer cannot hold " + elementCount.ToString(CultureInfo.InvariantCulture) + " elements.", nameof(pointer));
        }

        if (strides is null)
        {
            throw new ArgumentNullException(nameof(strides));
        }

        int[] ownShape = CopyShape(shape);
        int[] ownStrides = (int[])strides.Clone();
        long count = StridedLayout.Validate(ownShape, ownStrides, elementCount);
        RequireSupported();
        var manager = new NativeMemoryManager<T>((T*)pointer, (int)elementCount, owner);
        return new MultiArray<T>(manager.Memory, ownShape, ownStrides, count);
    }

    /// <summary>The strides, in elements, of a contiguous row-major array of <paramref name="shape"/>.</summary>
    /// <param name="shape">The size of each dimension, outermost first.</param>
    /// <returns>A new array with one stride per dimension.</returns>
    public static int[] ContiguousStrides(IReadOnlyList<int> shape) => MultiArrayShape.ContiguousStrides(shape);

    /// <summary>The offset in <see cref="Memory"/> of the element at <paramref name="indices"/>.</summary>
    /// <param name="indices">The index in each dimension, outermost first.</param>
    /// <returns>The offset, in elements.</returns>
    /// <exception cref="ArgumentException">The number of indices differs from <see cref="MultiArray.Rank"/>.</exception>
    /// <exception cref="IndexOutOfRangeException">An index is outside its dimension.</exception>
    public long GetOffset(ReadOnlySpan<int> indices)
    {
        RequireRank(indices.Length);
        int[] strides = StridesArray;
        long offset = 0;
        for (int axis = 0; axis < indices.Length; axis++)
        {
            CheckIndex(axis, indices[axis]);
            offset += (long)indices[axis] * strides[axis];
        }

        return offset;
    }

    /// <summary>Copies the elements, in row-major order, into a new array. Works for any strides.</summary>
    /// <returns>A new array of <see cref="MultiArray.Count"/> elements.</returns>
    public T[] ToArray()
    {
        RequireFitsInMemory(ShapeArray, Count);
        if (TryGetContiguousSpan(out Span<T> contiguous))
        {
            return contiguous.ToArray();
        }

        var result = new T[Count];
        StridedLayout.Copy<T>(Span, StridesArray, result, MultiArrayShape.ContiguousStrides(ShapeArray), ShapeArray, Count);
        return result;
    }

    /// <summary>Copies the array into a new contiguous array of the same shape.</summary>
    /// <returns>The copy, which shares no memory with this array.</returns>
    public MultiArray<T> Clone()
    {
        int[] shape = (int[])ShapeArray.Clone();
        return new MultiArray<T>(ToArray(), shape, MultiArrayShape.ContiguousStrides(shape), Count);
    }

    /// <summary>Copies every element into <paramref name="destination"/>, which must have the same shape (strides may differ).</summary>
    /// <param name="destination">The array to overwrite.</param>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    public void CopyTo(MultiArray<T> destination)
    {
        if (destination is null)
        {
            throw new ArgumentNullException(nameof(destination));
        }

        if (!ShapeArray.AsSpan().SequenceEqual(destination.ShapeArray))
        {
            throw new ArgumentException(
                "Cannot copy a MultiArray of shape " + MultiArrayShape.Describe(ShapeArray) + " into one of shape "
                + MultiArrayShape.Describe(destination.ShapeArray) + ".", nameof(destination));
        }

        if (TryGetContiguousSpan(out Span<T> source) && destination.TryGetContiguousSpan(out Span<T> target))
        {
            // Span copies handle overlapping memory.
            source.CopyTo(target);
            return;
        }

        // Element-by-element copies between overlapping strided views could read already overwritten
        // elements, so go through a temporary copy in that case.
        ReadOnlySpan<T> from = Span;
        int[] fromStrides = StridesArray;
        if (from.Overlaps(destination.Span))
        {
            from = ToArray();
            fromStrides = MultiArrayShape.ContiguousStrides(ShapeArray);
        }

        StridedLayout.Copy(from, fromStrides, destination.Span, destination.StridesArray, ShapeArray, Count);
    }

    /// <summary>
    /// The same elements, in row-major order, with another shape: a view over the same memory when the array is
    /// contiguous (writes show through), otherwise a contiguous copy. Returns this array when the shape is unchanged.
    /// </summary>
    /// <param name="shape">The new dimensions; their product must equal <see cref="MultiArray.Count"/>.</param>
    /// <returns>The reshaped array.</returns>
    /// <exception cref="ArgumentException">A dimension is negative, or the element counts differ.</exception>
    public MultiArray<T> Reshape(params int[] shape)
    {
        int[] ownShape = CopyShape(shape);
        if (ownShape.AsSpan().SequenceEqual(ShapeArray))
        {
            return this;
        }

        long count = MultiArrayShape.ElementCount(ownShape);
        if (count != Count)
        {
            throw new ArgumentException(
                "A MultiArray of shape " + MultiArrayShape.Describe(ShapeArray) + " (" + Count.ToString(CultureInfo.InvariantCulture)
                + " elements) cannot be reshaped to " + MultiArrayShape.Describe(ownShape) + " (" + count.ToString(CultureInfo.InvariantCulture)
                + " elements).", nameof(shape));
        }

        Memory<T> memory = IsContiguous ? Memory.Slice(0, (int)Count) : ToArray();
        return new MultiArray<T>(memory, ownShape, MultiArrayShape.ContiguousStrides(ownShape), count);
    }

    /// <summary>Sets every element to <paramref name="value"/>.</summary>
    /// <param name="value">The value to store.</param>
    public void Fill(T value)
    {
        if (TryGetContiguousSpan(out Span<T> contiguous))
        {
            contiguous.Fill(value);
            return;
        }

        StridedLayout.Fill(Span, StridesArray, ShapeArray, Count, value);
    }

    /// <summary>Gets the elements as one span in row-major order, when <see cref="MultiArray.IsContiguous"/>.</summary>
    /// <param name="span">The first <see cref="MultiArray.Count"/> elements of the memory, or an empty span when the array is not contiguous.</param>
    /// <returns>Whether the array is contiguous.</returns>
    public bool TryGetContiguousSpan(out Span<T> span)
    {
        if (!IsContiguous)
        {
            span = default;
            return false;
        }

        // Validation guarantees a contiguous array's elements fit in the memory.
        span = Span.Slice(0, (int)Count);
        return true;
    }

    /// <summary>
    /// Pins the whole backing memory for native interop (for example to hand it to Core ML) and returns a
    /// handle whose pointer addresses the element at offset 0; lay elements out with <see cref="MultiArray.Strides"/>.
    /// Managed memory cannot move until the handle is disposed, so dispose it as soon as native code is done.
    /// </summary>
    /// <returns>The pin handle.</returns>
    public override MemoryHandle Pin() => Memory.Pin();

    private static int[] CopyShape(int[] shape)
    {
        if (shape is null)
        {
            throw new ArgumentNullException(nameof(shape));
        }

        return (int[])shape.Clone();
    }

    private static void RequireSupported()
    {
        if (SupportedDataType is null)
        {
            throw MultiArrayElementTypes.Unsupported(typeof(T));
        }
    }

    // Create and ToArray need one managed array; the supported-type check comes first so the clearer error wins.
    private static void RequireFitsInMemory(int[] shape, long count)
    {
        RequireSupported();
        if (count > int.MaxValue)
        {
            throw new ArgumentException(
                "Shape " + MultiArrayShape.Describe(shape) + " has " + count.ToString(CultureInfo.InvariantCulture)
                + " elements, more than one .NET array can hold.", nameof(shape));
        }
    }

    private void RequireRank(int indexCount)
    {
        if (indexCount != Rank)
        {
            throw new ArgumentException(
                "A MultiArray of shape " + MultiArrayShape.Describe(ShapeArray) + " needs " + Rank.ToString(CultureInfo.InvariantCulture)
                + " indices, but " + indexCount.ToString(CultureInfo.InvariantCulture) + " were given.");
        }
    }

    private void CheckIndex(int axis, int index)
    {
        int size = ShapeArray[axis];
        if ((uint)index >= (uint)size)
        {
            throw new IndexOutOfRangeException(
                "Index " + index.ToString(CultureInfo.InvariantCulture) + " is out of range for dimension "
                + axis.ToString(CultureInfo.InvariantCulture) + " (size " + size.ToString(CultureInfo.InvariantCulture)
                + ") of a MultiArray of shape " + MultiArrayShape.Describe(ShapeArray) + ".");
        }
    }
}
