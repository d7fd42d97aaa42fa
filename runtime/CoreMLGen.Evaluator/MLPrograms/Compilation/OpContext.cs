using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CoreML.Specification.MILSpec;

namespace CoreMLGen.Evaluation.MLPrograms.Compilation;

/// <summary>
/// What an op builder sees while the graph is compiled: its inputs (resolved to values of known shape), its constant
/// parameters, and the means to declare outputs and add the step that computes them.
/// </summary>
internal sealed class OpContext
{
    private readonly Operation _op;
    private readonly IReadOnlyDictionary<string, MilValue> _values;
    private readonly IReadOnlyDictionary<Argument.Types.Binding, MilValue> _inline;
    private readonly List<MilValue> _outputs = new();
    private readonly List<Action> _steps;

    public OpContext(Operation op, IReadOnlyDictionary<string, MilValue> values, IReadOnlyDictionary<Argument.Types.Binding, MilValue> inline, List<Action> steps, string location)
    {
        _op = op;
        _values = values;
        _inline = inline;
        _steps = steps;
        Location = location;
    }

    public string Location { get; }

    public string Type => _op.Type;

    public IReadOnlyList<MilValue> Outputs => _outputs;

    public int DeclaredOutputCount => _op.Outputs.Count;

    public bool Has(string parameter) => _op.Inputs.ContainsKey(parameter);

    /// <summary>A required single-value input.</summary>
    public MilValue Input(string parameter) => Optional(parameter) ?? throw Fail("its required input '" + parameter + "' is missing.");

    public MilValue? Optional(string parameter)
    {
        if (!_op.Inputs.TryGetValue(parameter, out Argument? argument))
        {
            return null;
        }

        if (argument.Arguments.Count != 1)
        {
            throw Fail("its input '" + parameter + "' has " + argument.Arguments.Count.ToString(CultureInfo.InvariantCulture) + " bindings; one was expected.");
        }

        return Resolve(argument.Arguments[0]);
    }

    /// <summary>A variadic input (e.g. concat's values).</summary>
    public IReadOnlyList<MilValue> Inputs(string parameter)
    {
        if (!_op.Inputs.TryGetValue(parameter, out Argument? argument) || argument.Arguments.Count == 0)
        {
            throw Fail("its required input '" + parameter + "' is missing.");
        }

        return argument.Arguments.Select(Resolve).ToArray();
    }

    /// <summary>An input that must be known at load time.</summary>
    public MilValue Constant(string parameter)
    {
        MilValue value = Input(parameter);
        return value.IsConstant ? value : throw Fail("its input '" + parameter + "' must be a constant, but it is computed ('" + value.Name + "').");
    }

    public int[] Ints(string parameter) => Constant(parameter).Span.ToArray().Select(v => (int)v).ToArray();

    public int[] Ints(string parameter, int[] fallback) => Has(parameter) ? Ints(parameter) : fallback;

    public int Int(string parameter, int fallback) => Has(parameter) ? Scalar(parameter, v => (int)v) : fallback;

    public float Float(string parameter, float fallback) => Has(parameter) ? Scalar(parameter, v => v) : fallback;

    public bool Bool(string parameter, bool fallback) => Has(parameter) ? Scalar(parameter, v => v != 0) : fallback;

    /// <summary>An optional constant input of exactly <paramref name="count"/> values (null when absent).</summary>
    public float[]? Vector(string parameter, int count)
    {
        MilValue? value = Optional(parameter);
        return value is null ? null
            : value.IsConstant && value.Count == count ? value.Span.ToArray()
            : throw Fail("its " + parameter + " must be a constant of " + count.ToString(CultureInfo.InvariantCulture) + " values (it is " + Shape(value.Shape) + ").");
    }

    public string Text(string parameter, string fallback)
    {
        if (!Has(parameter))
        {
            return fallback;
        }

        MilValue value = Constant(parameter);
        return value.Strings is { Length: 1 } strings ? strings[0] : throw Fail("its input '" + parameter + "' must be one string.");
    }

    /// <summary>Normalises a possibly negative axis; refuses one outside the rank.</summary>
    public int Axis(int axis, int rank, string what = "axis")
    {
        int resolved = axis < 0 ? axis + rank : axis;
        return resolved >= 0 && resolved < Math.Max(rank, 1) ? resolved
            : throw Fail("its " + what + " " + axis.ToString(CultureInfo.InvariantCulture) + " is outside a rank-" + rank.ToString(CultureInfo.InvariantCulture) + " tensor.");
    }

    /// <summary>Declares the next output with a fresh buffer; the type defaults to the declared one.</summary>
    public MilValue Output(int[] shape, DataType? type = null)
    {
        long count = 1;
        foreach (int dimension in shape)
        {
            count *= dimension < 0 ? throw Fail("an output dimension is negative ([" + string.Join(", ", shape) + "]).") : dimension;
            if (count > Reading.ConstantReader.MaxElements)
            {
                throw Fail("its output shape [" + string.Join(", ", shape) + "] holds more than 2^28 elements.");
            }
        }

        return Add(new MilValue(NextName(), type ?? DeclaredType(), shape, new float[count], isConstant: false));
    }

    /// <summary>Declares the next output as a view of <paramref name="source"/> with another shape (same element count).</summary>
    public MilValue Alias(MilValue source, int[] shape)
    {
        if (MilValue.ElementCount(shape) != source.Count)
        {
            throw Fail("it turns " + source.Count.ToString(CultureInfo.InvariantCulture) + " elements into the shape [" + string.Join(", ", shape) + "].");
        }

        return Add(new MilValue(NextName(), source.Type, shape, source.Data, source.IsConstant, source.Strings));
    }

    /// <summary>Adds the step that computes this op's outputs.</summary>
    public void Run(Action step) => _steps.Add(step);

    public ModelLoadException Fail(string message) =>
        new(Location + ": " + message, _op.Outputs.Count > 0 ? _op.Outputs[0].Name : null, _op.Type);

    public static string Shape(int[] shape) => "[" + string.Join(", ", shape) + "]";

    private T Scalar<T>(string parameter, Func<float, T> convert)
    {
        MilValue value = Constant(parameter);
        return value.Count == 1 ? convert(value.Data[0]) : throw Fail("its input '" + parameter + "' must be a single value, not " + Shape(value.Shape) + ".");
    }

    // Only the state ops may take a state input; any other op would read a value that changes under it.
    private MilValue Resolve(Argument.Types.Binding binding)
    {
        MilValue value = binding.BindingCase == Argument.Types.Binding.BindingOneofCase.Name ? _values[binding.Name] : _inline[binding];
        return !value.IsState || Type is Ops.StateOps.Read or Ops.StateOps.Update ? value
            : throw Fail("it takes the state '" + value.Name + "' directly; only read_state and coreml_update_state may.");
    }

    private DataType DeclaredType()
    {
        int index = _outputs.Count;
        return index < _op.Outputs.Count && _op.Outputs[index].Type?.TensorType is { } tensor ? tensor.DataType : DataType.Float32;
    }

    private string NextName() =>
        _outputs.Count < _op.Outputs.Count ? _op.Outputs[_outputs.Count].Name : throw Fail("it produces more outputs than it declares.");

    private MilValue Add(MilValue value)
    {
        _outputs.Add(value);
        return value;
    }
}
