namespace CoreMLGen.Spec.Interface;

/// <summary>The key type of a dictionary or the element type of a sequence.</summary>
public enum ScalarElementKind
{
    /// <summary>Unset in the spec.</summary>
    Unknown,
    Int64,
    String,
}
