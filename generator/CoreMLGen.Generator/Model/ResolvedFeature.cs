namespace CoreMLGen.Generator.Model;

/// <summary>
/// One input or output as the target's generated code uses it: names, C# type, docs and every conversion,
/// resolved, so the emitters print them without looking at the feature's type or the target.
/// </summary>
/// <param name="ClrType">The property type (non-nullable form); <c>FeatureValue</c> when the target cannot type it.</param>
/// <param name="Summary">"description as [optional ]type", for inputs and parameters.</param>
/// <param name="SummaryWithoutOptional">The same without "optional", for outputs.</param>
/// <param name="Remarks">Accepted shapes, defaults and why it is untyped; empty when there is nothing to say.</param>
/// <param name="Constants">The name, shape, data type, size and pixel format constants next to the feature.</param>
/// <param name="InputValue">The portable <c>FeatureValue</c> of an input's property (null when unset).</param>
/// <param name="OutputRead">What an output property reads on first use.</param>
/// <param name="OutputValue">The portable <c>FeatureValue</c> of an output's property.</param>
/// <param name="NativeInputValue">Apple: the <c>MLFeatureValue</c> of an input's property (null when unset); empty off Apple.</param>
/// <param name="NativeOutputValue">Apple: the <c>MLFeatureValue</c> of an output's property; empty off Apple.</param>
/// <param name="ImageSetterArguments">Apple: size and pixel format for an input image's setters; empty when it has none.</param>
internal sealed record ResolvedFeature(
    string Name,
    string PropertyName,
    string ParameterName,
    string FieldName,
    bool IsOptional,
    string ClrType,
    bool IsValueType,
    string Summary,
    string SummaryWithoutOptional,
    string Remarks,
    EquatableArray<DocumentedMember> Constants,
    string InputValue,
    string OutputRead,
    string OutputValue,
    string NativeInputValue,
    string NativeOutputValue,
    string ImageSetterArguments);
