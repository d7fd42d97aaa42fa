// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/foundation.cs (bgen definitions, emitted '#nullable enable') and the hand-written
// partials in src/Foundation/ (NSString.cs, NSNumber2.cs, NSError.cs, NSErrorException.cs,
// NSUrl.cs, NSBundle.cs, NSData.cs, NSRange.cs, DictionaryContainer.cs). Each block below uses
// the nullable context of the file it copies ('#nullable disable' files stay oblivious).

using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using CoreMLGen.AppleApi;
using ObjCRuntime;

namespace Foundation {
    // ------------------------------------------------------------------ NSString
#nullable disable
    // src/Foundation/NSString.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSString", true)]
    public partial class NSString : NSObject {
        // src/Foundation/NSString.cs
        public static readonly NSString Empty = null;

        // initWithCharacters:length: — src/Foundation/NSString.cs
        public NSString (string str) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithCharacters:length: — src/Foundation/NSString.cs
        public NSString (string value, int start, int length) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static NativeHandle CreateNative (string str) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static NativeHandle CreateNative (string str, bool autorelease) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static void ReleaseNative (NativeHandle handle) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static string FromHandle (NativeHandle usrhandle) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static string FromHandle (NativeHandle handle, bool owns) => throw new NotSupportedException (ApiSurface.Message);

        // UTF8String — src/Foundation/NSString.cs
        public override string ToString () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static implicit operator string (NSString str) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static explicit operator NSString (string str) => throw new NotSupportedException (ApiSurface.Message);

        // isEqualToString: — src/Foundation/NSString.cs
        public static bool Equals (NSString a, NSString b) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static bool operator == (NSString a, NSString b) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static bool operator != (NSString a, NSString b) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public override bool Equals (Object obj) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public override int GetHashCode () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSString.cs
        public static NSString LocalizedFormat (string format, params object [] args) => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSString2' (Bind ("NSString"), DesignatedDefaultCtor) — src/foundation.cs
    public partial class NSString {
        // init — bgen
        [Export ("init")]
        public NSString () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSString (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);

        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSString (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithData:encoding: — src/foundation.cs
        [Export ("initWithData:encoding:")]
        public NSString (NSData data, NSStringEncoding encoding) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // length — src/foundation.cs
        public virtual nint Length {
            [Export ("length")] get => throw new NotSupportedException (ApiSurface.Message);
        }
    }

    // src/Foundation/Enum.cs ([Native])
    public enum NSStringEncoding : ulong {
        ASCIIStringEncoding = 1,
        NEXTSTEP = 2,
        JapaneseEUC = 3,
        UTF8 = 4,
        ISOLatin1 = 5,
        Symbol = 6,
        NonLossyASCII = 7,
        ShiftJIS = 8,
        ISOLatin2 = 9,
        Unicode = 10,
        WindowsCP1251 = 11,
        WindowsCP1252 = 12,
        WindowsCP1253 = 13,
        WindowsCP1254 = 14,
        WindowsCP1250 = 15,
        ISO2022JP = 21,
        MacOSRoman = 30,
        UTF16BigEndian = 0x90000100,
        UTF16LittleEndian = 0x94000100,
        UTF32 = 0x8c000100,
        UTF32BigEndian = 0x98000100,
        UTF32LittleEndian = 0x9c000100,
    }

