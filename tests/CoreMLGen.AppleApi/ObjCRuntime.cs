// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/ObjCRuntime/NativeHandle.cs, INativeObject.cs, Class.cs, ArgumentSemantic.cs, DisposableObject.cs.
// NativeHandle and ArgumentSemantic are plain value types and are copied with working bodies;
// everything that would talk to the Objective-C runtime throws.

using System;
using CoreMLGen.AppleApi;

#nullable enable

namespace ObjCRuntime {
    // src/ObjCRuntime/NativeHandle.cs (functional copy: a wrapper around IntPtr)
    public readonly struct NativeHandle : IEquatable<NativeHandle> {
        readonly IntPtr handle;

        public IntPtr Handle {
            get { return handle; }
        }

        public static NativeHandle Zero = default (NativeHandle);

        public NativeHandle (IntPtr handle)
        {
            this.handle = handle;
        }

        public static bool operator == (NativeHandle left, IntPtr right) => left.handle == right;
        public static bool operator == (NativeHandle left, NativeHandle right) => left.handle == right.handle;
        public static bool operator == (IntPtr left, NativeHandle right) => left == right.Handle;
        public static bool operator != (NativeHandle left, IntPtr right) => left.handle != right;
        public static bool operator != (IntPtr left, NativeHandle right) => left != right.Handle;
        public static bool operator != (NativeHandle left, NativeHandle right) => left.handle != right.Handle;

        public static implicit operator IntPtr (NativeHandle value) => value.Handle;
        public static implicit operator NativeHandle (IntPtr value) => new NativeHandle (value);

        public unsafe static explicit operator void* (NativeHandle value) => (void*) (IntPtr) value;
        public unsafe static explicit operator NativeHandle (void* value) => new NativeHandle ((IntPtr) value);

        public override bool Equals (object? o) => o is NativeHandle nh && nh.handle == this.handle;
        public override int GetHashCode () => handle.GetHashCode ();
        public bool Equals (NativeHandle other) => other.handle == handle;
        public override string ToString () => "0x" + handle.ToString ("x");
    }

    // src/ObjCRuntime/INativeObject.cs
    public interface INativeObject {
        NativeHandle Handle {
            get;
        }
    }

    // src/ObjCRuntime/INativeObject.cs
    public static class NativeObjectExtensions {
        // (managed helper) src/ObjCRuntime/INativeObject.cs
        static public NativeHandle GetHandle (this INativeObject? self) => throw new NotSupportedException (ApiSurface.Message);

        // (managed helper) src/ObjCRuntime/INativeObject.cs
        static public NativeHandle GetNonNullHandle (this INativeObject self, string argumentName) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/ObjCRuntime/ArgumentSemantic.cs (functional copy)
    public enum ArgumentSemantic : int {
        None = -1,
        Assign = 0,
        Copy = 1,
        Retain = 2,
        Weak = 3,
        Strong = Retain,
        UnsafeUnretained = Assign,
    }

    // src/ObjCRuntime/Class.cs
    public partial class Class : INativeObject {
        // objc_getClass — src/ObjCRuntime/Class.cs
        public Class (string name) => throw new NotSupportedException (ApiSurface.Message);

        // (registrar lookup) — src/ObjCRuntime/Class.cs
        public Class (Type type) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/Class.cs
        public Class (NativeHandle handle) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/Class.cs
        public NativeHandle Handle => throw new NotSupportedException (ApiSurface.Message);

        // class_getSuperclass — src/ObjCRuntime/Class.cs
        public NativeHandle SuperClass => throw new NotSupportedException (ApiSurface.Message);

        // class_getName — src/ObjCRuntime/Class.cs
        public string? Name => throw new NotSupportedException (ApiSurface.Message);

        // objc_getClass — src/ObjCRuntime/Class.cs
        public static NativeHandle GetHandle (string name) => throw new NotSupportedException (ApiSurface.Message);

        // (registrar lookup) — src/ObjCRuntime/Class.cs
        public static NativeHandle GetHandle (Type type) => throw new NotSupportedException (ApiSurface.Message);

        // (registrar lookup) — src/ObjCRuntime/Class.cs
        public static Type? Lookup (Class? @class) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/Class.cs
        public override bool Equals (object? right) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/Class.cs
        public bool Equals (Class? right) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/Class.cs
        public override int GetHashCode () => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/ObjCRuntime/DisposableObject.cs
    public abstract class DisposableObject : INativeObject, IDisposable {
        // src/ObjCRuntime/DisposableObject.cs
        public NativeHandle Handle {
            get => throw new NotSupportedException (ApiSurface.Message);
            protected set => throw new NotSupportedException (ApiSurface.Message);
        }

        // src/ObjCRuntime/DisposableObject.cs
        protected bool Owns { get => throw new NotSupportedException (ApiSurface.Message); }

        // src/ObjCRuntime/DisposableObject.cs
        protected DisposableObject () => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        protected DisposableObject (NativeHandle handle, bool owns) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        protected DisposableObject (NativeHandle handle, bool owns, bool verify) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        public void Dispose () => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        protected virtual void Dispose (bool disposing) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        public NativeHandle GetCheckedHandle () => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        public override int GetHashCode () => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        public override bool Equals (object? obj) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        public static bool operator == (DisposableObject? a, DisposableObject? b) => throw new NotSupportedException (ApiSurface.Message);

        // src/ObjCRuntime/DisposableObject.cs
        public static bool operator != (DisposableObject? a, DisposableObject? b) => throw new NotSupportedException (ApiSurface.Message);
    }
}

namespace CoreFoundation {
    using ObjCRuntime;

    // src/CoreFoundation/NativeObject.cs
    [System.Runtime.Versioning.SupportedOSPlatform ("ios")]
    [System.Runtime.Versioning.SupportedOSPlatform ("maccatalyst")]
    [System.Runtime.Versioning.SupportedOSPlatform ("macos")]
    [System.Runtime.Versioning.SupportedOSPlatform ("tvos")]
    public abstract class NativeObject : DisposableObject {
        // src/CoreFoundation/NativeObject.cs
        protected NativeObject () => throw new NotSupportedException (ApiSurface.Message);

        // src/CoreFoundation/NativeObject.cs
        protected NativeObject (NativeHandle handle, bool owns) => throw new NotSupportedException (ApiSurface.Message);

        // src/CoreFoundation/NativeObject.cs
        protected NativeObject (NativeHandle handle, bool owns, bool verify) => throw new NotSupportedException (ApiSurface.Message);

        // CFRelease — src/CoreFoundation/NativeObject.cs
        protected override void Dispose (bool disposing) => throw new NotSupportedException (ApiSurface.Message);

        // CFRetain — src/CoreFoundation/NativeObject.cs
        protected internal virtual void Retain () => throw new NotSupportedException (ApiSurface.Message);

        // CFRelease — src/CoreFoundation/NativeObject.cs
        protected internal virtual void Release () => throw new NotSupportedException (ApiSurface.Message);
    }
}
