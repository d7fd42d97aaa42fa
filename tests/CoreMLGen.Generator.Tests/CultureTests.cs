using System.Globalization;
using CoreMLGen.Generator.Tests.Harness;
using Shouldly;
using Xunit;

namespace CoreMLGen.Generator.Tests;

/// <summary>Generated code is identical under every culture (fi-FI writes U+2212 for minus and a comma for the decimal point).</summary>
public class CultureTests
{
    [Theory]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Emitter_output_does_not_depend_on_the_culture(string culture)
    {
        ModelInput[] models = { DescriptorFiles.Load("AllFeatureTypes"), DescriptorFiles.Load("HostileNames") };
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        GeneratorRun invariant, localized;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            invariant = GeneratorHarness.Run(TargetKind.Apple, models);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            localized = GeneratorHarness.Run(TargetKind.Apple, models);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }

        localized.Sources.ShouldBe(invariant.Sources);
    }
}
