using System;
using System.Linq;
using CoreMLGen.Generator.Tests.Harness;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>
/// README: "the portable layer maps images to ImageBuffer". The portable <c>IFeatureProvider</c> view of inputs and
/// outputs gives image features as ImageBuffer values: the same buffer off Apple, a pixel copy on Apple targets.
/// </summary>
public class PortableImageTests
{
    private const string Descriptor = """
        coremlgen-descriptor 2
        model specVersion=4 kind=neuralNetwork updatable=false
        metadata description="" author="" license="" version=""
        input name="photo" description="" optional=false type=image width=4 height=2 colorSpace=bgr flexibility=none
        input name="hint" description="" optional=true type=image width=4 height=2 colorSpace=grayscale flexibility=none
        output name="mask" description="" optional=false type=image width=4 height=2 colorSpace=grayscale flexibility=none
        """;

    private static ModelInput Model => new("Photos.mlmodel", Descriptor + "\n");

    [Fact]
    public void Off_apple_the_feature_provider_view_returns_the_image_buffers()
    {
        const string probe = """
            using CoreMLGen;

            namespace TestApp
            {
                internal static class ImageProbe
                {
                    public static string Run()
                    {
                        var photo = ImageBuffer.Create(4, 2, ImagePixelFormat.Bgra32);
                        var mask = ImageBuffer.Create(4, 2, ImagePixelFormat.Gray8);
                        IFeatureProvider input = new PhotosInput(photo);
                        IFeatureProvider output = new PhotosOutput(mask);
                        FeatureValue? inValue = input.GetFeatureValue("photo");
                        FeatureValue? outValue = output.GetFeatureValue("mask");
                        return inValue!.Kind + " " + ReferenceEquals(inValue.ImageValue, photo) + " "
                            + outValue!.Kind + " " + ReferenceEquals(outValue.ImageValue, mask) + " "
                            + (input.GetFeatureValue("hint") is null ? "unset" : "set");
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Portable, "TestApp", new[] { Model }, probe);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));

        object? result = GeneratedAssembly.Call(GeneratedAssembly.Load(run), "TestApp.ImageProbe", "Run");

        result.ShouldBe("Image True Image True unset");
    }

    [Fact]
    public void On_apple_the_feature_provider_view_copies_pixel_buffers_into_image_buffers()
    {
        GeneratorRun run = GeneratorHarness.Run(TargetKind.Apple, Model);
        run.CompilationProblems.ShouldBeEmpty(GeneratedOutput.DescribeProblems(run.CompilationProblems));

        string portable = run.Sources.Single(s => s.Key == "Photos.mlmodel.g.cs").Value;
        portable.ShouldContain("return global::CoreMLGen.FeatureValue.FromImage(global::CoreMLGen.Generated.AppleInterop.ToImageBuffer(Photo, \"photo\"));");
        portable.ShouldContain("return Hint is null ? null : global::CoreMLGen.FeatureValue.FromImage(global::CoreMLGen.Generated.AppleInterop.ToImageBuffer(Hint, \"hint\"));");
        portable.ShouldContain("return global::CoreMLGen.FeatureValue.FromImage(global::CoreMLGen.Generated.AppleInterop.ToImageBuffer(Mask, \"mask\"));");
    }
}
