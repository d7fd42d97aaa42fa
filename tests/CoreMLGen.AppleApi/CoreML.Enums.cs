// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Source: src/coreml.cs ([Native] enums are ': long' / ': ulong'; bgen output is '#nullable enable').

using System;
using System.Runtime.Versioning;
using CoreMLGen.AppleApi;
using Foundation;

#nullable enable

namespace CoreML {
    // src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum MLFeatureType : long {
        Invalid = 0,
        Int64 = 1,
        Double = 2,
        String = 3,
        Image = 4,
        MultiArray = 5,
        Dictionary = 6,
        Sequence = 7,
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        State = 8,
    }

    // src/coreml.cs ([ErrorDomain ("MLModelErrorDomain")])
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum MLModelError : long {
        Generic = 0,
        FeatureType = 1,
        IO = 3,
        CustomLayer = 4,
        CustomModel = 5,
        Update = 6,
        Parameters = 7,
        ModelDecryptionKeyFetch = 8,
        ModelDecryption = 9,
        ModelCollection = 10,
        PredictionCancelled = 11,
    }

    // bgen output for [ErrorDomain] — src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public static partial class MLModelErrorExtensions {
        // MLModelErrorDomain (field) — src/coreml.cs
        public static NSString? GetDomain (this MLModelError self) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum MLMultiArrayDataType : long {
        Double = 0x10000 | 64,
        // added in xcode12 but it's the same a `Double` and can be used in earlier versions
        Float64 = 0x10000 | 64,
        Float32 = 0x10000 | 32,
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos16.0")]
        Float16 = 0x10000 | 16,
        // added in xcode12 but it's the same a `Float32` and can be used in earlier versions
        Float = 0x10000 | 32,
        Int32 = 0x20000 | 32,
        // Note: no Int8 member in the binding (snapshot 2025-02-28).
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum MLImageSizeConstraintType : long {
        Unspecified = 0,
        Enumerated = 2,
        Range = 3,
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum MLMultiArrayShapeConstraintType : long {
        Unspecified = 1,
        Enumerated = 2,
        Range = 3,
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum MLComputeUnits : long {
        CpuOnly = 0,
        CpuAndGpu = 1,
        All = 2,
        CPUAndNeuralEngine = 3,
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    public enum MLTaskState : long {
        Suspended = 1,
        Running = 2,
        Cancelling = 3,
        Completed = 4,
        Failed = 5,
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    [Flags]
    public enum MLUpdateProgressEvent : ulong {
        TrainingBegin = 1L << 0,
        EpochEnd = 1L << 1,
        MiniBatchEnd = 1L << 2,
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios17.4"), SupportedOSPlatform ("maccatalyst17.4"), SupportedOSPlatform ("macos14.4"), SupportedOSPlatform ("tvos17.4")]
    public enum MLReshapeFrequencyHint : long {
        Frequent = 0,
        Infrequent = 1,
    }

    // src/coreml.cs
    [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
    public enum MLSpecializationStrategy : long {
        Default = 0,
        FastPrediction = 1,
    }
}
