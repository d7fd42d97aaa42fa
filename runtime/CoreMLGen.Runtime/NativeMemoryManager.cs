using System;
using System.Buffers;

namespace CoreMLGen;

/// <summary>
/// Exposes a block of native memory as <see cref="Memory{T}"/> without copying, and keeps the object that
/// owns the block (for example the <c>MLMultiArray</c> whose buffer it is) reachable for as long as the
/// memory is.
/// </summary>
internal sealed unsafe class NativeMemoryManager<T> : MemoryManager<T>
    where T : unmanaged
{
    private readonly T* _pointer;
    private readonly int _length;

    // Held only to keep the owner alive: the pointer is valid only while the owner is.
    private readonly object? _owner;

    public NativeMemoryManager(T* pointer, int length, object? owner)
    {
        _pointer = pointer;
        _length = length;
        _owner = owner;
    }

    /// <summary>The object that owns the native memory.</summary>
    public object? Owner => _owner;

    public override Span<T> GetSpan() => new(_pointer, _length);

    // Native memory never moves, so pinning is just handing out the address.
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        if ((uint)elementIndex > (uint)_length)
        {
            throw new ArgumentOutOfRangeException(nameof(elementIndex));
        }

        return new MemoryHandle(_pointer + elementIndex, default, this);
    }

    public override void Unpin()
    {
    }

    // The owner frees the memory, not this manager.
    protected override void Dispose(bool disposing)
    {
    }
}
