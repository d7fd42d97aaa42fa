using System;

namespace CoreMLGen.GoldenVectors;

/// <summary>
/// JSON text is not a dictionary or sequence value of the expected shape. <see cref="Exception.Message"/> says what is
/// wrong as a phrase that follows the value's name (e.g. "must be a JSON array, e.g. [1, 2]").
/// </summary>
public sealed class JsonFeatureValueException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, for people.</param>
    public JsonFeatureValueException(string problem)
        : base(problem)
    {
    }
}
