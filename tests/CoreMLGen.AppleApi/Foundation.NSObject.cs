// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/Foundation/NSObject2.cs (hand-written, '#nullable disable') and the bgen output of
// 'interface NSObject' / 'interface NSObjectProtocol' in src/foundation.cs ('#nullable enable').

using System;
using System.ComponentModel;
using System.Runtime.Versioning;
using CoreMLGen.AppleApi;
using ObjCRuntime;

namespace Foundation {
#nullable disable
    // src/Foundation/NSObject2.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public enum NSObjectFlag {
        Empty,
    }

    // src/Foundation/NSObject2.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSObject", true)]
    public partial class NSObject : INativeObject, IEquatable<NSObject>, IDisposable {
        // init — src/Foundation/NSObject2.cs
        [Export ("init")]
        public NSObject () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public NSObject (NSObjectFlag x) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        [EditorBrowsable (EditorBrowsableState.Never)]
        protected internal NSObject (NativeHandle handle) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        [EditorBrowsable (EditorBrowsableState.Never)]
        protected NSObject (NativeHandle handle, bool alloced) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public void Dispose () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        protected virtual void Dispose (bool disposing) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        [EditorBrowsable (EditorBrowsableState.Never)]
        public NativeHandle Handle {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // src/Foundation/NSObject2.cs
        public NativeHandle SuperHandle => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        protected internal bool IsDirectBinding {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // conformsToProtocol: — src/Foundation/NSObject2.cs
        [Export ("conformsToProtocol:")]
        public virtual bool ConformsToProtocol (NativeHandle protocol) => throw new NotSupportedException (ApiSurface.Message);

        // release — src/Foundation/NSObject2.cs
        public void DangerousRelease () => throw new NotSupportedException (ApiSurface.Message);

        // retain — src/Foundation/NSObject2.cs
        public NSObject DangerousRetain () => throw new NotSupportedException (ApiSurface.Message);

        // autorelease — src/Foundation/NSObject2.cs
        public NSObject DangerousAutorelease () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public void BeginInvokeOnMainThread (Action action) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public void InvokeOnMainThread (Action action) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public static void InvokeInBackground (Action action) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public static NSObject FromObject (object obj) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        protected void MarkDirty () => throw new NotSupportedException (ApiSurface.Message);

        // isEqual: (when direct binding) — src/Foundation/NSObject2.cs
        public override bool Equals (object obj) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSObject2.cs
        public bool Equals (NSObject obj) => throw new NotSupportedException (ApiSurface.Message);

        // hash — src/Foundation/NSObject2.cs
        public override int GetHashCode () => throw new NotSupportedException (ApiSurface.Message);

        // description — src/Foundation/NSObject2.cs
        public override string ToString () => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSObject' / 'interface NSObjectProtocol' — src/foundation.cs
    public partial class NSObject {
        // (class_ptr) — bgen
        public virtual NativeHandle ClassHandle => throw new NotSupportedException (ApiSurface.Message);

        // description — src/foundation.cs (NSObjectProtocol)
        public virtual string Description {
            [Export ("description")] get => throw new NotSupportedException (ApiSurface.Message);
        }

        // debugDescription — src/foundation.cs (NSObjectProtocol)
        public virtual string DebugDescription {
            [Export ("debugDescription")] get => throw new NotSupportedException (ApiSurface.Message);
        }

        // copy ([return: Release], throws unless the type conforms to NSCopying) — src/foundation.cs
        [Export ("copy")]
        public virtual NSObject Copy () => throw new NotSupportedException (ApiSurface.Message);

        // hash — src/foundation.cs (NSObjectProtocol)
        [Export ("hash")]
        public virtual nuint GetNativeHash () => throw new NotSupportedException (ApiSurface.Message);

        // isEqual: — src/foundation.cs (NSObjectProtocol)
        [Export ("isEqual:")]
        public virtual bool IsEqual (NSObject? anObject) => throw new NotSupportedException (ApiSurface.Message);

        // class — src/foundation.cs (NSObjectProtocol)
        public virtual Class Class {
            [Export ("class")] get => throw new NotSupportedException (ApiSurface.Message);
        }

        // superclass — src/foundation.cs (NSObjectProtocol)
        public virtual Class Superclass {
            [Export ("superclass")] get => throw new NotSupportedException (ApiSurface.Message);
        }

        // isKindOfClass: — src/foundation.cs (NSObjectProtocol)
        [Export ("isKindOfClass:")]
        public virtual bool IsKindOfClass (Class? aClass) => throw new NotSupportedException (ApiSurface.Message);

        // isMemberOfClass: — src/foundation.cs (NSObjectProtocol)
        [Export ("isMemberOfClass:")]
        public virtual bool IsMemberOfClass (Class? aClass) => throw new NotSupportedException (ApiSurface.Message);

        // retainCount — src/foundation.cs (NSObjectProtocol)
        public virtual nuint RetainCount {
            [Export ("retainCount")] get => throw new NotSupportedException (ApiSurface.Message);
        }
    }
}