    // ------------------------------------------------------------------ NSValue / NSNumber
    // bgen output of 'partial interface NSValue' — src/foundation.cs (only what NSNumber needs)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSValue", true)]
    public partial class NSValue : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSValue (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);

        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSValue (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // objCType ([Internal] IntPtr ObjCTypePtr ()) — src/foundation.cs
        [Export ("objCType")]
        internal virtual IntPtr ObjCTypePtr () => throw new NotSupportedException (ApiSurface.Message);

        // Marshal.PtrToStringAnsi (ObjCTypePtr ()) — src/Foundation/NSValue.cs
        public string ObjCType => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable disable
    // src/Foundation/NSNumber2.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSNumber", true)]
    public partial class NSNumber : NSValue, IComparable, IComparable<NSNumber>, IEquatable<NSNumber> {
        // numberWithFloat: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (float value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithDouble: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (double value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithBool: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (bool value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithChar: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (sbyte value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedChar: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (byte value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithShort: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (short value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedShort: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (ushort value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithInt: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (int value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedInt: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (uint value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithLongLong: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (long value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedLongLong: — src/Foundation/NSNumber2.cs
        public static implicit operator NSNumber (ulong value) => throw new NotSupportedException (ApiSurface.Message);

        // unsignedCharValue — src/Foundation/NSNumber2.cs
        public static explicit operator byte (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // charValue — src/Foundation/NSNumber2.cs
        public static explicit operator sbyte (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // shortValue — src/Foundation/NSNumber2.cs
        public static explicit operator short (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // unsignedShortValue — src/Foundation/NSNumber2.cs
        public static explicit operator ushort (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // intValue — src/Foundation/NSNumber2.cs
        public static explicit operator int (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // unsignedIntValue — src/Foundation/NSNumber2.cs
        public static explicit operator uint (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // longLongValue — src/Foundation/NSNumber2.cs
        public static explicit operator long (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // unsignedLongLongValue — src/Foundation/NSNumber2.cs
        public static explicit operator ulong (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // floatValue — src/Foundation/NSNumber2.cs
        public static explicit operator float (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // doubleValue — src/Foundation/NSNumber2.cs
        public static explicit operator double (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);
        // boolValue — src/Foundation/NSNumber2.cs
        public static explicit operator bool (NSNumber source) => throw new NotSupportedException (ApiSurface.Message);

        // numberWithDouble: — src/Foundation/NSNumber2.cs (nfloat overloads)
        public NSNumber (NFloat value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // doubleValue — src/Foundation/NSNumber2.cs
        public NFloat NFloatValue => throw new NotSupportedException (ApiSurface.Message);
        // numberWithDouble: — src/Foundation/NSNumber2.cs
        public static NSNumber FromNFloat (NFloat value) => throw new NotSupportedException (ApiSurface.Message);

        // stringValue — src/Foundation/NSNumber2.cs
        public override string ToString () => throw new NotSupportedException (ApiSurface.Message);
        // compare: — src/Foundation/NSNumber2.cs
        public int CompareTo (object obj) => throw new NotSupportedException (ApiSurface.Message);
        // compare: — src/Foundation/NSNumber2.cs
        public int CompareTo (NSNumber other) => throw new NotSupportedException (ApiSurface.Message);
        // isEqualToNumber: — src/Foundation/NSNumber2.cs
        public override bool Equals (object other) => throw new NotSupportedException (ApiSurface.Message);
        // isEqualToNumber: — src/Foundation/NSNumber2.cs
        public bool Equals (NSNumber other) => throw new NotSupportedException (ApiSurface.Message);
        // hash — src/Foundation/NSNumber2.cs
        public override int GetHashCode () => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSNumber' ([DisableDefaultCtor]) — src/foundation.cs
    public partial class NSNumber {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSNumber (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSNumber (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithChar: — src/foundation.cs
        [Export ("initWithChar:")] public NSNumber (sbyte value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithUnsignedChar: — src/foundation.cs
        [Export ("initWithUnsignedChar:")] public NSNumber (byte value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithShort: — src/foundation.cs
        [Export ("initWithShort:")] public NSNumber (short value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithUnsignedShort: — src/foundation.cs
        [Export ("initWithUnsignedShort:")] public NSNumber (ushort value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithInt: — src/foundation.cs
        [Export ("initWithInt:")] public NSNumber (int value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithUnsignedInt: — src/foundation.cs
        [Export ("initWithUnsignedInt:")] public NSNumber (uint value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithLongLong: — src/foundation.cs
        [Export ("initWithLongLong:")] public NSNumber (long value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithUnsignedLongLong: — src/foundation.cs
        [Export ("initWithUnsignedLongLong:")] public NSNumber (ulong value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithFloat: — src/foundation.cs
        [Export ("initWithFloat:")] public NSNumber (float value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithDouble: — src/foundation.cs
        [Export ("initWithDouble:")] public NSNumber (double value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithBool: — src/foundation.cs
        [Export ("initWithBool:")] public NSNumber (bool value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithInteger: — src/foundation.cs
        [Export ("initWithInteger:")] public NSNumber (nint value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // initWithUnsignedInteger: — src/foundation.cs
        [Export ("initWithUnsignedInteger:")] public NSNumber (nuint value) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // charValue — src/foundation.cs
        public virtual sbyte SByteValue { [Export ("charValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // unsignedCharValue — src/foundation.cs
        public virtual byte ByteValue { [Export ("unsignedCharValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // shortValue — src/foundation.cs
        public virtual short Int16Value { [Export ("shortValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // unsignedShortValue — src/foundation.cs
        public virtual ushort UInt16Value { [Export ("unsignedShortValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // intValue — src/foundation.cs
        public virtual int Int32Value { [Export ("intValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // unsignedIntValue — src/foundation.cs
        public virtual uint UInt32Value { [Export ("unsignedIntValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // longValue — src/foundation.cs
        public virtual nint LongValue { [Export ("longValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // unsignedLongValue — src/foundation.cs
        public virtual nuint UnsignedLongValue { [Export ("unsignedLongValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // longLongValue — src/foundation.cs
        public virtual long Int64Value { [Export ("longLongValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // unsignedLongLongValue — src/foundation.cs
        public virtual ulong UInt64Value { [Export ("unsignedLongLongValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // floatValue — src/foundation.cs
        public virtual float FloatValue { [Export ("floatValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // doubleValue — src/foundation.cs
        public virtual double DoubleValue { [Export ("doubleValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // boolValue — src/foundation.cs
        public virtual bool BoolValue { [Export ("boolValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // integerValue — src/foundation.cs
        public virtual nint NIntValue { [Export ("integerValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // unsignedIntegerValue — src/foundation.cs
        public virtual nuint NUIntValue { [Export ("unsignedIntegerValue")] get => throw new NotSupportedException (ApiSurface.Message); }
        // stringValue — src/foundation.cs
        public virtual string StringValue { [Export ("stringValue")] get => throw new NotSupportedException (ApiSurface.Message); }

        // compare: — src/foundation.cs
        [Export ("compare:")]
        public virtual nint Compare (NSNumber otherNumber) => throw new NotSupportedException (ApiSurface.Message);
        // isEqualToNumber: — src/foundation.cs
        [Export ("isEqualToNumber:")]
        public virtual bool IsEqualTo (IntPtr number) => throw new NotSupportedException (ApiSurface.Message);
        // isEqualToNumber: — src/foundation.cs ([Wrap])
        public bool IsEqualTo (NSNumber number) => throw new NotSupportedException (ApiSurface.Message);

        // numberWithChar: — src/foundation.cs
        [Export ("numberWithChar:")] public static NSNumber FromSByte (sbyte value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedChar: — src/foundation.cs
        [Export ("numberWithUnsignedChar:")] public static NSNumber FromByte (byte value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithShort: — src/foundation.cs
        [Export ("numberWithShort:")] public static NSNumber FromInt16 (short value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedShort: — src/foundation.cs
        [Export ("numberWithUnsignedShort:")] public static NSNumber FromUInt16 (ushort value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithInt: — src/foundation.cs
        [Export ("numberWithInt:")] public static NSNumber FromInt32 (int value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedInt: — src/foundation.cs
        [Export ("numberWithUnsignedInt:")] public static NSNumber FromUInt32 (uint value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithLong: — src/foundation.cs
        [Export ("numberWithLong:")] public static NSNumber FromLong (nint value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedLong: — src/foundation.cs
        [Export ("numberWithUnsignedLong:")] public static NSNumber FromUnsignedLong (nuint value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithLongLong: — src/foundation.cs
        [Export ("numberWithLongLong:")] public static NSNumber FromInt64 (long value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedLongLong: — src/foundation.cs
        [Export ("numberWithUnsignedLongLong:")] public static NSNumber FromUInt64 (ulong value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithFloat: — src/foundation.cs
        [Export ("numberWithFloat:")] public static NSNumber FromFloat (float value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithDouble: — src/foundation.cs
        [Export ("numberWithDouble:")] public static NSNumber FromDouble (double value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithBool: — src/foundation.cs
        [Export ("numberWithBool:")] public static NSNumber FromBoolean (bool value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithInteger: — src/foundation.cs
        [Export ("numberWithInteger:")] public static NSNumber FromNInt (nint value) => throw new NotSupportedException (ApiSurface.Message);
        // numberWithUnsignedInteger: — src/foundation.cs
        [Export ("numberWithUnsignedInteger:")] public static NSNumber FromNUInt (nuint value) => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ NSRange
#nullable disable
    // src/Foundation/NSRange.cs (functional copy: plain struct)
    public struct NSRange : IEquatable<NSRange> {
        public nint Location;
        public nint Length;

        public static readonly nint NotFound = nint.MaxValue;

        public NSRange (nint start, nint len)
        {
            Location = start;
            Length = len;
        }

        public override int GetHashCode () => HashCode.Combine (Location, Length);
        public override bool Equals (object obj) => obj is NSRange r && Equals (r);
        public bool Equals (NSRange other) => Location == other.Location && Length == other.Length;
        public override string ToString () => string.Format ("[Location={0},Length={1}]", Location, Length);
    }

    // ------------------------------------------------------------------ NSError
    // src/Foundation/NSError.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSError", true)]
    public partial class NSError : NSObject {
        // initWithDomain:code:userInfo: — src/Foundation/NSError.cs
        public NSError () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // errorWithDomain:code:userInfo: — src/Foundation/NSError.cs
        public static NSError FromDomain (NSString domain, nint code) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDomain:code:userInfo: — src/Foundation/NSError.cs
        public NSError (NSString domain, nint code) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // localizedDescription — src/Foundation/NSError.cs
        public override string ToString () => throw new NotSupportedException (ApiSurface.Message);
    }

#nullable enable
    // bgen output of 'interface NSError' ([DisableDefaultCtor]) — src/foundation.cs
    public partial class NSError {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSError (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSError (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // errorWithDomain:code:userInfo: — src/foundation.cs
        [Export ("errorWithDomain:code:userInfo:")]
        public static NSError FromDomain (NSString domain, nint code, NSDictionary? userInfo) => throw new NotSupportedException (ApiSurface.Message);

        // initWithDomain:code:userInfo: — src/foundation.cs
        [Export ("initWithDomain:code:userInfo:")]
        public NSError (NSString domain, nint code, NSDictionary? userInfo) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // domain — src/foundation.cs
        public virtual string Domain { [Export ("domain")] get => throw new NotSupportedException (ApiSurface.Message); }
        // code — src/foundation.cs
        public virtual nint Code { [Export ("code")] get => throw new NotSupportedException (ApiSurface.Message); }
        // userInfo — src/foundation.cs
        public virtual NSDictionary UserInfo { [Export ("userInfo")] get => throw new NotSupportedException (ApiSurface.Message); }
        // localizedDescription — src/foundation.cs
        public virtual string LocalizedDescription { [Export ("localizedDescription")] get => throw new NotSupportedException (ApiSurface.Message); }
        // localizedFailureReason — src/foundation.cs
        public virtual string LocalizedFailureReason { [Export ("localizedFailureReason")] get => throw new NotSupportedException (ApiSurface.Message); }
        // localizedRecoverySuggestion — src/foundation.cs
        public virtual string LocalizedRecoverySuggestion { [Export ("localizedRecoverySuggestion")] get => throw new NotSupportedException (ApiSurface.Message); }
        // localizedRecoveryOptions — src/foundation.cs
        public virtual string [] LocalizedRecoveryOptions { [Export ("localizedRecoveryOptions")] get => throw new NotSupportedException (ApiSurface.Message); }
        // helpAnchor — src/foundation.cs
        public virtual string HelpAnchor { [Export ("helpAnchor")] get => throw new NotSupportedException (ApiSurface.Message); }

        // underlyingErrors — src/foundation.cs
        [SupportedOSPlatform ("ios14.5"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos14.5")]
        public virtual NSError [] UnderlyingErrors { [Export ("underlyingErrors", ArgumentSemantic.Copy)] get => throw new NotSupportedException (ApiSurface.Message); }

        // NSLocalizedDescriptionKey (field) — src/foundation.cs
        public static NSString LocalizedDescriptionKey => throw new NotSupportedException (ApiSurface.Message);

        // NSCocoaErrorDomain (field) — src/foundation.cs
        public static NSString CocoaErrorDomain => throw new NotSupportedException (ApiSurface.Message);
        // NSPOSIXErrorDomain (field) — src/foundation.cs
        public static NSString PosixErrorDomain => throw new NotSupportedException (ApiSurface.Message);
        // NSOSStatusErrorDomain (field) — src/foundation.cs
        public static NSString OsStatusErrorDomain => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ NSErrorException
#nullable disable
    // src/Foundation/NSErrorException.cs (file has no #nullable directive: oblivious)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public class NSErrorException : Exception {
        // src/Foundation/NSErrorException.cs
        public NSErrorException (NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSErrorException.cs
        public NSError Error => throw new NotSupportedException (ApiSurface.Message);

        // domain — src/Foundation/NSErrorException.cs
        public string Domain => throw new NotSupportedException (ApiSurface.Message);

        // code — src/Foundation/NSErrorException.cs
        public nint Code => throw new NotSupportedException (ApiSurface.Message);

        // userInfo — src/Foundation/NSErrorException.cs
        public NSDictionary UserInfo => throw new NotSupportedException (ApiSurface.Message);

        // description — src/Foundation/NSErrorException.cs
        public override string Message => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ NSUrl
#nullable enable
#pragma warning disable CS0660, CS0661 // as in src/Foundation/NSUrl.cs: NSObject.Equals calls isEqual:
    // src/Foundation/NSUrl.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSURL", true)]
    public partial class NSUrl : NSObject, IEquatable<NSUrl> {
        // URLWithString:relativeToURL: — src/Foundation/NSUrl.cs
        public NSUrl (string path, string relativeToUrl) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // isEqual: — src/Foundation/NSUrl.cs
        public bool Equals (NSUrl? url) => throw new NotSupportedException (ApiSurface.Message);

        // absoluteString — src/Foundation/NSUrl.cs
        public static implicit operator Uri? (NSUrl? url) => throw new NotSupportedException (ApiSurface.Message);

        // initWithString: — src/Foundation/NSUrl.cs
        public static implicit operator NSUrl? (Uri? uri) => throw new NotSupportedException (ApiSurface.Message);

        // initFileURLWithPath:isDirectory: — src/Foundation/NSUrl.cs
        public static NSUrl FromFilename (string url) => throw new NotSupportedException (ApiSurface.Message);

        // URLWithString:relativeToURL: — src/Foundation/NSUrl.cs
        public NSUrl MakeRelative (string url) => throw new NotSupportedException (ApiSurface.Message);

        // absoluteString — src/Foundation/NSUrl.cs
        public override string ToString () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSUrl.cs
        public static bool operator == (NSUrl? x, NSUrl? y) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSUrl.cs
        public static bool operator != (NSUrl? x, NSUrl? y) => throw new NotSupportedException (ApiSurface.Message);
    }
#pragma warning restore CS0660, CS0661

    // bgen output of 'partial interface NSUrl' ([DisableDefaultCtor]) — src/foundation.cs
    public partial class NSUrl {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSUrl (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSUrl (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initFileURLWithPath:isDirectory: — src/foundation.cs
        [Export ("initFileURLWithPath:isDirectory:")]
        public NSUrl (string path, bool isDir) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithString: — src/foundation.cs
        [Export ("initWithString:")]
        public NSUrl (string urlString) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // initWithString:relativeToURL: — src/foundation.cs
        [Export ("initWithString:relativeToURL:")]
        public NSUrl (string urlString, NSUrl relativeToUrl) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // URLWithString: — src/foundation.cs
        [Export ("URLWithString:")]
        public static NSUrl? FromString (string? s) => throw new NotSupportedException (ApiSurface.Message);

        // fileURLWithPath: — src/foundation.cs
        [Export ("fileURLWithPath:")]
        public static NSUrl CreateFileUrl (string path) => throw new NotSupportedException (ApiSurface.Message);

        // fileURLWithPath:isDirectory: — src/foundation.cs
        [Export ("fileURLWithPath:isDirectory:")]
        public static NSUrl CreateFileUrl (string path, bool isDir) => throw new NotSupportedException (ApiSurface.Message);

        // fileURLWithPath:relativeToURL: — src/foundation.cs
        [Export ("fileURLWithPath:relativeToURL:")]
        public static NSUrl CreateFileUrl (string path, NSUrl? relativeToUrl) => throw new NotSupportedException (ApiSurface.Message);

        // fileURLWithPath:isDirectory:relativeToURL: — src/foundation.cs
        [Export ("fileURLWithPath:isDirectory:relativeToURL:")]
        public static NSUrl CreateFileUrl (string path, bool isDir, NSUrl? relativeToUrl) => throw new NotSupportedException (ApiSurface.Message);

        // fileURLWithPathComponents: — src/foundation.cs
        [Export ("fileURLWithPathComponents:")]
        public static NSUrl CreateFileUrl (string [] pathComponents) => throw new NotSupportedException (ApiSurface.Message);

        // absoluteString — src/foundation.cs
        public virtual string? AbsoluteString { [Export ("absoluteString")] get => throw new NotSupportedException (ApiSurface.Message); }
        // absoluteURL — src/foundation.cs
        public virtual NSUrl? AbsoluteUrl { [Export ("absoluteURL")] get => throw new NotSupportedException (ApiSurface.Message); }
        // baseURL — src/foundation.cs
        public virtual NSUrl? BaseUrl { [Export ("baseURL")] get => throw new NotSupportedException (ApiSurface.Message); }
        // host — src/foundation.cs
        public virtual string? Host { [Export ("host")] get => throw new NotSupportedException (ApiSurface.Message); }
        // isFileURL — src/foundation.cs
        public virtual bool IsFileUrl { [Export ("isFileURL")] get => throw new NotSupportedException (ApiSurface.Message); }
        // path — src/foundation.cs
        public virtual string? Path { [Export ("path")] get => throw new NotSupportedException (ApiSurface.Message); }
        // relativePath — src/foundation.cs
        public virtual string? RelativePath { [Export ("relativePath")] get => throw new NotSupportedException (ApiSurface.Message); }
        // pathComponents — src/foundation.cs
        public virtual string []? PathComponents { [Export ("pathComponents")] get => throw new NotSupportedException (ApiSurface.Message); }
        // lastPathComponent — src/foundation.cs
        public virtual string? LastPathComponent { [Export ("lastPathComponent")] get => throw new NotSupportedException (ApiSurface.Message); }
        // pathExtension — src/foundation.cs
        public virtual string? PathExtension { [Export ("pathExtension")] get => throw new NotSupportedException (ApiSurface.Message); }
        // relativeString — src/foundation.cs
        public virtual string RelativeString { [Export ("relativeString")] get => throw new NotSupportedException (ApiSurface.Message); }
        // scheme — src/foundation.cs
        public virtual string? Scheme { [Export ("scheme")] get => throw new NotSupportedException (ApiSurface.Message); }

        // URLByAppendingPathComponent:isDirectory: — src/foundation.cs
        [Export ("URLByAppendingPathComponent:isDirectory:")]
        public virtual NSUrl Append (string pathComponent, bool isDirectory) => throw new NotSupportedException (ApiSurface.Message);

        // URLByAppendingPathExtension: — src/foundation.cs
        [Export ("URLByAppendingPathExtension:")]
        public virtual NSUrl AppendPathExtension (string extension) => throw new NotSupportedException (ApiSurface.Message);

        // URLByDeletingLastPathComponent — src/foundation.cs
        [Export ("URLByDeletingLastPathComponent")]
        public virtual NSUrl RemoveLastPathComponent () => throw new NotSupportedException (ApiSurface.Message);

        // URLByDeletingPathExtension — src/foundation.cs
        [Export ("URLByDeletingPathExtension")]
        public virtual NSUrl RemovePathExtension () => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ NSBundle
    // src/Foundation/NSBundle.cs + bgen output of 'partial interface NSBundle' ([DisableDefaultCtor]) — src/foundation.cs
    // (the [Obsolete] public NSBundle () of NSBundle.cs exists on iOS only and is omitted)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSBundle", true)]
    public partial class NSBundle : NSObject {
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSBundle (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSBundle (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithPath: — src/foundation.cs
        [Export ("initWithPath:")]
        public NSBundle (string path) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // mainBundle — src/foundation.cs
        public static NSBundle MainBundle { [Export ("mainBundle")] get => throw new NotSupportedException (ApiSurface.Message); }

        // bundleWithPath: — src/foundation.cs
        [Export ("bundleWithPath:")]
        public static NSBundle FromPath (string path) => throw new NotSupportedException (ApiSurface.Message);

        // bundleForClass: — src/foundation.cs
        [Export ("bundleForClass:")]
        public static NSBundle FromClass (Class c) => throw new NotSupportedException (ApiSurface.Message);

        // bundleWithIdentifier: — src/foundation.cs
        [Export ("bundleWithIdentifier:")]
        public static NSBundle FromIdentifier (string str) => throw new NotSupportedException (ApiSurface.Message);

        // bundlePath — src/foundation.cs
        public virtual string BundlePath { [Export ("bundlePath")] get => throw new NotSupportedException (ApiSurface.Message); }
        // resourcePath — src/foundation.cs
        public virtual string ResourcePath { [Export ("resourcePath")] get => throw new NotSupportedException (ApiSurface.Message); }
        // bundleIdentifier — src/foundation.cs
        public virtual string BundleIdentifier { [Export ("bundleIdentifier")] get => throw new NotSupportedException (ApiSurface.Message); }
        // bundleURL — src/foundation.cs
        public virtual NSUrl BundleUrl { [Export ("bundleURL")] get => throw new NotSupportedException (ApiSurface.Message); }
        // resourceURL — src/foundation.cs
        public virtual NSUrl ResourceUrl { [Export ("resourceURL")] get => throw new NotSupportedException (ApiSurface.Message); }

        // pathForResource:ofType: — src/foundation.cs
        [Export ("pathForResource:ofType:")]
        public virtual string PathForResource (string name, string? ofType) => throw new NotSupportedException (ApiSurface.Message);

        // pathForResource:ofType:inDirectory: — src/foundation.cs
        [Export ("pathForResource:ofType:inDirectory:")]
        public virtual string PathForResource (string name, string? ofType, string? subpath) => throw new NotSupportedException (ApiSurface.Message);

        // URLForResource:withExtension: — src/foundation.cs
        [Export ("URLForResource:withExtension:")]
        public virtual NSUrl GetUrlForResource (string name, string fileExtension) => throw new NotSupportedException (ApiSurface.Message);

        // URLForResource:withExtension:subdirectory: — src/foundation.cs
        [Export ("URLForResource:withExtension:subdirectory:")]
        public virtual NSUrl GetUrlForResource (string name, string fileExtension, string? subdirectory) => throw new NotSupportedException (ApiSurface.Message);

        // URLForResource:withExtension:subdirectory:localization: — src/foundation.cs
        [Export ("URLForResource:withExtension:subdirectory:localization:")]
        public virtual NSUrl GetUrlForResource (string name, string fileExtension, string? subdirectory, string? localizationName) => throw new NotSupportedException (ApiSurface.Message);

        // URLForResource:withExtension:subdirectory:inBundleWithURL: — src/foundation.cs
        [Export ("URLForResource:withExtension:subdirectory:inBundleWithURL:")]
        public static NSUrl GetUrlForResource (string name, string fileExtension, string? subdirectory, NSUrl bundleURL) => throw new NotSupportedException (ApiSurface.Message);

        // pathsForResourcesOfType:inDirectory: — src/Foundation/NSBundle.cs
        public string [] PathsForResources (string fileExtension) => throw new NotSupportedException (ApiSurface.Message);
    }

    // ------------------------------------------------------------------ NSData
    // src/Foundation/NSData.cs ('#nullable enable') + bgen output of 'interface NSData' — src/foundation.cs
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    [Register ("NSData", true)]
    public partial class NSData : NSObject, IEnumerable, IEnumerable<byte> {
        // init — bgen
        [Export ("init")]
        public NSData () : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected NSData (NSObjectFlag t) : base (t) => throw new NotSupportedException (ApiSurface.Message);
        // bgen
        [EditorBrowsable (EditorBrowsableState.Advanced)]
        protected internal NSData (NativeHandle handle) : base (handle) => throw new NotSupportedException (ApiSurface.Message);

        // initWithBytesNoCopy:length:deallocator: — src/foundation.cs
        [Export ("initWithBytesNoCopy:length:deallocator:")]
        public NSData (IntPtr bytes, nuint length, Action<IntPtr, nuint>? deallocator) : base (NSObjectFlag.Empty) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithContentsOfURL: — src/foundation.cs
        [Export ("dataWithContentsOfURL:")]
        public static NSData FromUrl (NSUrl url) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithContentsOfURL:options:error: — src/foundation.cs
        [Export ("dataWithContentsOfURL:options:error:")]
        public static NSData FromUrl (NSUrl url, NSDataReadingOptions mask, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithContentsOfFile: — src/foundation.cs
        [Export ("dataWithContentsOfFile:")]
        public static NSData FromFile (string path) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithContentsOfFile:options:error: — src/foundation.cs
        [Export ("dataWithContentsOfFile:options:error:")]
        public static NSData FromFile (string path, NSDataReadingOptions mask, out NSError error) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithData: — src/foundation.cs
        [Export ("dataWithData:")]
        public static NSData FromData (NSData source) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithBytes:length: — src/foundation.cs
        [Export ("dataWithBytes:length:")]
        public static NSData FromBytes (IntPtr bytes, nuint size) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithBytesNoCopy:length: — src/foundation.cs
        [Export ("dataWithBytesNoCopy:length:")]
        public static NSData FromBytesNoCopy (IntPtr bytes, nuint size) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithBytesNoCopy:length:freeWhenDone: — src/foundation.cs
        [Export ("dataWithBytesNoCopy:length:freeWhenDone:")]
        public static NSData FromBytesNoCopy (IntPtr bytes, nuint size, bool freeWhenDone) => throw new NotSupportedException (ApiSurface.Message);

        // bytes — src/foundation.cs
        public virtual IntPtr Bytes { [Export ("bytes")] get => throw new NotSupportedException (ApiSurface.Message); }

        // length — src/foundation.cs ([NotImplemented] setter: only NSMutableData has setLength:)
        public virtual nuint Length {
            [Export ("length")] get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // getBytes:length: — src/foundation.cs
        [Export ("getBytes:length:")]
        public virtual void GetBytes (IntPtr buffer, nuint length) => throw new NotSupportedException (ApiSurface.Message);

        // subdataWithRange: — src/foundation.cs
        [Export ("subdataWithRange:")]
        public virtual NSData Subdata (NSRange range) => throw new NotSupportedException (ApiSurface.Message);

        // writeToURL:atomically: — src/foundation.cs
        [Export ("writeToURL:atomically:")]
        public virtual bool Save (NSUrl url, bool atomically) => throw new NotSupportedException (ApiSurface.Message);

        // bytes/length — src/Foundation/NSData.cs
        public byte [] ToArray () => throw new NotSupportedException (ApiSurface.Message);

        // dataWithBytes:length: — src/Foundation/NSData.cs
        public static NSData FromString (string s) => throw new NotSupportedException (ApiSurface.Message);

        // dataWithBytes:length: — src/Foundation/NSData.cs
        public static NSData FromArray (byte [] buffer) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSData.cs
        public static NSData? FromStream (Stream stream) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSData.cs
        public virtual Stream AsStream () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSData.cs
        public static implicit operator NSData (string s) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSData.cs
        public override string ToString () => throw new NotSupportedException (ApiSurface.Message);

        // writeToFile:options:error: — src/Foundation/NSData.cs
        public bool Save (string file, bool auxiliaryFile, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // writeToURL:options:error: — src/Foundation/NSData.cs
        public bool Save (NSUrl url, bool auxiliaryFile, out NSError? error) => throw new NotSupportedException (ApiSurface.Message);

        // bytes[idx] — src/Foundation/NSData.cs
        public virtual byte this [nint idx] {
            get => throw new NotSupportedException (ApiSurface.Message);
            set => throw new NotSupportedException (ApiSurface.Message);
        }

        // src/Foundation/NSData.cs
        IEnumerator IEnumerable.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/NSData.cs
        IEnumerator<byte> IEnumerable<byte>.GetEnumerator () => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/Foundation/Enum.cs ([Flags, Native])
    [Flags]
    public enum NSDataReadingOptions : ulong {
        Mapped = 1 << 0,
        Uncached = 1 << 1,
        MappedAlways = 1 << 3,
    }

    // ------------------------------------------------------------------ DictionaryContainer
    // src/Foundation/DictionaryContainer.cs (base of every [StrongDictionary] type)
    [SupportedOSPlatform ("ios"), SupportedOSPlatform ("maccatalyst"), SupportedOSPlatform ("macos"), SupportedOSPlatform ("tvos")]
    public abstract class DictionaryContainer {
        // src/Foundation/DictionaryContainer.cs
        protected DictionaryContainer () => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/DictionaryContainer.cs
        protected DictionaryContainer (NSDictionary? dictionary) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/DictionaryContainer.cs
        public NSDictionary Dictionary => throw new NotSupportedException (ApiSurface.Message);
    }
}
