using System.IO;
using System.Linq;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;

namespace CoreMLGen.Integration.Tests;

/// <summary>
/// On Apple platforms the Apple SDK (dotnet/macios) globs **/*.mlmodel into CoreMLModel and compiles the items with
/// coremlc into the app bundle, named after their LogicalName (else their Link or path, minus the resource prefix).
/// No Apple SDK runs here, so the project stands in for it: it sets what the Apple SDK sets (TargetPlatformIdentifier,
/// _ResourcePrefix, IsMacEnabled, the default glob with Link metadata) and defines its Core ML targets by name, the
/// compile step recording the items it would hand to coremlc.
/// </summary>
public class AppleHandOverTests
{
    // What the Apple SDK sets; the last three only let a plain net10.0 project accept the platform without the
    // (absent) iOS workload.
    private const string AppleSdk = """
            <TargetPlatformIdentifier>iOS</TargetPlatformIdentifier>
            <TargetPlatformVersion>18.0</TargetPlatformVersion>
            <_ResourcePrefix>Resources</_ResourcePrefix>
            <IPhoneResourcePrefix>Resources</IPhoneResourcePrefix>
            <IsMacEnabled>true</IsMacEnabled>
            <EnableDefaultiOSItems>true</EnableDefaultiOSItems>
            <TargetPlatformSupported>true</TargetPlatformSupported>
            <TargetPlatformVersionSupported>true</TargetPlatformVersionSupported>
            <MSBuildEnableWorkloadResolver>false</MSBuildEnableWorkloadResolver>
        """;

    private const string Items = """
            <!-- The Apple SDK's default glob (Microsoft.Sdk.DefaultItems.template.props). -->
            <CoreMLModel Include="**/*.mlmodel" Exclude="$(DefaultItemExcludes);$(DefaultExcludesInProjectFolder)" Condition="'$(EnableDefaultiOSItems)' == 'true'">
              <Link>$([MSBuild]::MakeRelative('$(MSBuildProjectDirectory)', '%(FullPath)'))</Link>
              <IsDefaultItem>true</IsDefaultItem>
            </CoreMLModel>
            <!-- The user's items: a duplicate with metadata, a package under another bundle name, a model left alone. -->
            <CoreMLModel Include="Models/IrisClassifier.mlmodel" ClassName="Iris" />
            <CoreMLModel Include="Models/Thermostat.mlpackage" LogicalName="Heating/Setpoint.mlmodel" ResourceTags="heating" />
            <CoreMLModel Update="Models/Raw.mlmodel" Generate="false" />
          </ItemGroup>

          <!-- Stand-ins for the Apple SDK's Core ML targets (Xamarin.Shared.targets), same names and order. -->
          <Target Name="_CompileCoreMLModels" AfterTargets="Build" DependsOnTargets="_RemoveProcessedCoreMLModels;_BeforeCompileCoreMLModels;_ReadCompileCoreMLModels;_CoreCompileCoreMLModels" />
          <Target Name="_RemoveProcessedCoreMLModels" />
          <Target Name="_BeforeCompileCoreMLModels" />
          <Target Name="_ReadCompileCoreMLModels" DependsOnTargets="_BeforeCompileCoreMLModels" />
          <Target Name="_CoreCompileCoreMLModels">
            <WriteLinesToFile File="$(IntermediateOutputPath)coremlc-inputs.txt" Lines="@(CoreMLModel->'%(FullPath)|%(LogicalName)|%(ResourceTags)')" Overwrite="true" />
          </Target>
          <ItemGroup>
        """;

    private const string Program = """
        System.Console.WriteLine(IntegrationApp.Iris.BundleResourceName);
        System.Console.WriteLine(IntegrationApp.Detector.BundleResourceName);
        System.Console.WriteLine(IntegrationApp.Thermostat.BundleResourceName);
        System.Console.WriteLine(string.Join(",", typeof(IntegrationApp.Iris).Assembly.GetManifestResourceNames()));
        System.Console.WriteLine(string.Join(",", System.Linq.Enumerable.Order(System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(
            typeof(IntegrationApp.Iris).Assembly.GetTypes(), t => t.Name.EndsWith("Input")), t => t.FullName))));
        """;

