using System.Collections;
using System.Collections.Generic;
using Razorvine.Pickle;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>An instance of an allow-listed madmom class: its qualified class name and the attribute dict BUILD gave it.</summary>
public sealed class PickledObject
{
    private readonly Dictionary<string, object?> _attributes = new(System.StringComparer.Ordinal);

    internal PickledObject(string className)
    {
        ClassName = className;
    }

    /// <summary>The class's qualified name, e.g. <c>madmom.ml.nn.layers.LSTMLayer</c>.</summary>
    public string ClassName { get; }

    /// <summary>The short class name (<c>LSTMLayer</c>).</summary>
    public string ShortName => ClassName.Substring(ClassName.LastIndexOf('.') + 1);

    public IReadOnlyDictionary<string, object?> Attributes => _attributes;

    /// <summary>Called by the unpickler for BUILD: madmom objects pickle their __dict__.</summary>
    public void __setstate__(Hashtable state)
    {
        foreach (DictionaryEntry entry in state)
        {
            if (entry.Key is not string key)
            {
                throw new PickleException("An attribute of " + ClassName + " has a key that is not a string");
            }

            _attributes[key] = entry.Value;
        }
    }
}

/// <summary>The unpickler's constructor for one allow-listed madmom class (NEWOBJ with no arguments).</summary>
internal sealed class PickledClass : IObjectConstructor
{
    public PickledClass(string className)
    {
        ClassName = className;
    }

    public string ClassName { get; }

    public object construct(object[] args) =>
        args.Length == 0 ? new PickledObject(ClassName) : throw new PickleException(ClassName + " is constructed with arguments; madmom pickles construct it with none");
}

/// <summary>A reference to a madmom activation function. It is a name only: calling it from a pickle is refused.</summary>
public sealed class ActivationReference : IObjectConstructor
{
    internal ActivationReference(string name)
    {
        Name = name;
    }

    /// <summary>The function's name in madmom.ml.nn.activations (<c>sigmoid</c>, <c>tanh</c>, …).</summary>
    public string Name { get; }

    public object construct(object[] args) => throw new PickleException("The pickle calls madmom.ml.nn.activations." + Name + "; activations may only be referenced");

    public override string ToString() => Name;
}
