using System;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class ExceptionAndShapeTests
{
    [Fact]
    public void CoreMLException_keeps_the_native_error_or_the_inner_exception()
    {
        var nativeError = new object();
        new CoreMLException("failed", nativeError).NativeError.ShouldBeSameAs(nativeError);

        var inner = new InvalidOperationException();
        var wrapped = new CoreMLException("failed", inner);
        wrapped.InnerException.ShouldBeSameAs(inner);
        wrapped.NativeError.ShouldBeNull();
    }

    [Fact]
    public void Describe_joins_dimensions_with_a_multiplication_sign()
    {
        MultiArrayShape.Describe(new[] { 1, 56, 2100 }).ShouldBe("1 \u00D7 56 \u00D7 2100");
        MultiArrayShape.Describe(new[] { 7 }).ShouldBe("7");
        MultiArrayShape.Describe(Array.Empty<int>()).ShouldBe("scalar");
    }

    [Fact]
    public void ElementCount_multiplies_dimensions()
    {
        MultiArrayShape.ElementCount(new[] { 2, 3, 4 }).ShouldBe(24);
        MultiArrayShape.ElementCount(Array.Empty<int>()).ShouldBe(1);
        MultiArrayShape.ElementCount(new[] { int.MaxValue, int.MaxValue, int.MaxValue, 0 }).ShouldBe(0);
        Should.Throw<ArgumentException>(() => MultiArrayShape.ElementCount(new[] { int.MaxValue, int.MaxValue, int.MaxValue }));
    }
}
