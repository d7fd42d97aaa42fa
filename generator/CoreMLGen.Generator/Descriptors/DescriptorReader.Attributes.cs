using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CoreMLGen.Generator.Descriptors;

internal sealed partial class DescriptorReader
{
    /// <summary>Typed access to one record's attributes; reports missing, malformed and unknown keys.</summary>
    private sealed class AttributeReader
    {
        private readonly DescriptorLine _line;
        private readonly DescriptorReader _owner;
        private readonly HashSet<string> _used = new();

        public AttributeReader(DescriptorLine line, DescriptorReader owner)
        {
            _line = line;
            _owner = owner;
            var seen = new HashSet<string>();
            foreach (KeyValuePair<string, string> attribute in line.Attributes)
            {
                if (!seen.Add(attribute.Key))
                {
                    Fail("attribute '" + attribute.Key + "' appears twice");
                }
            }
        }

        public string? Optional(string key)
        {
            _used.Add(key);
            foreach (KeyValuePair<string, string> attribute in _line.Attributes)
            {
                if (attribute.Key == key)
                {
                    return attribute.Value;
                }
            }

            return null;
        }

        public string Required(string key)
        {
            string? value = Optional(key);
            if (value is null)
            {
                Fail("'" + _line.Keyword + "' needs attribute '" + key + "'");
                return string.Empty;
            }

            return value;
        }

        public int Int(string key)
        {
            string text = Required(key);
            if (text.Length > 0 && !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                Fail("attribute '" + key + "' must be an integer, not '" + text + "'");
                return 0;
            }

            return text.Length == 0 ? 0 : int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        public long Long(string key)
        {
            string text = Required(key);
            if (!TryParseLong(text, out long value))
            {
                Fail("attribute '" + key + "' must be an integer, not '" + text + "'");
            }

            return value;
        }

        public bool Bool(string key)
        {
            string text = Required(key);
            switch (text)
            {
                case "true": return true;
                case "false": return false;
                default:
                    Fail("attribute '" + key + "' must be true or false, not '" + text + "'");
                    return false;
            }
        }

        public string OneOf(string key, params string[] allowed)
        {
            string text = Required(key);
            if (!allowed.Contains(text))
            {
                Fail("attribute '" + key + "' must be one of " + string.Join(", ", allowed) + ", not '" + text + "'");
            }

            return text;
        }

        public void ReportUnused()
        {
            foreach (KeyValuePair<string, string> attribute in _line.Attributes)
            {
                if (!_used.Contains(attribute.Key))
                {
                    Fail("unknown attribute '" + attribute.Key + "' on '" + _line.Keyword + "'");
                }
            }
        }

        public void Fail(string message) => _owner.Error(_line.LineNumber, 1, message);

        public static bool TryParseLong(string text, out long value)
            => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

        /// <summary>
        /// A size or lower bound: Core ML stores these as uint64, so values above <see cref="long.MaxValue"/> are
        /// valid descriptor text; they saturate (nothing that large can exist).
        /// </summary>
        public static bool TryParseUnsignedSize(string text, out long value)
        {
            if (TryParseLong(text, out value))
            {
                return true;
            }

            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                value = long.MaxValue;
                return true;
            }

            return false;
        }
    }
}
