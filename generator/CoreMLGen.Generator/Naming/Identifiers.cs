using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CoreMLGen.Generator.Naming;

/// <summary>
/// Turns Core ML names (which may be <c>input.1</c>, <c>796</c>, <c>PCOS (Y/N)</c> or a hex hash) into valid,
/// deterministic C# identifiers. The original string is always kept separately for feature lookups.
/// </summary>
internal static class Identifiers
{
    /// <summary>PascalCase: words split at anything that is not a letter or digit, each word capitalised.</summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        bool startOfWord = true;
        foreach (char c in name)
        {
            if (!char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0)
        {
            return "Feature";
        }

        // A leading digit is not allowed; Xcode uses the same underscore prefix ("796" -> _796).
        return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    /// <summary>camelCase parameter name for a PascalCase member name, escaped if it is a keyword.</summary>
    public static string ToParameterName(string pascalName)
    {
        string camel = pascalName.Length > 0 && char.IsUpper(pascalName[0])
            ? char.ToLowerInvariant(pascalName[0]) + pascalName.Substring(1)
            : pascalName;

        // A parameter named nameof turns every nameof(...) in its method into a call of it, even as @nameof. No
        // other member name yields a trailing underscore (PascalCase drops them), so this stays unique.
        return camel == "nameof" ? "nameof_" : EscapeKeyword(camel);
    }

    /// <summary>The private backing field for a member.</summary>
    public static string ToFieldName(string pascalName) => "_" + ToParameterName(pascalName).TrimStart('@');

    /// <summary>
    /// A type name: kept as written when it is already an identifier (Xcode keeps the file name). A name of only
    /// lowercase ASCII letters (<c>resnet</c>) is written <c>@resnet</c>: unescaped, the compiler warns that such
    /// names may become keywords (CS8981).
    /// </summary>
    public static string ToTypeName(string name)
    {
        if (!IsValidIdentifier(name))
        {
            return ToPascalCase(name);
        }

        string escaped = EscapeKeyword(name);
        return escaped == name && name.All(c => c >= 'a' && c <= 'z') ? "@" + name : escaped;
    }

    public static bool IsValidIdentifier(string name)
        => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name);

    public static string EscapeKeyword(string identifier)
        => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>Appends a counter, keeping names that end in a digit readable (Input1 -> Input1_2).</summary>
    public static string WithSuffix(string name, int counter)
        => char.IsDigit(name[name.Length - 1]) ? name + "_" + counter : name + counter;

    /// <summary>True when every dot-separated part is an identifier (an empty namespace means global).</summary>
    public static bool IsValidNamespace(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }

        foreach (string part in name.Split('.'))
        {
            if (!IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Public members of Foundation.NSObject (dotnet/macios) and System.Object: on Apple the generated Input and
    /// Output classes derive from NSObject, so a feature property must not hide one of these (CS0108).
    /// </summary>
    public static readonly IReadOnlyCollection<string> InheritedMemberNames = new HashSet<string>
    {
        "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
        "Handle", "ClassHandle", "SuperHandle", "Class", "Superclass", "Description", "DebugDescription", "Hash",
        "IsProxy", "RetainCount", "Zone", "Self", "IsDirectBinding", "IsRegisteredToggleRef", "Dispose",
        "AddObserver", "RemoveObserver", "ObserveValue", "SetValueForKey", "ValueForKey", "SetValueForKeyPath",
        "ValueForKeyPath", "SetValueForUndefinedKey", "ValueForUndefinedKey", "SetNilValueForKey",
        "SetValuesForKeysWithDictionary", "GetDictionaryOfValuesFromKeys", "PerformSelector", "InvokeOnMainThread",
        "BeginInvokeOnMainThread", "Invoke", "Copy", "MutableCopy", "Init", "DangerousRetain", "DangerousRelease",
        "DangerousAutorelease", "ConformsToProtocol", "RespondsToSelector", "IsEqual", "IsKindOfClass",
        "IsMemberOfClass", "DoesNotRecognizeSelector", "AwakeFromNib", "PrepareForInterfaceBuilder",
        "WillChangeValue", "DidChangeValue", "WillChange", "DidChange", "AutomaticallyNotifiesObserversForKey",
        "ExposedBindings", "Bind", "Unbind", "GetBindingInfo", "GetBindingOptionDescriptions", "GetBindingValueClass",
        "CommitEditing", "DiscardEditing", "ObjectDidEndEditing", "ObjectDidBeginEditing", "GetNativeHash",
        "IsNewRefcountEnabled", "EncodeTo", "CopyWithZone", "MutableCopyWithZone", "SetValue", "ValueForKeyPaths",
        "AccessibilityLabel", "AccessibilityHint", "AccessibilityValue", "AccessibilityTraits", "AccessibilityFrame",
        "AccessibilityElementsHidden", "AccessibilityIdentifier", "AccessibilityLanguage", "AccessibilityPath",
        "IsAccessibilityElement", "AccessibilityActivationPoint", "AccessibilityViewIsModal",
        "ShouldGroupAccessibilityChildren", "AccessibilityNavigationStyle", "AccessibilityElements",
        "AccessibilityCustomActions", "AccessibilityAttributedLabel", "AccessibilityAttributedHint",
        "AccessibilityAttributedValue", "AccessibilityRespondsToUserInteraction", "AccessibilityUserInputLabels",
        "AccessibilityTextualContext", "AccessibilityContainerType", "AccessibilityDragSourceDescriptors",
        "AccessibilityDropPointDescriptors", "AccessibilityCustomRotors",
    };
}
