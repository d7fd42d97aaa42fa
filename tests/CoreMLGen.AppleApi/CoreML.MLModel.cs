// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/coreml.cs (bgen definitions; emitted '#nullable enable') and src/CoreML/MLModel.cs.
// bgen rules applied: [Static] -> static; NativeHandle Constructor -> ctor; [Async] -> extra
// '...Async' returning Task<T> (a completion (T, NSError) faults the task with NSErrorException);
// [Category] -> static class of extension methods; 'out NSError' is 'out NSError?' only where the
// binding has [NullAllowed] on it; [Deprecated] -> [ObsoletedOSPlatform].

using System;
using System.ComponentModel;
using System.Runtime.Versioning;
using System.Threading.Tasks;
using CoreMLGen.AppleApi;
using Foundation;
using Metal;
using ObjCRuntime;

#nullable enable

namespace CoreML {
    // ------------------------------------------------------------------ MLModel
    // src/coreml.cs (interface MLModel) + src/CoreML/MLModel.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLModel", true)]
    public partial class MLModel : NSObject {
        // init — bgen (no [DisableDefaultCtor] in the binding)
        [Export ("init")]
        public MLModel () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLModel (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLModel (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // modelDescription — src/coreml.cs
        public virtual MLModelDescription ModelDescription { [Export ("modelDescription")] get => throw new NotSupportedException (ApiSurface.Message); }

        // configuration — src/coreml.cs
        public virtual MLModelConfiguration Configuration { [Export ("configuration")] get => throw new NotSupportedException (ApiSurface.Message); }

        // modelWithContentsOfURL:error: — src/coreml.cs
        [Export ("modelWithContentsOfURL:error:")]
        public static MLModel? Create (NSUrl url, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // modelWithContentsOfURL:configuration:error: — src/coreml.cs
        [Export ("modelWithContentsOfURL:configuration:error:")]
        public static MLModel? Create (NSUrl url, MLModelConfiguration configuration, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:error: — src/coreml.cs
        [Export ("predictionFromFeatures:error:")]
        public virtual IMLFeatureProvider? GetPrediction (IMLFeatureProvider input, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:options:error: — src/coreml.cs
        [Export ("predictionFromFeatures:options:error:")]
        public virtual IMLFeatureProvider? GetPrediction (IMLFeatureProvider input, MLPredictionOptions options, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // predictionsFromBatch:error: — src/coreml.cs ([NullAllowed] out NSError)
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("predictionsFromBatch:error:")]
        public virtual IMLBatchProvider? GetPredictions (IMLBatchProvider inputBatch, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // predictionsFromBatch:options:error: — src/coreml.cs
        [Export ("predictionsFromBatch:options:error:")]
        public virtual IMLBatchProvider? GetPredictions (IMLBatchProvider inputBatch, MLPredictionOptions options, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // parameterValueForKey:error: — src/coreml.cs ([NullAllowed] out NSError)
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        [Export ("parameterValueForKey:error:")]
        public virtual NSObject? GetParameterValue (MLParameterKey key, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // loadContentsOfURL:configuration:completionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios14.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos14.0")]
        [Export ("loadContentsOfURL:configuration:completionHandler:")]
        public static void LoadContents (NSUrl url, MLModelConfiguration configuration, Action<MLModel, NSError> handler) => throw new NotSupportedException (ApiSurface.Message);

        // loadContentsOfURL:configuration:completionHandler: ([Async]) — src/coreml.cs
        [SupportedOSPlatform ("ios14.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos14.0")]
        public static Task<MLModel> LoadContentsAsync (NSUrl url, MLModelConfiguration configuration) => throw new NotSupportedException (ApiSurface.Message);

        // loadModelAsset:configuration:completionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        [Export ("loadModelAsset:configuration:completionHandler:")]
        public static void Load (MLModelAsset asset, MLModelConfiguration configuration, Action<MLModel, NSError> handler) => throw new NotSupportedException (ApiSurface.Message);

        // loadModelAsset:configuration:completionHandler: ([Async (ResultTypeName = "MLModelCompilationLoadResult")]) — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        public static Task<MLModel> LoadAsync (MLModelAsset asset, MLModelConfiguration configuration) => throw new NotSupportedException (ApiSurface.Message);

        // compileModelAtURL:error: — src/coreml.cs
        [ObsoletedOSPlatform ("ios16.0", "Use 'CompileModel (NSUrl, Action<NSUrl, NSError>)' overload or 'CompileModelAsync' instead."), ObsoletedOSPlatform ("maccatalyst16.0", "Use 'CompileModel (NSUrl, Action<NSUrl, NSError>)' overload or 'CompileModelAsync' instead."), ObsoletedOSPlatform ("macos13.0", "Use 'CompileModel (NSUrl, Action<NSUrl, NSError>)' overload or 'CompileModelAsync' instead."), ObsoletedOSPlatform ("tvos16.0", "Use 'CompileModel (NSUrl, Action<NSUrl, NSError>)' overload or 'CompileModelAsync' instead.")]
        [Export ("compileModelAtURL:error:")]
        public static NSUrl? CompileModel (NSUrl modelUrl, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // compileModelAtURL:completionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        [Export ("compileModelAtURL:completionHandler:")]
        public static void CompileModel (NSUrl modelUrl, Action<NSUrl, NSError> handler) => throw new NotSupportedException (ApiSurface.Message);

        // compileModelAtURL:completionHandler: ([Async (ResultTypeName = "MLModelCompilationResult")]) — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        public static Task<NSUrl> CompileModelAsync (NSUrl modelUrl) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:completionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
        [Export ("predictionFromFeatures:completionHandler:")]
        public virtual void GetPrediction (IMLFeatureProvider input, Action<IMLFeatureProvider, NSError> completionHandler) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:completionHandler: ([Async]) — src/coreml.cs
        [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
        public virtual Task<IMLFeatureProvider> GetPredictionAsync (IMLFeatureProvider input) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:options:completionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
        [Export ("predictionFromFeatures:options:completionHandler:")]
        public virtual void GetPrediction (IMLFeatureProvider input, MLPredictionOptions options, Action<IMLFeatureProvider, NSError> completionHandler) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:options:completionHandler: ([Async]) — src/coreml.cs
        [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
        public virtual Task<IMLFeatureProvider> GetPredictionAsync (IMLFeatureProvider input, MLPredictionOptions options) => throw new NotSupportedException (ApiSurface.Message);

        // availableComputeDevices (category MLComputeDevice) — src/coreml.cs
        [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
        public static IMLComputeDeviceProtocol [] AvailableComputeDevices { [Export ("availableComputeDevices", ArgumentSemantic.Copy)] get => throw new NotSupportedException (ApiSurface.Message); }

        // MLAllComputeDevices () — src/CoreML/MLModel.cs
        [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
        public static IMLComputeDeviceProtocol [] AllComputeDevices => throw new NotSupportedException (ApiSurface.Message);
    }

    // bgen async result class for [Async (ResultTypeName = "MLModelCompilationResult")] — src/coreml.cs
    public partial class MLModelCompilationResult {
        public NSUrl Arg1 { get; set; }

        public MLModelCompilationResult (NSUrl arg1)
        {
            this.Arg1 = arg1;
        }
    }

    // bgen async result class for [Async (ResultTypeName = "MLModelCompilationLoadResult")] — src/coreml.cs
    public partial class MLModelCompilationLoadResult {
        public MLModel Arg1 { get; set; }

        public MLModelCompilationLoadResult (MLModel arg1)
        {
            this.Arg1 = arg1;
        }
    }

    // ------------------------------------------------------------------ MLModelConfiguration
    // src/coreml.cs (interface MLModelConfiguration : NSCopying, NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLModelConfiguration", true)]
    public class MLModelConfiguration : NSObject {
        // init — bgen
        [Export ("init")]
        public MLModelConfiguration () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLModelConfiguration (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLModelConfiguration (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // computeUnits / setComputeUnits: — src/coreml.cs
        public virtual MLComputeUnits ComputeUnits {
            [Export ("computeUnits", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setComputeUnits:", ArgumentSemantic.Assign)] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // optimizationHints / setOptimizationHints: — src/coreml.cs
        [SupportedOSPlatform ("ios17.4"), SupportedOSPlatform ("maccatalyst17.4"), SupportedOSPlatform ("macos14.4"), SupportedOSPlatform ("tvos17.4")]
        public virtual MLOptimizationHints OptimizationHints {
            [Export ("optimizationHints", ArgumentSemantic.Copy)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setOptimizationHints:", ArgumentSemantic.Copy)] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // modelDisplayName / setModelDisplayName: — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
        public virtual string? ModelDisplayName {
            [Export ("modelDisplayName")] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setModelDisplayName:")] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // allowLowPrecisionAccumulationOnGPU / setAllowLowPrecisionAccumulationOnGPU: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public virtual bool AllowLowPrecisionAccumulationOnGpu {
            [Export ("allowLowPrecisionAccumulationOnGPU")] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setAllowLowPrecisionAccumulationOnGPU:")] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // preferredMetalDevice / setPreferredMetalDevice: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public virtual IMTLDevice? PreferredMetalDevice {
            [Export ("preferredMetalDevice", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setPreferredMetalDevice:", ArgumentSemantic.Assign)] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // parameters / setParameters: — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public virtual NSDictionary<MLParameterKey, NSObject>? Parameters {
            [Export ("parameters", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setParameters:", ArgumentSemantic.Assign)] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // functionName / setFunctionName: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        public virtual string? FunctionName {
            [Export ("functionName", ArgumentSemantic.Copy)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setFunctionName:", ArgumentSemantic.Copy)] set => throw new NotSupportedException (ApiSurface.Message);
        }
    }

    // src/coreml.cs (interface MLOptimizationHints : NSCopying, NSSecureCoding)
    [SupportedOSPlatform ("ios17.4"), SupportedOSPlatform ("maccatalyst17.4"), SupportedOSPlatform ("macos14.4"), SupportedOSPlatform ("tvos17.4")]
    [Register ("MLOptimizationHints", true)]
    public class MLOptimizationHints : NSObject {
        // init — bgen
        [Export ("init")]
        public MLOptimizationHints () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLOptimizationHints (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLOptimizationHints (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // reshapeFrequency / setReshapeFrequency: — src/coreml.cs
        public virtual MLReshapeFrequencyHint ReshapeFrequency {
            [Export ("reshapeFrequency", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setReshapeFrequency:", ArgumentSemantic.Assign)] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // specializationStrategy / setSpecializationStrategy: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        public virtual MLSpecializationStrategy SpecializationStrategy {
            [Export ("specializationStrategy", ArgumentSemantic.Assign)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setSpecializationStrategy:", ArgumentSemantic.Assign)] set => throw new NotSupportedException (ApiSurface.Message);
        }
    }

    // ------------------------------------------------------------------ MLPredictionOptions
    // src/coreml.cs (interface MLPredictionOptions)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLPredictionOptions", true)]
    public class MLPredictionOptions : NSObject {
        // init — bgen
        [Export ("init")]
        public MLPredictionOptions () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLPredictionOptions (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLPredictionOptions (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // usesCPUOnly / setUsesCPUOnly: — src/coreml.cs
        [ObsoletedOSPlatform ("ios15.0", "Use 'MLModelConfiguration.ComputeUnits' instead."), ObsoletedOSPlatform ("maccatalyst15.0", "Use 'MLModelConfiguration.ComputeUnits' instead."), ObsoletedOSPlatform ("macos12.0", "Use 'MLModelConfiguration.ComputeUnits' instead."), ObsoletedOSPlatform ("tvos15.0", "Use 'MLModelConfiguration.ComputeUnits' instead.")]
        public virtual bool UsesCpuOnly {
            [Export ("usesCPUOnly")] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setUsesCPUOnly:")] set => throw new NotSupportedException (ApiSurface.Message);
        }

        // outputBackings / setOutputBackings: — src/coreml.cs
        [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos16.0")]
        public virtual NSDictionary OutputBackings {
            [Export ("outputBackings", ArgumentSemantic.Copy)] get => throw new NotSupportedException (ApiSurface.Message);
            [Export ("setOutputBackings:", ArgumentSemantic.Copy)] set => throw new NotSupportedException (ApiSurface.Message);
        }
    }

    // ------------------------------------------------------------------ MLModelDescription
    // src/coreml.cs (interface MLModelDescription : NSSecureCoding)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("MLModelDescription", true)]
    public class MLModelDescription : NSObject {
        // init — bgen (no [DisableDefaultCtor] in the binding)
        [Export ("init")]
        public MLModelDescription () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLModelDescription (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLModelDescription (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // inputDescriptionsByName — src/coreml.cs
        public virtual NSDictionary<NSString, MLFeatureDescription> InputDescriptionsByName { [Export ("inputDescriptionsByName")] get => throw new NotSupportedException (ApiSurface.Message); }

        // outputDescriptionsByName — src/coreml.cs
        public virtual NSDictionary<NSString, MLFeatureDescription> OutputDescriptionsByName { [Export ("outputDescriptionsByName")] get => throw new NotSupportedException (ApiSurface.Message); }

        // predictedFeatureName — src/coreml.cs
        public virtual string? PredictedFeatureName { [Export ("predictedFeatureName")] get => throw new NotSupportedException (ApiSurface.Message); }

        // predictedProbabilitiesName — src/coreml.cs
        public virtual string? PredictedProbabilitiesName { [Export ("predictedProbabilitiesName")] get => throw new NotSupportedException (ApiSurface.Message); }

        // metadata ([Wrap ("_Metadata")], strong dictionary) — src/coreml.cs
        public MLModelMetadata Metadata => throw new NotSupportedException (ApiSurface.Message);

        // classLabels — src/coreml.cs
        [SupportedOSPlatform ("ios14.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos14.0")]
        public virtual NSObject []? ClassLabels { [Export ("classLabels", ArgumentSemantic.Copy)] get => throw new NotSupportedException (ApiSurface.Message); }

        // isUpdatable — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public virtual bool IsUpdatable { [Export ("isUpdatable")] get => throw new NotSupportedException (ApiSurface.Message); }

        // trainingInputDescriptionsByName — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public virtual NSDictionary<NSString, MLFeatureDescription> TrainingInputDescriptionsByName { [Export ("trainingInputDescriptionsByName")] get => throw new NotSupportedException (ApiSurface.Message); }

        // parameterDescriptionsByKey — src/coreml.cs
        [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
        public virtual NSDictionary<MLParameterKey, MLParameterDescription> ParameterDescriptionsByKey { [Export ("parameterDescriptionsByKey")] get => throw new NotSupportedException (ApiSurface.Message); }

        // stateDescriptionsByName — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        public virtual NSDictionary<NSString, MLFeatureDescription> StateDescriptionsByName { [Export ("stateDescriptionsByName")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // bgen output of '[StrongDictionary ("MLModelMetadataKeys")] interface MLModelMetadata' — src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public partial class MLModelMetadata : DictionaryContainer {
        // bgen
        public MLModelMetadata () => throw new NotSupportedException (ApiSurface.Message);

        // bgen
        public MLModelMetadata (NSDictionary? dictionary) => throw new NotSupportedException (ApiSurface.Message);

        // MLModelDescriptionKey — src/coreml.cs
        public string? Description => throw new NotSupportedException (ApiSurface.Message);

        // MLModelVersionStringKey — src/coreml.cs
        public string? VersionString => throw new NotSupportedException (ApiSurface.Message);

        // MLModelAuthorKey — src/coreml.cs
        public string? Author => throw new NotSupportedException (ApiSurface.Message);

        // MLModelLicenseKey — src/coreml.cs
        public string? License => throw new NotSupportedException (ApiSurface.Message);

        // MLModelCreatorDefinedKey — src/coreml.cs
        public string? CreatorDefined => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ MLKey / MLParameterKey / MLParameterDescription
    // src/coreml.cs (interface MLKey : NSCopying, NSSecureCoding, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    [Register ("MLKey", true)]
    public class MLKey : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLKey (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLKey (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // name — src/coreml.cs
        public virtual string Name { [Export ("name")] get => throw new NotSupportedException (ApiSurface.Message); }

        // scope — src/coreml.cs
        public virtual string? Scope { [Export ("scope")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs (interface MLParameterKey : MLKey, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    [Register ("MLParameterKey", true)]
    public class MLParameterKey : MLKey {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLParameterKey (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLParameterKey (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // learningRate — src/coreml.cs
        public static MLParameterKey LearningRate { [Export ("learningRate")] get => throw new NotSupportedException (ApiSurface.Message); }
        // momentum — src/coreml.cs
        public static MLParameterKey Momentum { [Export ("momentum")] get => throw new NotSupportedException (ApiSurface.Message); }
        // miniBatchSize — src/coreml.cs
        public static MLParameterKey MiniBatchSize { [Export ("miniBatchSize")] get => throw new NotSupportedException (ApiSurface.Message); }
        // beta1 — src/coreml.cs
        public static MLParameterKey Beta1 { [Export ("beta1")] get => throw new NotSupportedException (ApiSurface.Message); }
        // beta2 — src/coreml.cs
        public static MLParameterKey Beta2 { [Export ("beta2")] get => throw new NotSupportedException (ApiSurface.Message); }
        // eps — src/coreml.cs
        public static MLParameterKey Eps { [Export ("eps")] get => throw new NotSupportedException (ApiSurface.Message); }
        // epochs — src/coreml.cs
        public static MLParameterKey Epochs { [Export ("epochs")] get => throw new NotSupportedException (ApiSurface.Message); }
        // shuffle — src/coreml.cs
        public static MLParameterKey Shuffle { [Export ("shuffle")] get => throw new NotSupportedException (ApiSurface.Message); }
        // seed — src/coreml.cs
        public static MLParameterKey Seed { [Export ("seed")] get => throw new NotSupportedException (ApiSurface.Message); }
        // numberOfNeighbors — src/coreml.cs
        public static MLParameterKey NumberOfNeighbors { [Export ("numberOfNeighbors")] get => throw new NotSupportedException (ApiSurface.Message); }
        // linkedModelFileName — src/coreml.cs
        public static MLParameterKey LinkedModelFileName { [Export ("linkedModelFileName")] get => throw new NotSupportedException (ApiSurface.Message); }
        // linkedModelSearchPath — src/coreml.cs
        public static MLParameterKey LinkedModelSearchPath { [Export ("linkedModelSearchPath")] get => throw new NotSupportedException (ApiSurface.Message); }
        // weights — src/coreml.cs
        public static MLParameterKey Weights { [Export ("weights")] get => throw new NotSupportedException (ApiSurface.Message); }
        // biases — src/coreml.cs
        public static MLParameterKey Biases { [Export ("biases")] get => throw new NotSupportedException (ApiSurface.Message); }

        // scopedTo: — src/coreml.cs
        [Export ("scopedTo:")]
        public virtual MLParameterKey GetScopedParameter (string scope) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/coreml.cs (interface MLParameterDescription : NSSecureCoding, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    [Register ("MLParameterDescription", true)]
    public class MLParameterDescription : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLParameterDescription (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLParameterDescription (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // key — src/coreml.cs
        public virtual MLParameterKey Key { [Export ("key")] get => throw new NotSupportedException (ApiSurface.Message); }

        // defaultValue — src/coreml.cs
        public virtual NSObject DefaultValue { [Export ("defaultValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // numericConstraint — src/coreml.cs
        public virtual MLNumericConstraint? NumericConstraint { [Export ("numericConstraint")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs (interface MLNumericConstraint : NSSecureCoding, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios13.0"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos13.0")]
    [Register ("MLNumericConstraint", true)]
    public class MLNumericConstraint : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLNumericConstraint (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLNumericConstraint (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // minNumber — src/coreml.cs
        public virtual NSNumber MinNumber { [Export ("minNumber")] get => throw new NotSupportedException (ApiSurface.Message); }

        // maxNumber — src/coreml.cs
        public virtual NSNumber MaxNumber { [Export ("maxNumber")] get => throw new NotSupportedException (ApiSurface.Message); }

        // enumeratedNumbers — src/coreml.cs
        public virtual NSSet<NSNumber>? EnumeratedNumbers { [Export ("enumeratedNumbers")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // ------------------------------------------------------------------ MLModelAsset
    // src/coreml.cs
    public delegate void MLModelAssetGetModelDescriptionCompletionHandler (MLModelDescription? modelDescription, NSError? error);

    // src/coreml.cs
    public delegate void MLModelAssetGetFunctionNamesCompletionHandler (string []? functionNames, NSError? error);

    // src/coreml.cs (interface MLModelAsset, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios16.0"), SupportedOSPlatform ("maccatalyst16.0"), SupportedOSPlatform ("macos13.0"), SupportedOSPlatform ("tvos16.0")]
    [Register ("MLModelAsset", true)]
    public class MLModelAsset : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLModelAsset (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLModelAsset (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // modelAssetWithSpecificationData:error: — src/coreml.cs
        [Export ("modelAssetWithSpecificationData:error:")]
        public static MLModelAsset? Create (NSData specificationData, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // modelAssetWithURL:error: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("modelAssetWithURL:error:")]
        public static MLModelAsset? Create (NSUrl compiledModelUrl, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // modelDescriptionWithCompletionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("modelDescriptionWithCompletionHandler:")]
        public virtual void GetModelDescription (MLModelAssetGetModelDescriptionCompletionHandler handler) => throw new NotSupportedException (ApiSurface.Message);

        // modelDescriptionOfFunctionNamed:completionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("modelDescriptionOfFunctionNamed:completionHandler:")]
        public virtual void GetModelDescription (string functionName, MLModelAssetGetModelDescriptionCompletionHandler handler) => throw new NotSupportedException (ApiSurface.Message);

        // functionNamesWithCompletionHandler: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("functionNamesWithCompletionHandler:")]
        public virtual void GetFunctionNames (MLModelAssetGetFunctionNamesCompletionHandler handler) => throw new NotSupportedException (ApiSurface.Message);

        // modelAssetWithSpecificationData:blobMapping:error: — src/coreml.cs
        [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
        [Export ("modelAssetWithSpecificationData:blobMapping:error:")]
        public static MLModelAsset? Create (NSData specificationData, NSDictionary<NSUrl, NSData> blobMapping, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ compute devices
    // bgen output of '[Protocol] interface MLComputeDeviceProtocol' (no members) — src/coreml.cs
    [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
    [Protocol (Name = "MLComputeDeviceProtocol")]
    public partial interface IMLComputeDeviceProtocol : INativeObject, IDisposable {
    }

    // src/coreml.cs (interface MLNeuralEngineComputeDevice : MLComputeDeviceProtocol, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
    [Register ("MLNeuralEngineComputeDevice", true)]
    public class MLNeuralEngineComputeDevice : NSObject, IMLComputeDeviceProtocol {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLNeuralEngineComputeDevice (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLNeuralEngineComputeDevice (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // totalCoreCount — src/coreml.cs
        public virtual nint TotalCoreCount { [Export ("totalCoreCount")] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // src/coreml.cs (BaseType Name = "MLCPUComputeDevice", [DisableDefaultCtor])
    [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
    [Register ("MLCPUComputeDevice", true)]
    public class MLCpuComputeDevice : NSObject, IMLComputeDeviceProtocol {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLCpuComputeDevice (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLCpuComputeDevice (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/coreml.cs (BaseType Name = "MLGPUComputeDevice", [DisableDefaultCtor])
    [SupportedOSPlatform ("ios17.0"), SupportedOSPlatform ("maccatalyst17.0"), SupportedOSPlatform ("macos14.0"), SupportedOSPlatform ("tvos17.0")]
    [Register ("MLGPUComputeDevice", true)]
    public class MLGpuComputeDevice : NSObject, IMLComputeDeviceProtocol {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLGpuComputeDevice (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLGpuComputeDevice (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // metalDevice — src/coreml.cs
        public virtual IMTLDevice MetalDevice { [Export ("metalDevice", ArgumentSemantic.Strong)] get => throw new NotSupportedException (ApiSurface.Message); }
    }

    // ------------------------------------------------------------------ MLState (stateful models)
    // src/coreml.cs
    public delegate void MLStateGetMultiArrayForStateHandler (MLMultiArray buffer);

    // src/coreml.cs
    public delegate void MLStateGetPredictionCompletionHandler (IMLFeatureProvider? output, NSError error);

    // src/coreml.cs (interface MLState, [DisableDefaultCtor])
    [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
    [Register ("MLState", true)]
    public class MLState : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected MLState (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal MLState (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // getMultiArrayForStateNamed:handler: — src/coreml.cs
        [Export ("getMultiArrayForStateNamed:handler:")]
        public virtual void GetMultiArrayForState (string stateName, MLStateGetMultiArrayForStateHandler handler) => throw new NotSupportedException (ApiSurface.Message);
    }

    // bgen output of '[Category, BaseType (typeof (MLModel))] interface MLModel_MLState' — src/coreml.cs
    // (no ...Async overload exists for the stateful completion-handler call)
    [SupportedOSPlatform ("ios18.0"), SupportedOSPlatform ("maccatalyst18.0"), SupportedOSPlatform ("macos15.0"), SupportedOSPlatform ("tvos18.0")]
    public static partial class MLModel_MLState {
        // newState ([return: Release]) — src/coreml.cs
        public static MLState CreateNewState (this MLModel This) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:usingState:error: — src/coreml.cs
        public static IMLFeatureProvider? GetPrediction (this MLModel This, IMLFeatureProvider inputFeatures, MLState state, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:usingState:options:error: — src/coreml.cs
        public static IMLFeatureProvider? GetPrediction (this MLModel This, IMLFeatureProvider inputFeatures, MLState state, MLPredictionOptions options, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // predictionFromFeatures:usingState:options:completionHandler: — src/coreml.cs
        // (the binding declares a nullable IMLFeatureProvider return although the selector returns void)
        public static IMLFeatureProvider? GetPrediction (this MLModel This, IMLFeatureProvider inputFeatures, MLState state, MLPredictionOptions options, MLStateGetPredictionCompletionHandler completionHandler) => throw new NotSupportedException (ApiSurface.Message);
    }
}
