namespace CoreMLGen.Generator.Emitting;

/// <summary>
/// The conversions every Apple-layer model class shares, emitted once per compilation (internal, so several
/// assemblies can each have their own): typed values to and from <c>MLFeatureValue</c>, multi-arrays without copying.
/// The code is <c>Templates/AppleInterop.cs</c>, an embedded resource that a test compiles against the Apple API surface.
/// </summary>
internal static class AppleInteropEmitter
{
    public const string HintName = "CoreMLGen.AppleInterop.g.cs";

    public static string Emit(string toolVersion) => Templates.Read("AppleInterop.cs").Replace("{version}", toolVersion);
}
