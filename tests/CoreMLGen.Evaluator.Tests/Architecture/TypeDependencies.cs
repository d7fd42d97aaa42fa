using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace CoreMLGen.Evaluator.Tests.Architecture;

/// <summary>
/// The types one type uses, read from the compiled assembly: base type, interfaces, fields, property, method and
/// constructor signatures, local variables, and every type, method and field token in the method bodies' IL.
/// </summary>
internal static class TypeDependencies
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    public static IEnumerable<Type> Of(Type type)
    {
        var used = new HashSet<Type>();
        void Add(Type? t) => Collect(t, used);
        Add(type.BaseType);
        foreach (Type i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (FieldInfo field in type.GetFields(Everything))
        {
            Add(field.FieldType);
        }

        foreach (PropertyInfo property in type.GetProperties(Everything))
        {
            Add(property.PropertyType);
        }

        foreach (MethodBase method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo m)
            {
                Add(m.ReturnType);
            }

            foreach (ParameterInfo p in method.GetParameters())
            {
                Add(p.ParameterType);
            }

            MethodBody? body = method.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (LocalVariableInfo local in body.LocalVariables)
            {
                Add(local.LocalType);
            }

            foreach (MemberInfo member in BodyTokens(method, body.GetILAsByteArray() ?? Array.Empty<byte>()))
            {
                switch (member)
                {
                    case Type t:
                        Add(t);
                        break;
                    case FieldInfo f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                    case MethodBase called:
                        Add(called.DeclaringType);
                        break;
                }
            }
        }

        return used;
    }

    // Walks the IL, resolving the operand of every instruction that names a type, field or method.
    private static IEnumerable<MemberInfo> BodyTokens(MethodBase method, byte[] il)
    {
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int position = 0;
        while (position < il.Length)
        {
            short code = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
            position += il[position] == 0xFE ? 2 : 1;
            OperandType operand = OperandTypes[code];
            if (operand is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, position);
                yield return method.Module.ResolveMember(token, typeArguments, methodArguments)!;
            }

            position += OperandSize(operand, il, position);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    // Adds the type and everything it is built from (array elements, generic arguments, by-ref targets).
    private static void Collect(Type? type, HashSet<Type> used)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Collect(type.GetElementType(), used);
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (Type argument in type.GetGenericArguments())
            {
                Collect(argument, used);
            }

            type = type.GetGenericTypeDefinition();
        }

        used.Add(type);
    }
}
