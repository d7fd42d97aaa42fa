using System;
using Razorvine.Pickle;

namespace CoreMLGen.Converters.Madmom.Pickles;

/// <summary>
/// Reads a madmom pickle (Python 2 or 3, protocols 2–5) into <see cref="PickledObject"/>s and <see cref="NumpyArray"/>s.
/// The stream is first checked by <see cref="PickleScanner"/>, so Razorvine.Pickle only ever meets allow-listed globals,
/// whose constructors here build inert data objects. Nothing is executed.
/// </summary>
public static class MadmomPickleReader
{
    private static readonly object s_registrationLock = new();
    private static bool s_registered;

    /// <summary>Reads a pickle; throws <see cref="PickleSecurityException"/> for a refused stream.</summary>
    public static object Read(byte[] data, PickleLimits? limits = null)
    {
        PickleScanner.Check(data, limits ?? PickleLimits.Default);
        EnsureRegistered();
        try
        {
            using var unpickler = new Unpickler();
            return unpickler.loads(data) ?? throw new PickleSecurityException("The pickle holds None", 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Razorvine reports malformed streams with several exception types (casts, memo keys, opcodes).
            throw new PickleSecurityException("The pickle is not a madmom network: " + Innermost(e).Message, 0);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    // Razorvine keeps one process-wide constructor table; only the allow-listed names are added, and the scanner
    // guarantees no other name reaches it.
    private static void EnsureRegistered()
    {
        lock (s_registrationLock)
        {
            if (s_registered)
            {
                return;
            }

            Unpickler.registerConstructor("numpy.core.multiarray", "_reconstruct", new NumpyReconstruct());
            Unpickler.registerConstructor("numpy._core.multiarray", "_reconstruct", new NumpyReconstruct());
            Unpickler.registerConstructor("numpy", "ndarray", new NumpyArrayClass());
            Unpickler.registerConstructor("numpy", "dtype", new NumpyDTypeClass());
            Unpickler.registerConstructor("_codecs", "encode", new Latin1Encode());
            Unpickler.registerConstructor("madmom.ml.nn", "NeuralNetwork", new PickledClass(AllowedGlobals.Network));
            foreach (string layer in AllowedGlobals.LayerClasses)
            {
                Unpickler.registerConstructor(AllowedGlobals.LayersModule, layer, new PickledClass(AllowedGlobals.LayersModule + "." + layer));
            }

            foreach (string activation in AllowedGlobals.Activations)
            {
                Unpickler.registerConstructor(AllowedGlobals.ActivationsModule, activation, new ActivationReference(activation));
            }

            s_registered = true;
        }
    }
}
