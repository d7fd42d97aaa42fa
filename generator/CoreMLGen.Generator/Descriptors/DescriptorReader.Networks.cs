using System.Collections.Generic;
using System.Globalization;
using CoreMLGen.Generator.Model;

namespace CoreMLGen.Generator.Descriptors;

internal sealed partial class DescriptorReader
{
    private static readonly string[] s_parameterTypes = { "int", "long", "double", "string", "bool", "none" };
    private static readonly string[] s_weightStorages = { "float32", "float16", "quantized", "int8", "empty" };
    private static readonly string[] s_layerTypes = { "uniDirectionalLSTM", "biDirectionalLSTM", "gru", "simpleRecurrent", "none" };
    private static readonly string[] s_slots = { "h", "c", "hRev", "cRev" };

    private static CustomLayerDescription ReadCustomLayer(DescriptorLine line, AttributeReader attributes)
    {
        string className = attributes.Required("className");
        string layer = attributes.Required("layer");
        string description = attributes.Required("description");
        int inputs = attributes.Int("inputs");
        int outputs = attributes.Int("outputs");
        string weightsText = attributes.Required("weights");
        var weights = new List<CustomWeightDescription>();
        foreach (string item in weightsText.Length == 0 ? new string[0] : weightsText.Split(','))
        {
            int colon = item.IndexOf(':');
            string storage = colon > 0 ? item.Substring(0, colon) : string.Empty;
            if (System.Array.IndexOf(s_weightStorages, storage) >= 0 && AttributeReader.TryParseLong(item.Substring(colon + 1), out long count) && count >= 0)
            {
                weights.Add(new CustomWeightDescription(storage, count));
            }
            else
            {
                attributes.Fail("attribute 'weights' must list storage:count items, not '" + item + "'");
            }
        }

        return new CustomLayerDescription(className, layer, description, inputs, outputs, weights.ToEquatableArray(), EquatableArray<CustomParameterDescription>.Empty, line.LineNumber);
    }

    private static CustomParameterDescription ReadCustomParameter(AttributeReader attributes)
    {
        string name = attributes.Required("name");
        string type = attributes.OneOf("type", s_parameterTypes);
        string value = attributes.Required("value");
        bool valid = type switch
        {
            "int" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "long" => AttributeReader.TryParseLong(value, out _),
            "double" => IsNumber(value),
            "bool" => value is "true" or "false",
            "none" => value.Length == 0,
            _ => true,
        };
        if (!valid)
        {
            attributes.Fail("attribute 'value' is not a valid " + type + ": '" + value + "'");
        }

        return new CustomParameterDescription(name, type, value);
    }

    private static StatePairDescription ReadStatePair(DescriptorLine line, AttributeReader attributes)
    {
        string input = attributes.Required("input");
        string output = attributes.Required("output");
        bool byName = attributes.OneOf("foundBy", "wiring", "name") == "name";
        string layer = attributes.Required("layer");
        string layerType = attributes.OneOf("layerType", s_layerTypes);
        string slotsText = attributes.Required("slots");
        var slots = new List<string>();
        foreach (string slot in slotsText.Length == 0 ? new string[0] : slotsText.Split(','))
        {
            if (System.Array.IndexOf(s_slots, slot) < 0)
            {
                attributes.Fail("attribute 'slots' must list h, c, hRev or cRev, not '" + slot + "'");
            }

            slots.Add(slot);
        }

        return new StatePairDescription(input, output, byName, layer, layerType, slots.ToEquatableArray(), line.LineNumber);
    }
}
