// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/Foundation/NSArray.cs, NSArray_1.cs, NSSet.cs, NSSet_1.cs, NSDictionary.cs,
// NSDictionary_2.cs, NSMutableDictionary.cs, NSMutableDictionary_2.cs (hand-written) and the bgen
// output of 'interface NSArray/NSSet/NSDictionary/NSMutableDictionary' in src/foundation.cs.
// Each block uses the nullable context of the file it copies: the hand-written collection files
// are '#nullable disable' (oblivious); bgen output is '#nullable enable'.
// Deprecated file-based members (initWithContentsOfFile: etc.) are omitted.
// 'new' is added where the real source hides a base member without it (API surface unchanged).

using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.Versioning;
using CoreMLGen.AppleApi;
using ObjCRuntime;

namespace Foundation {
    // ================================================================== NSArray
#nullable disable
    // src/Foundation/NSArray.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSArray", true)]
    public partial class NSArray : NSObject, IEnumerable<NSObject> {
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        static public NSArray FromNSObjects (params NSObject [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        static public NSArray FromNSObjects (int count, params NSObject [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects (params INativeObject [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects (int count, params INativeObject [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects<T> (params T [] items) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects<T> (params T [] [] items) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects<T> (T [,] items) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects<T> (int count, params T [] items) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromNSObjects<T> (Func<T, NSObject> nsobjectificator, params T [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromObjects (params object [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray FromObjects (nint count, params object [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        static public NSArray FromStrings (params string [] items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        static public NSArray FromStrings (IReadOnlyList<string> items) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        static public NSArray FromIntPtrs (NativeHandle [] vals) => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        static public string [] StringArrayFromHandle (NativeHandle handle) => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        static public T [] ArrayFromHandle<T> (NativeHandle handle) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        static public T [] ArrayFromHandle<T> (NativeHandle handle, Converter<NativeHandle, T> creator) => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        static public T [] ArrayFromHandleFunc<T> (NativeHandle handle, Func<NativeHandle, T> createObject) => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        static public T [] FromArray<T> (NSArray weakArray) where T : NSObject => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        static public T [] FromArrayNative<T> (NSArray weakArray) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        public T GetItem<T> (nuint index) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        public static NSObject [] [] FromArrayOfArray (NSArray weakArray) => throw new NotSupportedException (ApiSurface.Message);
        // arrayWithObjects:count: — src/Foundation/NSArray.cs
        public static NSArray From (NSObject [] [] items) => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        public TKey [] ToArray<TKey> () where TKey : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // objectAtIndex: — src/Foundation/NSArray.cs
        public NSObject [] ToArray () => throw new NotSupportedException (ApiSurface.Message);
        // NSFastEnumeration — src/Foundation/NSArray.cs
        public IEnumerator<NSObject> GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        // NSFastEnumeration — src/Foundation/NSArray.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSArray' ([DesignatedDefaultCtor]) — src/foundation.cs
    public partial class NSArray {
        // init — bgen
        [Export ("init")]
        public NSArray () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSArray (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSArray (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // count — src/foundation.cs
        public virtual nuint Count { [Export ("count")] get => throw new NotSupportedException (ApiSurface.Message); }

        // objectAtIndex: — src/foundation.cs
        [Export ("objectAtIndex:")]
        public virtual NativeHandle ValueAt (nuint idx) => throw new NotSupportedException (ApiSurface.Message);

        // valueForKey: — src/foundation.cs
        [Export ("valueForKey:")]
        public virtual NSObject ValueForKey (NSString key) => throw new NotSupportedException (ApiSurface.Message);

        // containsObject: — src/foundation.cs
        [Export ("containsObject:")]
        public virtual bool Contains (NSObject anObject) => throw new NotSupportedException (ApiSurface.Message);

        // indexOfObject: — src/foundation.cs
        [Export ("indexOfObject:")]
        public virtual nuint IndexOf (NSObject anObject) => throw new NotSupportedException (ApiSurface.Message);

        // writeToURL:error: — src/foundation.cs
        [Export ("writeToURL:error:")]
        public virtual bool Write (NSUrl url, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // arrayWithContentsOfURL:error: — src/foundation.cs
        [Export ("arrayWithContentsOfURL:error:")]
        public static NSArray? FromUrl (NSUrl url, out NSError error) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/Foundation/NSArray_1.cs ('#nullable enable')
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register (SkipRegistration = true)]
    public sealed partial class NSArray<TKey> : NSArray, IEnumerable<TKey>
        where TKey : class, INativeObject {
        // src/Foundation/NSArray_1.cs
        public NSArray () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSArray_1.cs
        internal NSArray (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // arrayWithObjects:count: — src/Foundation/NSArray_1.cs
        static public NSArray<TKey> FromNSObjects (params TKey [] items) => throw new NotSupportedException (ApiSurface.Message);

        // arrayWithObjects:count: — src/Foundation/NSArray_1.cs
        static public NSArray<TKey> FromNSObjects (int count, params TKey [] items) => throw new NotSupportedException (ApiSurface.Message);

        // NSFastEnumeration — src/Foundation/NSArray_1.cs
        public new IEnumerator<TKey> GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // NSFastEnumeration — src/Foundation/NSArray_1.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // objectAtIndex: — src/Foundation/NSArray_1.cs
        public TKey this [nint idx] {
            get => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectAtIndex: — src/Foundation/NSArray_1.cs
        public new TKey [] ToArray () => throw new NotSupportedException (ApiSurface.Message);
    }

    // ================================================================== NSSet
#nullable disable
    // src/Foundation/NSSet.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSSet", true)]
    public partial class NSSet : NSObject, IEnumerable<NSObject> {
        // initWithArray: — src/Foundation/NSSet.cs
        public NSSet (params NSObject [] objs) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithArray: — src/Foundation/NSSet.cs
        public NSSet (params object [] objs) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithArray: — src/Foundation/NSSet.cs
        public NSSet (params string [] strings) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // allObjects — src/Foundation/NSSet.cs
        public T [] ToArray<T> () where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // initWithArray: — src/Foundation/NSSet.cs
        public static NSSet MakeNSObjectSet<T> (T [] values) where T : class, INativeObject => throw new NotSupportedException (ApiSurface.Message);
        // objectEnumerator — src/Foundation/NSSet.cs
        public IEnumerator<NSObject> GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        // objectEnumerator — src/Foundation/NSSet.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        // setByAddingObjectsFromSet: — src/Foundation/NSSet.cs
        public static NSSet operator + (NSSet first, NSSet second) => throw new NotSupportedException (ApiSurface.Message);
        // NSMutableSet minusSet: — src/Foundation/NSSet.cs
        public static NSSet operator - (NSSet first, NSSet second) => throw new NotSupportedException (ApiSurface.Message);
        // containsObject: — src/Foundation/NSSet.cs
        public bool Contains (object obj) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSSet' ([DesignatedDefaultCtor]) — src/foundation.cs
    public partial class NSSet {
        // init — bgen
        [Export ("init")]
        public NSSet () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSSet (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSSet (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // set — src/foundation.cs
        [Export ("set")]
        public static NSSet CreateSet () => throw new NotSupportedException (ApiSurface.Message);

        // initWithSet: — src/foundation.cs
        [Export ("initWithSet:")]
        public NSSet (NSSet other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithArray: — src/foundation.cs
        [Export ("initWithArray:")]
        public NSSet (NSArray other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // count — src/foundation.cs
        public virtual nuint Count { [Export ("count")] get => throw new NotSupportedException (ApiSurface.Message); }

        // member: — src/foundation.cs
        [Export ("member:")]
        public virtual NSObject LookupMember (NSObject probe) => throw new NotSupportedException (ApiSurface.Message);

        // anyObject — src/foundation.cs
        public virtual NSObject AnyObject { [Export ("anyObject")] get => throw new NotSupportedException (ApiSurface.Message); }

        // containsObject: — src/foundation.cs
        [Export ("containsObject:")]
        public virtual bool Contains (NSObject id) => throw new NotSupportedException (ApiSurface.Message);

        // isEqualToSet: — src/foundation.cs
        [Export ("isEqualToSet:")]
        public virtual bool IsEqualToSet (NSSet other) => throw new NotSupportedException (ApiSurface.Message);

        // isSubsetOfSet: — src/foundation.cs
        [Export ("isSubsetOfSet:")]
        public virtual bool IsSubsetOf (NSSet other) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable disable
    // src/Foundation/NSSet_1.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSSet", SkipRegistration = true)]
    public sealed class NSSet<TKey> : NSSet, IEnumerable<TKey>
        where TKey : class, INativeObject {
        // src/Foundation/NSSet_1.cs
        public NSSet () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSSet_1.cs
        internal NSSet (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithArray: — src/Foundation/NSSet_1.cs
        public NSSet (params TKey [] objs) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithSet: — src/Foundation/NSSet_1.cs
        public NSSet (NSSet<TKey> other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // member: — src/Foundation/NSSet_1.cs
        public TKey LookupMember (TKey probe) => throw new NotSupportedException (ApiSurface.Message);

        // anyObject — src/Foundation/NSSet_1.cs
        public new TKey AnyObject => throw new NotSupportedException (ApiSurface.Message);

        // containsObject: — src/Foundation/NSSet_1.cs
        public bool Contains (TKey obj) => throw new NotSupportedException (ApiSurface.Message);

        // allObjects — src/Foundation/NSSet_1.cs
        public TKey [] ToArray () => throw new NotSupportedException (ApiSurface.Message);

        // setByAddingObjectsFromSet: — src/Foundation/NSSet_1.cs
        public static NSSet<TKey> operator + (NSSet<TKey> first, NSSet<TKey> second) => throw new NotSupportedException (ApiSurface.Message);

        // NSMutableSet minusSet: — src/Foundation/NSSet_1.cs
        public static NSSet<TKey> operator - (NSSet<TKey> first, NSSet<TKey> second) => throw new NotSupportedException (ApiSurface.Message);

        // NSFastEnumeration — src/Foundation/NSSet_1.cs
        public new IEnumerator<TKey> GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // NSFastEnumeration — src/Foundation/NSSet_1.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
    }

    // ================================================================== NSDictionary
    // src/Foundation/NSDictionary.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSDictionary", true)]
    public partial class NSDictionary : NSObject, IDictionary, IDictionary<NSObject, NSObject> {
        // initWithObjects:forKeys: — src/Foundation/NSDictionary.cs
        public NSDictionary (NSObject first, NSObject second, params NSObject [] args) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithObjects:forKeys: — src/Foundation/NSDictionary.cs
        public NSDictionary (object first, object second, params object [] args) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSDictionary.cs
        internal NSDictionary (NativeHandle handle, bool owns) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary.cs
        public static NSDictionary FromObjectsAndKeys (NSObject [] objects, NSObject [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary.cs
        public static NSDictionary FromObjectsAndKeys (object [] objects, object [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys:count: — src/Foundation/NSDictionary.cs
        public static NSDictionary FromObjectsAndKeys (NSObject [] objects, NSObject [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys:count: — src/Foundation/NSDictionary.cs
        public static NSDictionary FromObjectsAndKeys (object [] objects, object [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // ICollection — src/Foundation/NSDictionary.cs
        void ICollection.CopyTo (Array array, int arrayIndex) => throw new NotSupportedException (ApiSurface.Message);
        int ICollection.Count => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection.IsSynchronized => throw new NotSupportedException (ApiSurface.Message);
        object ICollection.SyncRoot => throw new NotSupportedException (ApiSurface.Message);

        // ICollection<KeyValuePair<NSObject, NSObject>> — src/Foundation/NSDictionary.cs
        void ICollection<KeyValuePair<NSObject, NSObject>>.Add (KeyValuePair<NSObject, NSObject> item) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<NSObject, NSObject>>.Clear () => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<NSObject, NSObject>>.Contains (KeyValuePair<NSObject, NSObject> keyValuePair) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<NSObject, NSObject>>.CopyTo (KeyValuePair<NSObject, NSObject> [] array, int index) => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<NSObject, NSObject>>.Remove (KeyValuePair<NSObject, NSObject> keyValuePair) => throw new NotSupportedException (ApiSurface.Message);
        int ICollection<KeyValuePair<NSObject, NSObject>>.Count => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<NSObject, NSObject>>.IsReadOnly => throw new NotSupportedException (ApiSurface.Message);

        // IDictionary — src/Foundation/NSDictionary.cs
        void IDictionary.Add (object key, object value) => throw new NotSupportedException (ApiSurface.Message);
        void IDictionary.Clear () => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary.Contains (object key) => throw new NotSupportedException (ApiSurface.Message);
        IDictionaryEnumerator IDictionary.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        void IDictionary.Remove (object key) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary.IsFixedSize => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary.IsReadOnly => throw new NotSupportedException (ApiSurface.Message);
        object IDictionary.this [object key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }
        ICollection IDictionary.Keys => throw new NotSupportedException (ApiSurface.Message);
        ICollection IDictionary.Values => throw new NotSupportedException (ApiSurface.Message);

        // IDictionary<NSObject, NSObject> — src/Foundation/NSDictionary.cs
        void IDictionary<NSObject, NSObject>.Add (NSObject key, NSObject value) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary<NSObject, NSObject>.Remove (NSObject key) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary.cs
        public bool ContainsKey (NSObject key) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary.cs
        public bool TryGetValue (NSObject key, out NSObject value) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary.cs
        public virtual NSObject this [NSObject key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKey: — src/Foundation/NSDictionary.cs
        public virtual NSObject this [NSString key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKey: — src/Foundation/NSDictionary.cs
        public virtual NSObject this [string key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        ICollection<NSObject> IDictionary<NSObject, NSObject>.Keys => throw new NotSupportedException (ApiSurface.Message);
        ICollection<NSObject> IDictionary<NSObject, NSObject>.Values => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSDictionary.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // allKeys + objectForKey: — src/Foundation/NSDictionary.cs
        public IEnumerator<KeyValuePair<NSObject, NSObject>> GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary.cs
        public IntPtr LowlevelObjectForKey (IntPtr key) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSDictionary' ([DesignatedDefaultCtor]) — src/foundation.cs
    public partial class NSDictionary {
        // init — bgen
        [Export ("init")]
        public NSDictionary () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSDictionary (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSDictionary (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObject:forKey: — src/foundation.cs
        [Export ("dictionaryWithObject:forKey:")]
        public static NSDictionary FromObjectAndKey (NSObject obj, NSObject key) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithDictionary: — src/foundation.cs
        [Export ("dictionaryWithDictionary:")]
        public static NSDictionary FromDictionary (NSDictionary source) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary: — src/foundation.cs
        [Export ("initWithDictionary:")]
        public NSDictionary (NSDictionary other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary:copyItems: — src/foundation.cs
        [Export ("initWithDictionary:copyItems:")]
        public NSDictionary (NSDictionary other, bool copyItems) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithContentsOfURL:error: — src/foundation.cs
        [Export ("initWithContentsOfURL:error:")]
        public NSDictionary (NSUrl url, out NSError error) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithContentsOfURL:error: — src/foundation.cs
        [Export ("dictionaryWithContentsOfURL:error:")]
        public static NSDictionary<NSString, NSObject>? FromUrl (NSUrl url, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // count — src/foundation.cs
        public virtual nuint Count { [Export ("count")] get => throw new NotSupportedException (ApiSurface.Message); }

        // objectForKey: — src/foundation.cs
        [Export ("objectForKey:")]
        public virtual NSObject ObjectForKey (NSObject key) => throw new NotSupportedException (ApiSurface.Message);

        // allKeys — src/foundation.cs
        public virtual NSObject [] Keys { [Export ("allKeys")] get => throw new NotSupportedException (ApiSurface.Message); }

        // allKeysForObject: — src/foundation.cs
        [Export ("allKeysForObject:")]
        public virtual NSObject [] KeysForObject (NSObject obj) => throw new NotSupportedException (ApiSurface.Message);

        // allValues — src/foundation.cs
        public virtual NSObject [] Values { [Export ("allValues")] get => throw new NotSupportedException (ApiSurface.Message); }

        // isEqualToDictionary: — src/foundation.cs
        [Export ("isEqualToDictionary:")]
        public virtual bool IsEqualToDictionary (NSDictionary other) => throw new NotSupportedException (ApiSurface.Message);

        // objectsForKeys:notFoundMarker: — src/foundation.cs
        [Export ("objectsForKeys:notFoundMarker:")]
        public virtual NSObject [] ObjectsForKeys (NSArray keys, NSObject marker) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable disable
    // src/Foundation/NSDictionary_2.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSDictionary", SkipRegistration = true)]
    public sealed partial class NSDictionary<TKey, TValue> : NSDictionary, IDictionary<TKey, TValue>
        where TKey : class, INativeObject
        where TValue : class, INativeObject {
        // init — src/Foundation/NSDictionary_2.cs
        public NSDictionary () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSDictionary_2.cs
        internal NSDictionary (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary: — src/Foundation/NSDictionary_2.cs
        public NSDictionary (NSDictionary<TKey, TValue> other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public NSDictionary (TKey [] keys, TValue [] values) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public NSDictionary (TKey key, TValue value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary_2.cs
        public TValue ObjectForKey (TKey key) => throw new NotSupportedException (ApiSurface.Message);

        // allKeys — src/Foundation/NSDictionary_2.cs
        public new TKey [] Keys => throw new NotSupportedException (ApiSurface.Message);

        // allKeysForObject: — src/Foundation/NSDictionary_2.cs
        public TKey [] KeysForObject (TValue obj) => throw new NotSupportedException (ApiSurface.Message);

        // allValues — src/Foundation/NSDictionary_2.cs
        public new TValue [] Values => throw new NotSupportedException (ApiSurface.Message);

        // objectsForKeys:notFoundMarker: — src/Foundation/NSDictionary_2.cs
        public TValue [] ObjectsForKeys (TKey [] keys, TValue marker) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public static NSDictionary<TKey, TValue> FromObjectsAndKeys (TValue [] objects, TKey [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public static NSDictionary<TKey, TValue> FromObjectsAndKeys (TValue [] objects, TKey [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public static new NSDictionary<TKey, TValue> FromObjectsAndKeys (object [] objects, object [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public static new NSDictionary<TKey, TValue> FromObjectsAndKeys (NSObject [] objects, NSObject [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSDictionary_2.cs
        public static new NSDictionary<TKey, TValue> FromObjectsAndKeys (object [] objects, object [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary_2.cs
        public bool ContainsKey (TKey key) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary_2.cs
        public bool TryGetValue (TKey key, out TValue value) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSDictionary_2.cs
        public TValue this [TKey key] {
            get => throw new NotSupportedException (ApiSurface.Message);
        }

        // IDictionary<TKey, TValue> — src/Foundation/NSDictionary_2.cs
        bool IDictionary<TKey, TValue>.ContainsKey (TKey key) => throw new NotSupportedException (ApiSurface.Message);
        void IDictionary<TKey, TValue>.Add (TKey key, TValue value) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary<TKey, TValue>.Remove (TKey key) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary<TKey, TValue>.TryGetValue (TKey key, out TValue value) => throw new NotSupportedException (ApiSurface.Message);
        TValue IDictionary<TKey, TValue>.this [TKey key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => throw new NotSupportedException (ApiSurface.Message);
        ICollection<TValue> IDictionary<TKey, TValue>.Values => throw new NotSupportedException (ApiSurface.Message);

        // ICollection<KeyValuePair<TKey, TValue>> — src/Foundation/NSDictionary_2.cs
        void ICollection<KeyValuePair<TKey, TValue>>.Add (KeyValuePair<TKey, TValue> item) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<TKey, TValue>>.Clear () => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains (KeyValuePair<TKey, TValue> item) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo (KeyValuePair<TKey, TValue> [] array, int arrayIndex) => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove (KeyValuePair<TKey, TValue> item) => throw new NotSupportedException (ApiSurface.Message);
        int ICollection<KeyValuePair<TKey, TValue>>.Count => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => throw new NotSupportedException (ApiSurface.Message);

        // IEnumerable — src/Foundation/NSDictionary_2.cs
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
    }

    // ================================================================== NSMutableDictionary
    // src/Foundation/NSMutableDictionary.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSMutableDictionary", true)]
    public partial class NSMutableDictionary : NSDictionary, IDictionary, IDictionary<NSObject, NSObject> {
        // src/Foundation/NSMutableDictionary.cs
        internal NSMutableDictionary (NativeHandle handle, bool owns) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary.cs
        public static new NSMutableDictionary FromObjectsAndKeys (NSObject [] objects, NSObject [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary.cs
        public static new NSMutableDictionary FromObjectsAndKeys (object [] objects, object [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys:count: — src/Foundation/NSMutableDictionary.cs
        public static new NSMutableDictionary FromObjectsAndKeys (NSObject [] objects, NSObject [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys:count: — src/Foundation/NSMutableDictionary.cs
        public static new NSMutableDictionary FromObjectsAndKeys (object [] objects, object [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // ICollection<KeyValuePair<NSObject, NSObject>> — src/Foundation/NSMutableDictionary.cs
        void ICollection<KeyValuePair<NSObject, NSObject>>.Add (KeyValuePair<NSObject, NSObject> item) => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<NSObject, NSObject>>.Contains (KeyValuePair<NSObject, NSObject> keyValuePair) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<NSObject, NSObject>>.CopyTo (KeyValuePair<NSObject, NSObject> [] array, int index) => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<NSObject, NSObject>>.Remove (KeyValuePair<NSObject, NSObject> keyValuePair) => throw new NotSupportedException (ApiSurface.Message);
        int ICollection<KeyValuePair<NSObject, NSObject>>.Count => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<NSObject, NSObject>>.IsReadOnly => throw new NotSupportedException (ApiSurface.Message);

        // removeAllObjects — src/Foundation/NSMutableDictionary.cs
        public void Clear () => throw new NotSupportedException (ApiSurface.Message);

        // IDictionary — src/Foundation/NSMutableDictionary.cs
        void IDictionary.Add (object key, object value) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary.Contains (object key) => throw new NotSupportedException (ApiSurface.Message);
        IDictionaryEnumerator IDictionary.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        void IDictionary.Remove (object key) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary.IsFixedSize => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary.IsReadOnly => throw new NotSupportedException (ApiSurface.Message);
        object IDictionary.this [object key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }
        ICollection IDictionary.Keys => throw new NotSupportedException (ApiSurface.Message);
        ICollection IDictionary.Values => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public void Add (NSObject key, NSObject value) => throw new NotSupportedException (ApiSurface.Message);

        // removeObjectForKey: — src/Foundation/NSMutableDictionary.cs
        public bool Remove (NSObject key) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSMutableDictionary.cs
        public new bool TryGetValue (NSObject key, out NSObject value) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: / setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public override NSObject this [NSObject key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKey: / setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public override NSObject this [NSString key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // objectForKey: / setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public override NSObject this [string key] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        ICollection<NSObject> IDictionary<NSObject, NSObject>.Keys => throw new NotSupportedException (ApiSurface.Message);
        ICollection<NSObject> IDictionary<NSObject, NSObject>.Values => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSMutableDictionary.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // allKeys + objectForKey: — src/Foundation/NSMutableDictionary.cs
        public new IEnumerator<KeyValuePair<NSObject, NSObject>> GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public static NSMutableDictionary LowlevelFromObjectAndKey (IntPtr obj, IntPtr key) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public void LowlevelSetObject (IntPtr obj, IntPtr key) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public void LowlevelSetObject (NSObject obj, IntPtr key) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKey: — src/Foundation/NSMutableDictionary.cs
        public void LowlevelSetObject (string str, IntPtr key) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSMutableDictionary' ([DesignatedDefaultCtor]) — src/foundation.cs
    public partial class NSMutableDictionary {
        // init — bgen
        [Export ("init")]
        public NSMutableDictionary () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSMutableDictionary (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSMutableDictionary (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObject:forKey: — src/foundation.cs
        [Export ("dictionaryWithObject:forKey:")]
        public static new NSMutableDictionary FromObjectAndKey (NSObject obj, NSObject key) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithDictionary: — src/foundation.cs ([New])
        [Export ("dictionaryWithDictionary:")]
        public static new NSMutableDictionary FromDictionary (NSDictionary source) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary: — src/foundation.cs
        [Export ("initWithDictionary:")]
        public NSMutableDictionary (NSDictionary other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary:copyItems: — src/foundation.cs
        [Export ("initWithDictionary:copyItems:")]
        public NSMutableDictionary (NSDictionary other, bool copyItems) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // addEntriesFromDictionary: — src/foundation.cs
        [Export ("addEntriesFromDictionary:")]
        public virtual void AddEntries (NSDictionary other) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable disable
    // src/Foundation/NSMutableDictionary_2.cs
    // Note: derives from NSMutableDictionary, NOT from NSDictionary<TKey, TValue>.
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSMutableDictionary", SkipRegistration = true)]
    public sealed partial class NSMutableDictionary<TKey, TValue> : NSMutableDictionary, IDictionary<TKey, TValue>
        where TKey : class, INativeObject
        where TValue : class, INativeObject {
        // init — src/Foundation/NSMutableDictionary_2.cs
        public NSMutableDictionary () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSMutableDictionary_2.cs
        internal NSMutableDictionary (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary: — src/Foundation/NSMutableDictionary_2.cs
        public NSMutableDictionary (NSMutableDictionary<TKey, TValue> other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDictionary: — src/Foundation/NSMutableDictionary_2.cs
        public NSMutableDictionary (NSDictionary<TKey, TValue> other) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public NSMutableDictionary (TKey [] keys, TValue [] values) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public NSMutableDictionary (TKey key, TValue value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSMutableDictionary_2.cs
        public TValue ObjectForKey (TKey key) => throw new NotSupportedException (ApiSurface.Message);

        // allKeys — src/Foundation/NSMutableDictionary_2.cs
        public new TKey [] Keys => throw new NotSupportedException (ApiSurface.Message);

        // allKeysForObject: — src/Foundation/NSMutableDictionary_2.cs
        public TKey [] KeysForObject (TValue obj) => throw new NotSupportedException (ApiSurface.Message);

        // allValues — src/Foundation/NSMutableDictionary_2.cs
        public new TValue [] Values => throw new NotSupportedException (ApiSurface.Message);

        // objectsForKeys:notFoundMarker: — src/Foundation/NSMutableDictionary_2.cs
        public TValue [] ObjectsForKeys (TKey [] keys, TValue marker) => throw new NotSupportedException (ApiSurface.Message);

        // setObject:forKey: — src/Foundation/NSMutableDictionary_2.cs
        public void Add (TKey key, TValue value) => throw new NotSupportedException (ApiSurface.Message);

        // removeObjectForKey: — src/Foundation/NSMutableDictionary_2.cs
        public bool Remove (TKey key) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSMutableDictionary_2.cs
        public bool TryGetValue (TKey key, out TValue value) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: — src/Foundation/NSMutableDictionary_2.cs
        public bool ContainsKey (TKey key) => throw new NotSupportedException (ApiSurface.Message);

        // objectForKey: / setObject:forKey: — src/Foundation/NSMutableDictionary_2.cs
        public TValue this [TKey index] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public static NSMutableDictionary<TKey, TValue> FromObjectsAndKeys (TValue [] objects, TKey [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public static NSMutableDictionary<TKey, TValue> FromObjectsAndKeys (TValue [] objects, TKey [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public static new NSMutableDictionary<TKey, TValue> FromObjectsAndKeys (object [] objects, object [] keys) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public static new NSMutableDictionary<TKey, TValue> FromObjectsAndKeys (NSObject [] objects, NSObject [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // dictionaryWithObjects:forKeys: — src/Foundation/NSMutableDictionary_2.cs
        public static new NSMutableDictionary<TKey, TValue> FromObjectsAndKeys (object [] objects, object [] keys, nint count) => throw new NotSupportedException (ApiSurface.Message);

        // IDictionary<TKey, TValue> — src/Foundation/NSMutableDictionary_2.cs
        void IDictionary<TKey, TValue>.Add (TKey key, TValue value) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary<TKey, TValue>.Remove (TKey key) => throw new NotSupportedException (ApiSurface.Message);
        bool IDictionary<TKey, TValue>.TryGetValue (TKey key, out TValue value) => throw new NotSupportedException (ApiSurface.Message);
        TValue IDictionary<TKey, TValue>.this [TKey index] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }
        bool IDictionary<TKey, TValue>.ContainsKey (TKey key) => throw new NotSupportedException (ApiSurface.Message);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => throw new NotSupportedException (ApiSurface.Message);
        ICollection<TValue> IDictionary<TKey, TValue>.Values => throw new NotSupportedException (ApiSurface.Message);

        // ICollection<KeyValuePair<TKey, TValue>> — src/Foundation/NSMutableDictionary_2.cs
        void ICollection<KeyValuePair<TKey, TValue>>.Add (KeyValuePair<TKey, TValue> item) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<TKey, TValue>>.Clear () => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains (KeyValuePair<TKey, TValue> item) => throw new NotSupportedException (ApiSurface.Message);
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo (KeyValuePair<TKey, TValue> [] array, int arrayIndex) => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove (KeyValuePair<TKey, TValue> item) => throw new NotSupportedException (ApiSurface.Message);
        int ICollection<KeyValuePair<TKey, TValue>>.Count => throw new NotSupportedException (ApiSurface.Message);
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => throw new NotSupportedException (ApiSurface.Message);

        // IEnumerable — src/Foundation/NSMutableDictionary_2.cs
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
    }
}
