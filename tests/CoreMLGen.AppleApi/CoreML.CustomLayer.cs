// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Source: src/coreml.cs ('[Protocol] interface MLCustomLayer'; bgen output is '#nullable enable').
// In .NET, bgen emits every protocol member as a default interface member tagged [RequiredMember]
// or [OptionalMember] (learn.microsoft.com shows 'public virtual bool EvaluateOnCpu (...)'), so the
// compiler does not force implementers to provide them. Here the default bodies throw.
// The protocol constructor 'initWithParameterDictionary:error:' is commented out in the binding
// ("Must be manually inlined in classes implementing this protocol"): implementers write
//   [Export ("initWithParameterDictionary:error:")] public MyLayer (NSDictionary<NSString, NSObject> parameters, out NSError? error)

using System;
using System.Runtime.Versioning;
using CoreMLGen.AppleApi;
using Foundation;
using Metal;
using ObjCRuntime;

#nullable enable

namespace CoreML {
    // bgen output of '[Protocol] interface MLCustomLayer' — src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Protocol (Name = "MLCustomLayer")]
    [ProtocolMember (IsRequired = true, IsProperty = false, IsStatic = false, Name = "SetWeightData", Selector = "setWeightData:error:", ReturnType = typeof (bool), ParameterType = new Type [] { typeof (NSData []), typeof (NSError) }, ParameterByRef = new bool [] { false, true })]
    [ProtocolMember (IsRequired = true, IsProperty = false, IsStatic = false, Name = "GetOutputShapes", Selector = "outputShapesForInputShapes:error:", ReturnType = typeof (NSArray []), ParameterType = new Type [] { typeof (NSArray []), typeof (NSError) }, ParameterByRef = new bool [] { false, true })]
    [ProtocolMember (IsRequired = true, IsProperty = false, IsStatic = false, Name = "EvaluateOnCpu", Selector = "evaluateOnCPUWithInputs:outputs:error:", ReturnType = typeof (bool), ParameterType = new Type [] { typeof (MLMultiArray []), typeof (MLMultiArray []), typeof (NSError) }, ParameterByRef = new bool [] { false, false, true })]
    [ProtocolMember (IsRequired = false, IsProperty = false, IsStatic = false, Name = "Encode", Selector = "encodeToCommandBuffer:inputs:outputs:error:", ReturnType = typeof (bool), ParameterType = new Type [] { typeof (IMTLCommandBuffer), typeof (IMTLTexture []), typeof (IMTLTexture []), typeof (NSError) }, ParameterByRef = new bool [] { false, false, false, true })]
    public partial interface IMLCustomLayer : INativeObject, IDisposable {
        // setWeightData:error: — src/coreml.cs ([Abstract], [NullAllowed] out NSError)
        [RequiredMember]
        [Export ("setWeightData:error:")]
        public virtual bool SetWeightData (NSData [] weights, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // outputShapesForInputShapes:error: — src/coreml.cs ([Abstract], [return: NullAllowed], [NullAllowed] out NSError)
        [RequiredMember]
        [Export ("outputShapesForInputShapes:error:")]
        public virtual NSArray []? GetOutputShapes (NSArray [] inputShapes, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // evaluateOnCPUWithInputs:outputs:error: — src/coreml.cs ([Abstract], [NullAllowed] out NSError)
        [RequiredMember]
        [Export ("evaluateOnCPUWithInputs:outputs:error:")]
        public virtual bool EvaluateOnCpu (MLMultiArray [] inputs, MLMultiArray [] outputs, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // encodeToCommandBuffer:inputs:outputs:error: — src/coreml.cs (optional, [NullAllowed] out NSError)
        [OptionalMember]
        [Export ("encodeToCommandBuffer:inputs:outputs:error:")]
        public virtual bool Encode (IMTLCommandBuffer commandBuffer, IMTLTexture [] inputs, IMTLTexture [] outputs, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);
    }

    // bgen output for the optional members of MLCustomLayer — src/coreml.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public static partial class MLCustomLayer_Extensions {
        // encodeToCommandBuffer:inputs:outputs:error: — src/coreml.cs
        public static bool Encode (this IMLCustomLayer This, IMTLCommandBuffer commandBuffer, IMTLTexture [] inputs, IMTLTexture [] outputs, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);
    }
}
