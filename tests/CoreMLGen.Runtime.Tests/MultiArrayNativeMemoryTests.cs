using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class MultiArrayNativeMemoryTests
{
    [Fact]
    public unsafe void WrapNative_reads_and_writes_native_memory_in_place()
    {
        float* buffer = (float*)NativeMemory.Alloc(8, sizeof(float));
        try
        {
            for (int i = 0; i < 8; i++)
            {
                buffer[i] = i;
            }

            // 2 × 3 with rows padded to 4, as MLMultiArray may lay them out.
            var array = MultiArray<float>.WrapNative((IntPtr)buffer, 8, new[] { 2, 3 }, new[] { 4, 1 }, owner: null);

            array.ToArray().ShouldBe(new float[] { 0, 1, 2, 4, 5, 6 });
            array[1, 2] = 60;
            buffer[6].ShouldBe(60f);
            buffer[7] = 70;
            array.Span[7].ShouldBe(70f);
            array.Memory.Length.ShouldBe(8);

            using var handle = array.Pin();
            ((IntPtr)handle.Pointer).ShouldBe((IntPtr)buffer);
        }
        finally
        {
            NativeMemory.Free(buffer);
        }
    }

    [Fact]
    public void WrapNative_over_a_pinned_array_keeps_the_owner_alive()
    {
        var data = new double[] { 1, 2, 3, 4 };
        var pin = GCHandle.Alloc(data, GCHandleType.Pinned);
        try
        {
            var (array, owner) = WrapWithUnreferencedOwner(pin.AddrOfPinnedObject(), data.Length);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            owner.IsAlive.ShouldBeTrue();
            array.ToArray().ShouldBe(data);
            GC.KeepAlive(array);
        }
        finally
        {
            pin.Free();
        }
    }

    // In its own frame so that only the MultiArray can keep the owner reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (MultiArray<double> Array, WeakReference Owner) WrapWithUnreferencedOwner(IntPtr pointer, int length)
    {
        var owner = new object();
        var array = MultiArray<double>.WrapNative(pointer, length, new[] { length }, new[] { 1 }, owner);
        return (array, new WeakReference(owner));
    }

    [Fact]
    public void WrapNative_validates_its_arguments()
    {
        Should.Throw<ArgumentException>(() => MultiArray<float>.WrapNative(IntPtr.Zero, 4, new[] { 4 }, new[] { 1 }, null));
        Should.Throw<ArgumentOutOfRangeException>(() => MultiArray<float>.WrapNative(new IntPtr(64), -1, new[] { 1 }, new[] { 1 }, null));
        Should.Throw<ArgumentOutOfRangeException>(() => MultiArray<float>.WrapNative(new IntPtr(64), (long)int.MaxValue + 1, new[] { 1 }, new[] { 1 }, null));
        Should.Throw<ArgumentException>(() => MultiArray<float>.WrapNative(new IntPtr(64), 3, new[] { 4 }, new[] { 1 }, null))
            .Message.ShouldContain("only 3 elements");
    }

    [Fact]
    public void WrapNative_allows_an_empty_null_buffer()
    {
        var array = MultiArray<float>.WrapNative(IntPtr.Zero, 0, new[] { 0 }, new[] { 1 }, null);
        array.Count.ShouldBe(0);
        array.ToArray().ShouldBeEmpty();
    }
}
