// Signature copies of dotnet/macios bindings, for compile tests only. Not an implementation.
// Sources: src/Foundation/ExportAttribute.cs, RegisterAttribute.cs, PreserveAttribute.cs, ProtocolAttribute.cs.
// Attributes are plain data, so they are copied with working bodies (the registrar that reads
// them does not exist here).

using System;
using System.Reflection;
using CoreMLGen.AppleApi;
using ObjCRuntime;

namespace Foundation {
#nullable enable
    // src/Foundation/ExportAttribute.cs
    [AttributeUsage (AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property)]
    public class ExportAttribute : Attribute {
        string? selector;
        ArgumentSemantic semantic;

        // src/Foundation/ExportAttribute.cs (note: protected in the real binding)
        protected ExportAttribute () { }

        // src/Foundation/ExportAttribute.cs
        public ExportAttribute (string? selector)
        {
            this.selector = selector;
            this.semantic = ArgumentSemantic.None;
        }

        // src/Foundation/ExportAttribute.cs
        public ExportAttribute (string? selector, ArgumentSemantic semantic)
        {
            this.selector = selector;
            this.semantic = semantic;
        }

        // src/Foundation/ExportAttribute.cs
        public string? Selector {
            get { return this.selector; }
            set { this.selector = value; }
        }

        // src/Foundation/ExportAttribute.cs
        public ArgumentSemantic ArgumentSemantic {
            get { return this.semantic; }
            set { this.semantic = value; }
        }

        // src/Foundation/ExportAttribute.cs
        public bool IsVariadic { get; set; }

        // src/Foundation/ExportAttribute.cs (uses the registrar)
        public ExportAttribute ToGetter (PropertyInfo prop) => throw new NotSupportedException (ApiSurface.Message);

        // src/Foundation/ExportAttribute.cs (uses the registrar)
        public ExportAttribute ToSetter (PropertyInfo prop) => throw new NotSupportedException (ApiSurface.Message);
    }

    // src/Foundation/ExportAttribute.cs
    [AttributeUsage (AttributeTargets.Property)]
    public sealed class OutletAttribute : ExportAttribute {
        public OutletAttribute () : base (null) { }
        public OutletAttribute (string name) : base (name) { }
    }

    // src/Foundation/ExportAttribute.cs
    [AttributeUsage (AttributeTargets.Method)]
    public sealed class ActionAttribute : ExportAttribute {
        public ActionAttribute () : base (null) { }
        public ActionAttribute (string selector) : base (selector) { }
    }

    // src/Foundation/RegisterAttribute.cs
    [AttributeUsage (AttributeTargets.Class)]
    public sealed class RegisterAttribute : Attribute {
        string? name;
        bool is_wrapper;

        // src/Foundation/RegisterAttribute.cs
        public RegisterAttribute () { }

        // src/Foundation/RegisterAttribute.cs
        public RegisterAttribute (string name)
        {
            this.name = name;
        }

        // src/Foundation/RegisterAttribute.cs
        public RegisterAttribute (string name, bool isWrapper)
        {
            this.name = name;
            this.is_wrapper = isWrapper;
        }

        // src/Foundation/RegisterAttribute.cs
        public string? Name {
            get { return this.name; }
            set { this.name = value; }
        }

        // src/Foundation/RegisterAttribute.cs
        public bool IsWrapper {
            get { return this.is_wrapper; }
            set { this.is_wrapper = value; }
        }

        // src/Foundation/RegisterAttribute.cs
        public bool SkipRegistration { get; set; }

        // src/Foundation/RegisterAttribute.cs
        public bool IsStubClass { get; set; }
    }

    // src/Foundation/ProtocolAttribute.cs
    [AttributeUsage (AttributeTargets.Class | AttributeTargets.Interface)]
    public sealed class ProtocolAttribute : Attribute {
        public ProtocolAttribute () { }

        public Type? WrapperType { get; set; }
        public string? Name { get; set; }
        public bool IsInformal { get; set; }
        public string? FormalSince { get; set; }
        public bool BackwardsCompatibleCodeGeneration { get; set; } = true;
    }

    // src/Foundation/ProtocolAttribute.cs
    [AttributeUsage (AttributeTargets.Interface, AllowMultiple = true)]
    public sealed class ProtocolMemberAttribute : Attribute {
        public ProtocolMemberAttribute () { }

        public bool IsRequired { get; set; }
        public bool IsProperty { get; set; }
        public bool IsStatic { get; set; }
        public string? Name { get; set; }
        public string? Selector { get; set; }
        public Type? ReturnType { get; set; }
        public Type? ReturnTypeDelegateProxy { get; set; }
        public Type []? ParameterType { get; set; }
        public bool []? ParameterByRef { get; set; }
        public Type? []? ParameterBlockProxy { get; set; }
        public bool IsVariadic { get; set; }
        public Type? PropertyType { get; set; }
        public string? GetterSelector { get; set; }
        public string? SetterSelector { get; set; }
        public ArgumentSemantic ArgumentSemantic { get; set; }
    }

    // src/Foundation/ProtocolAttribute.cs
    [AttributeUsage (AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class RequiredMemberAttribute : Attribute {
    }

    // src/Foundation/ProtocolAttribute.cs
    [AttributeUsage (AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class OptionalMemberAttribute : Attribute {
    }

#nullable disable
    // src/Foundation/PreserveAttribute.cs (file has no #nullable directive: oblivious)
    [AttributeUsage (
        AttributeTargets.Assembly
        | AttributeTargets.Class
        | AttributeTargets.Struct
        | AttributeTargets.Enum
        | AttributeTargets.Constructor
        | AttributeTargets.Method
        | AttributeTargets.Property
        | AttributeTargets.Field
        | AttributeTargets.Event
        | AttributeTargets.Interface
        | AttributeTargets.Delegate,
        AllowMultiple = true)]
    public sealed class PreserveAttribute : Attribute {

        public bool AllMembers;
        public bool Conditional;

        public PreserveAttribute ()
        {
        }

        public PreserveAttribute (Type type)
        {
        }
    }
}
