using System.Linq;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Spec.Reading;
using CoreMLGen.Testing.Builders;
using Shouldly;

namespace CoreMLGen.Spec.Tests.Infrastructure;

/// <summary>Reads specs built in code, asserting the read succeeded.</summary>
public static class Reads
{
    public static ModelInterface Interface(SpecBuilder spec)
    {
        ModelReadResult result = ModelReader.ReadSpec(spec.ToBytes(), "Test.mlmodel");
        result.Errors.ShouldBeEmpty(string.Join("; ", result.Errors.Select(error => error.ToString())));
        result.Succeeded.ShouldBeTrue();
        return result.Interface!;
    }

    /// <summary>The only input of a model built with one input.</summary>
    public static ModelFeature SingleInput(SpecBuilder spec) => Interface(spec).Inputs.ShouldHaveSingleItem();

    /// <summary>Reads a failing file and returns its single error.</summary>
    public static ModelReadError SingleError(string path)
    {
        ModelReadResult result = ModelReader.Read(path);
        result.Succeeded.ShouldBeFalse();
        result.Interface.ShouldBeNull();
        result.Spec.ShouldBeNull();
        result.SpecBytes.ShouldBeNull();
        return result.Errors.ShouldHaveSingleItem();
    }
}
