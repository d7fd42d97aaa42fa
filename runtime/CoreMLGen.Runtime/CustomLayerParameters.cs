using System;
using System.Collections.Generic;
using System.Globalization;

namespace CoreMLGen;

/// <summary>
/// Reads and checks the parameters of a Core ML custom layer (the spec's <c>CustomLayerParams.parameters</c>, as
/// Core ML or the managed evaluator passes them). Values are boxed <see cref="int"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="string"/> or <see cref="bool"/>; numbers convert when no precision is lost.
/// Generated custom layer classes call these once, when the layer is created.
/// </summary>
public static class CustomLayerParameters
{
    /// <summary>A required <c>int</c> parameter.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CoreMLException">The parameter is missing or not an <c>int</c>.</exception>
    public static int GetInt32(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => ToInt32(Require(parameters, name, layerClass, "int"), name, layerClass);

    /// <summary>An optional <c>int</c> parameter: null when absent.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="CoreMLException">The parameter is present but not an <c>int</c>.</exception>
    public static int? GetOptionalInt32(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => Find(parameters, name) is { } value ? ToInt32(value, name, layerClass) : null;

    /// <summary>A required <c>long</c> parameter.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CoreMLException">The parameter is missing or not a <c>long</c>.</exception>
    public static long GetInt64(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => ToInt64(Require(parameters, name, layerClass, "long"), name, layerClass);

    /// <summary>An optional <c>long</c> parameter: null when absent.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="CoreMLException">The parameter is present but not a <c>long</c>.</exception>
    public static long? GetOptionalInt64(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => Find(parameters, name) is { } value ? ToInt64(value, name, layerClass) : null;

    /// <summary>A required <c>double</c> parameter (integers are accepted).</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CoreMLException">The parameter is missing or not a number.</exception>
    public static double GetDouble(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => ToDouble(Require(parameters, name, layerClass, "double"), name, layerClass);

    /// <summary>An optional <c>double</c> parameter: null when absent.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="CoreMLException">The parameter is present but not a number.</exception>
    public static double? GetOptionalDouble(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => Find(parameters, name) is { } value ? ToDouble(value, name, layerClass) : null;

    /// <summary>A required <c>string</c> parameter.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CoreMLException">The parameter is missing or not a string.</exception>
    public static string GetString(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => ToText(Require(parameters, name, layerClass, "string"), name, layerClass);

    /// <summary>An optional <c>string</c> parameter: null when absent.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="CoreMLException">The parameter is present but not a string.</exception>
    public static string? GetOptionalString(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => Find(parameters, name) is { } value ? ToText(value, name, layerClass) : null;

    /// <summary>A required <c>bool</c> parameter (the integers 0 and 1 are accepted: Core ML passes booleans as numbers).</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value.</returns>
    /// <exception cref="CoreMLException">The parameter is missing or not a boolean.</exception>
    public static bool GetBoolean(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => ToBoolean(Require(parameters, name, layerClass, "bool"), name, layerClass);

    /// <summary>An optional <c>bool</c> parameter: null when absent.</summary>
    /// <param name="parameters">The layer's parameters.</param>
    /// <param name="name">The parameter name as the spec writes it.</param>
    /// <param name="layerClass">The custom layer class, for messages.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="CoreMLException">The parameter is present but not a boolean.</exception>
    public static bool? GetOptionalBoolean(IReadOnlyDictionary<string, object> parameters, string name, string layerClass)
        => Find(parameters, name) is { } value ? ToBoolean(value, name, layerClass) : null;

    private static object? Find(IReadOnlyDictionary<string, object> parameters, string name)
    {
        if (parameters is null)
        {
            throw new ArgumentNullException(nameof(parameters));
        }

        return parameters.TryGetValue(name, out object? value) ? value : null;
    }

    private static object Require(IReadOnlyDictionary<string, object> parameters, string name, string layerClass, string type)
        => Find(parameters, name) ?? throw new CoreMLException("The custom layer " + layerClass + " needs the " + type + " parameter '" + name + "', which is missing.");

    private static int ToInt32(object value, string name, string layerClass) => value switch
    {
        int number => number,
        long number when number >= int.MinValue && number <= int.MaxValue => (int)number,
        double number when IsWhole(number) && number >= int.MinValue && number <= int.MaxValue => (int)number,
        _ => throw Mismatch(value, "an int", name, layerClass),
    };

    private static long ToInt64(object value, string name, string layerClass) => value switch
    {
        long number => number,
        int number => number,
        double number when IsWhole(number) && number >= -9.2233720368547758E18 && number < 9.2233720368547758E18 => (long)number,
        _ => throw Mismatch(value, "a long", name, layerClass),
    };

    private static double ToDouble(object value, string name, string layerClass) => value switch
    {
        double number => number,
        float number => number,
        int number => number,
        long number => number,
        _ => throw Mismatch(value, "a double", name, layerClass),
    };

    private static string ToText(object value, string name, string layerClass)
        => value as string ?? throw Mismatch(value, "a string", name, layerClass);

    private static bool ToBoolean(object value, string name, string layerClass) => value switch
    {
        bool flag => flag,
        int number when number is 0 or 1 => number == 1,
        long number when number is 0 or 1 => number == 1,
        _ => throw Mismatch(value, "a bool", name, layerClass),
    };

    private static bool IsWhole(double number) => !double.IsNaN(number) && !double.IsInfinity(number) && Math.Floor(number) == number;

    private static CoreMLException Mismatch(object value, string expected, string name, string layerClass)
        => new("The parameter '" + name + "' of the custom layer " + layerClass + " must be " + expected + ", but it is "
            + (value is string ? "the string \"" + value + "\"" : "the " + value.GetType().Name + " " + Convert.ToString(value, CultureInfo.InvariantCulture)) + ".");
}
