using System;
using System.Collections.Generic;

namespace CoreMLGen.Generator.Resolving;

/// <summary>
/// The OS versions an API needs, as <c>[SupportedOSPlatform]</c> attributes. A model's floor follows its Core ML
/// specification version (as Xcode's <c>@available</c> does); members that use newer APIs raise it.
/// </summary>
internal sealed record Availability(Version Ios, Version MacOS, Version TvOS)
{
    // Mac Catalyst shares iOS version numbers but starts at 13.1.
    private static readonly Version CatalystFloor = new(13, 1);

    public static readonly Availability Configuration = new(new(12, 0), new(10, 14), new(12, 0));
    /// <summary>predictionsFromBatch:error: (the binding's iOS/tvOS 13; Apple's macOS 10.15).</summary>
    public static readonly Availability BatchPrediction = new(new(13, 0), new(10, 15), new(13, 0));
    public static readonly Availability ImageConversion = new(new(13, 0), new(10, 15), new(13, 0));
    public static readonly Availability AsyncLoad = new(new(14, 0), new(11, 0), new(14, 0));
    public static readonly Availability AsyncPrediction = new(new(17, 0), new(14, 0), new(17, 0));

    /// <summary>Custom layers came with Core ML specification 2 (iOS 11.2, macOS 10.13.2).</summary>
    public static Availability CustomLayers => ForSpecVersion(2);

    /// <summary>MLState: iOS 18, macOS 15, tvOS 18.</summary>
    public static Availability StateApi => ForSpecVersion(9);

    /// <summary>The OS versions that introduced each Core ML specification version (coremltools Model.proto).</summary>
    public static Availability ForSpecVersion(int specVersion) => Math.Max(1, specVersion) switch
    {
        1 => new(new(11, 0), new(10, 13), new(11, 0)),
        2 => new(new(11, 2), new(10, 13, 2), new(11, 2)),
        3 => new(new(12, 0), new(10, 14), new(12, 0)),
        4 => new(new(13, 0), new(10, 15), new(13, 0)),
        5 => new(new(14, 0), new(11, 0), new(14, 0)),
        6 => new(new(15, 0), new(12, 0), new(15, 0)),
        7 => new(new(16, 0), new(13, 0), new(16, 0)),
        8 => new(new(17, 0), new(14, 0), new(17, 0)),
        9 => new(new(18, 0), new(15, 0), new(18, 0)),
        _ => new(new(26, 0), new(26, 0), new(26, 0)),
    };

    public Availability Max(Availability other) => new(
        Ios >= other.Ios ? Ios : other.Ios,
        MacOS >= other.MacOS ? MacOS : other.MacOS,
        TvOS >= other.TvOS ? TvOS : other.TvOS);

    public bool Raises(Availability floor) => Ios > floor.Ios || MacOS > floor.MacOS || TvOS > floor.TvOS;

    public IEnumerable<string> Attributes()
    {
        Version catalyst = Ios >= CatalystFloor ? Ios : CatalystFloor;
        yield return Attribute("ios", Ios);
        yield return Attribute("maccatalyst", catalyst);
        yield return Attribute("macos", MacOS);
        yield return Attribute("tvos", TvOS);
    }

    private static string Attribute(string platform, Version version)
        => "[global::System.Runtime.Versioning.SupportedOSPlatform(\"" + platform + version.ToString(version.Build >= 0 ? 3 : 2) + "\")]";
}
