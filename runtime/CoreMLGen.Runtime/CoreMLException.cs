using System;

namespace CoreMLGen;

/// <summary>An error from a Core ML model or from reading its features.</summary>
public class CoreMLException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CoreMLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CoreMLException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a message and the platform error object behind it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="nativeError">The platform's error object, e.g. the <c>NSError</c> Core ML returned.</param>
    public CoreMLException(string message, object? nativeError)
        : base(message)
    {
        NativeError = nativeError;
    }

    /// <summary>The platform's error object, if any; on Apple platforms the <c>NSError</c> Core ML returned.</summary>
    public object? NativeError { get; }
}
