using System;
using System.Collections.Generic;

namespace CoreMLGen.Evaluation;

/// <summary>
/// The buffers a stateful ML Program keeps between predictions (a key/value cache, a running sum), as Core ML's
/// <c>MLState</c>: made zero by <see cref="ModelEvaluator.MakeState"/>, read and updated in place by each
/// <see cref="ModelEvaluator.Predict(IFeatureProvider, EvaluatorState)"/>. One state is one sequence; it belongs to the
/// evaluator that made it and is not thread-safe.
/// </summary>
public sealed class EvaluatorState
{
    private readonly Dictionary<string, MultiArray> _buffers;

    // The owner is held as an identity and a name: the public vocabulary does not depend on the composition root.
    internal EvaluatorState(object owner, string ownerName, Dictionary<string, MultiArray> buffers)
    {
        Owner = owner;
        OwnerName = ownerName;
        _buffers = buffers;
    }

    /// <summary>The state names, in the model description's order.</summary>
    public IReadOnlyCollection<string> Names => _buffers.Keys;

    internal object Owner { get; }

    internal string OwnerName { get; }

    /// <summary>The live buffer of a state (its declared shape and element type); writes are seen by the next prediction.</summary>
    /// <param name="name">The state's name.</param>
    /// <returns>The buffer.</returns>
    /// <exception cref="KeyNotFoundException">The model has no state of that name.</exception>
    public MultiArray this[string name] =>
        _buffers.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out MultiArray? buffer) ? buffer
            : throw new KeyNotFoundException("The model has no state '" + name + "' (its states: " + string.Join(", ", _buffers.Keys) + ").");

    internal IEnumerable<KeyValuePair<string, MultiArray>> Buffers => _buffers;
}
