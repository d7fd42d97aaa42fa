// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.

namespace CoreMLGen.AppleApi {
    /// <summary>Holds the message every stub body throws with.</summary>
    internal static class ApiSurface {
        internal const string Message = "API-surface stub for compile tests; not an implementation.";
    }
}
