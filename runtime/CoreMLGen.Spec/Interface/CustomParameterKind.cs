namespace CoreMLGen.Spec.Interface;

/// <summary>The value case of a custom layer parameter (<c>CustomLayerParamValue</c>).</summary>
public enum CustomParameterKind
{
    /// <summary>No case is set.</summary>
    None,
    Double,
    String,

    /// <summary><c>intValue</c>: a 32-bit integer.</summary>
    Int,

    /// <summary><c>longValue</c>: a 64-bit integer.</summary>
    Long,
    Bool,
}
