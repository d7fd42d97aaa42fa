namespace CoreMLGen.Spec.Interface;

/// <summary>How a multi-array shape or an image size may vary at run time.</summary>
public enum FlexibilityKind
{
    /// <summary>Fixed: the declared shape or size.</summary>
    None,

    /// <summary>One of a listed set of shapes or sizes.</summary>
    Enumerated,

    /// <summary>Each dimension within a range.</summary>
    Range,
}
