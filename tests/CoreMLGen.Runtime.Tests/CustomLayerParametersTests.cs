using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace CoreMLGen.Runtime.Tests;

public class CustomLayerParametersTests
{
    private static readonly IReadOnlyDictionary<string, object> Parameters = new Dictionary<string, object>
    {
        ["notes"] = 128,
        ["seed"] = 9_000_000_000L,
        ["beta"] = 0.01,
        ["mode"] = "fast",
        ["enabled"] = true,
        ["flag"] = 1L,
        ["wholeDouble"] = 3.0,
    };

    [Fact]
    public void Each_type_reads_its_own_values()
    {
        CustomLayerParameters.GetInt32(Parameters, "notes", "Layer").ShouldBe(128);
        CustomLayerParameters.GetInt64(Parameters, "seed", "Layer").ShouldBe(9_000_000_000L);
        CustomLayerParameters.GetDouble(Parameters, "beta", "Layer").ShouldBe(0.01);
        CustomLayerParameters.GetString(Parameters, "mode", "Layer").ShouldBe("fast");
        CustomLayerParameters.GetBoolean(Parameters, "enabled", "Layer").ShouldBeTrue();
    }

    [Fact]
    public void Numbers_convert_when_nothing_is_lost()
    {
        CustomLayerParameters.GetInt64(Parameters, "notes", "Layer").ShouldBe(128L);
        CustomLayerParameters.GetDouble(Parameters, "notes", "Layer").ShouldBe(128.0);
        CustomLayerParameters.GetInt32(Parameters, "wholeDouble", "Layer").ShouldBe(3);
        CustomLayerParameters.GetBoolean(Parameters, "flag", "Layer").ShouldBeTrue();
    }

    [Fact]
    public void Lossy_or_wrong_values_are_errors_naming_the_layer_and_parameter()
    {
        Should.Throw<CoreMLException>(() => CustomLayerParameters.GetInt32(Parameters, "seed", "Layer")).Message
            .ShouldBe("The parameter 'seed' of the custom layer Layer must be an int, but it is the Int64 9000000000.");
        Should.Throw<CoreMLException>(() => CustomLayerParameters.GetDouble(Parameters, "mode", "Layer")).Message
            .ShouldBe("The parameter 'mode' of the custom layer Layer must be a double, but it is the string \"fast\".");
        Should.Throw<CoreMLException>(() => CustomLayerParameters.GetInt32(Parameters, "beta", "Layer"));
    }

    [Fact]
    public void Missing_parameters_are_errors_when_required_and_null_when_optional()
    {
        Should.Throw<CoreMLException>(() => CustomLayerParameters.GetString(Parameters, "absent", "Layer")).Message
            .ShouldBe("The custom layer Layer needs the string parameter 'absent', which is missing.");
        CustomLayerParameters.GetOptionalString(Parameters, "absent", "Layer").ShouldBeNull();
        CustomLayerParameters.GetOptionalInt32(Parameters, "notes", "Layer").ShouldBe(128);
    }
}