    [Fact]
    public void The_Apple_SDK_compiles_one_package_per_model_under_the_bundle_name_the_generated_code_uses()
    {
        using TemporaryProject project = TemporaryProject.Create(Items, Program, AppleSdk, name: "AppleApp");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Resources/Detector.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Thermostat), "Models/Thermostat.mlpackage");
        File.WriteAllText(project.FullPath("Models/Raw.mlmodel"), "never read: Generate=false leaves it to the Apple SDK");

        (DotnetBuild.Result build, BuildLog log) = project.Build();

        build.ExitCode.ShouldBe(0, build.Output);
        log.Warnings.ShouldBeEmpty(build.Output);
        string obj = project.DescriptorDirectory + Path.DirectorySeparatorChar;
        File.ReadAllLines(Path.Combine(project.IntermediateDirectory, "coremlc-inputs.txt"))
            .Select(line => line.Replace(obj, "<coremlgen>/").Replace(project.Directory + Path.DirectorySeparatorChar, "<project>/"))
            .Order(System.StringComparer.Ordinal)
            .ShouldBe(new[]
            {
                // Converted .mlmodel files, each package folder named after the bundle name's last segment.
                "<coremlgen>/Models/IrisClassifier.mlpackage|Models/IrisClassifier.mlpackage|",
                // A package whose folder name is not the bundle name is copied under that name (coremlc keeps it).
                "<coremlgen>/Models/Setpoint.mlpackage|Heating/Setpoint.mlpackage|heating",
                "<coremlgen>/Resources/Detector.mlpackage|Detector.mlpackage|",
                // Generate=false: the item exactly as the Apple SDK made it. The glob's copy of the package's own spec
                // (Thermostat.mlpackage/Data/…/model.mlmodel) is gone.
                "<project>/Models/Raw.mlmodel||",
            });
        project.RunApp().Output.Split('\n', System.StringSplitOptions.TrimEntries).ShouldBe(new[]
        {
            "Models/IrisClassifier",
            "Detector",
            "Heating/Setpoint",
            string.Empty,  // no embedded specs on Apple platforms: the bundle has the compiled models
            "IntegrationApp.DetectorInput,IntegrationApp.IrisInput,IntegrationApp.ThermostatInput",  // one class per model
            string.Empty,
        });
        Directory.Exists(Path.Combine(project.DescriptorDirectory, "Models", "Thermostat.mlpackage")).ShouldBeFalse();
        ModelReaderAgrees(Path.Combine(project.DescriptorDirectory, "Models", "Setpoint.mlpackage"), project.FullPath("Models/Thermostat.mlpackage"));
    }

    [Fact]
    public void The_hand_over_can_be_turned_off_and_then_leaves_the_items_alone()
    {
        using TemporaryProject project = TemporaryProject.Create(Items, Program, AppleSdk + "<CoreMLGenHandOverToAppleSdk>false</CoreMLGenHandOverToAppleSdk>", name: "AppleApp");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Models/IrisClassifier.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Iris), "Resources/Detector.mlmodel");
        project.Add(Path.Combine(SampleModels.Directory, SampleModels.Thermostat), "Models/Thermostat.mlpackage");
        File.WriteAllText(project.FullPath("Models/Raw.mlmodel"), "never read");

        (DotnetBuild.Result build, _) = project.Build();

        build.ExitCode.ShouldBe(0, build.Output);
        File.ReadAllLines(Path.Combine(project.IntermediateDirectory, "coremlc-inputs.txt")).Length.ShouldBe(6, "glob (4: three models and the package's spec) + two explicit items");
        File.ReadAllText(Path.Combine(project.IntermediateDirectory, "coremlc-inputs.txt")).ShouldNotContain(project.DescriptorDirectory);
    }

    private static void ModelReaderAgrees(string copy, string original)
    {
        OutputFiles.Under(copy).ShouldBe(OutputFiles.Under(original));
        foreach (string file in OutputFiles.Under(original))
        {
            File.ReadAllBytes(Path.Combine(copy, file)).ShouldBe(File.ReadAllBytes(Path.Combine(original, file)));
        }
    }
}
