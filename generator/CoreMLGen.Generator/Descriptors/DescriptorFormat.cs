// The descriptor format's constants. The generator (the reader) owns this file; the writer in runtime/CoreMLGen.Spec compiles it too:
// one file compiled into both assemblies, so it must build for netstandard2.0 with no dependencies.
// The format itself is specified in docs/descriptor-format.md.
namespace CoreMLGen.Descriptors
{
    /// <summary>Version, header, record keywords, attribute keys and fixed values of the descriptor format.</summary>
    internal static class DescriptorFormat
    {
        /// <summary>The format version this build writes and reads.</summary>
        public const int Version = 2;

        /// <summary>The first word of line 1.</summary>
        public const string HeaderKeyword = "coremlgen-descriptor";

        /// <summary>Line 1 of every descriptor of this version, exactly.</summary>
        public const string HeaderLine = "coremlgen-descriptor 2";

        /// <summary>Descriptor files are named <c>&lt;model file name&gt;.descriptor</c>.</summary>
        public const string FileExtension = ".descriptor";

        /// <summary>Lines starting with this are comments.</summary>
        public const char CommentPrefix = '#';

        /// <summary>Record keywords, in the order they appear in a file.</summary>
        public static class Records
        {
            public const string Model = "model";
            public const string Metadata = "metadata";
            public const string UserDefined = "userDefined";
            public const string Classifier = "classifier";
            public const string Regressor = "regressor";
            public const string ClassLabel = "classLabel";
            public const string SubModel = "subModel";
            public const string CustomLayer = "customLayer";
            public const string CustomParameter = "customParameter";
            public const string StatePair = "statePair";
            public const string Function = "function";
            public const string Input = "input";
            public const string Output = "output";
            public const string State = "state";
        }

        /// <summary>Attribute keys.</summary>
        public static class Keys
        {
            // model
            public const string SpecVersion = "specVersion";
            public const string Kind = "kind";
            public const string Updatable = "updatable";

            // metadata
            public const string Description = "description";
            public const string Author = "author";
            public const string License = "license";
            public const string Version = "version";

            // userDefined
            public const string Key = "key";
            public const string Value = "value";

            // classifier, regressor
            public const string Predicted = "predicted";
            public const string Probabilities = "probabilities";
            public const string LabelType = "labelType";

            // subModel (also kind, specVersion), function (also name)
            public const string Path = "path";
            public const string Name = "name";
            public const string Default = "default";

            // customLayer (also description), customParameter (also name, type, value)
            public const string ClassName = "className";
            public const string Layer = "layer";
            public const string Inputs = "inputs";
            public const string Outputs = "outputs";
            public const string Weights = "weights";

            // statePair (also layer)
            public const string Input = "input";
            public const string Output = "output";
            public const string FoundBy = "foundBy";
            public const string LayerType = "layerType";
            public const string Slots = "slots";

            // features (also name, description)
            public const string Optional = "optional";
            public const string Type = "type";
            public const string DataType = "dataType";
            public const string Shape = "shape";
            public const string Flexibility = "flexibility";
            public const string Shapes = "shapes";
            public const string Ranges = "ranges";
            public const string Width = "width";
            public const string Height = "height";
            public const string ColorSpace = "colorSpace";
            public const string Sizes = "sizes";
            public const string WidthRange = "widthRange";
            public const string HeightRange = "heightRange";
            public const string KeyType = "keyType";
            public const string ElementType = "elementType";
            public const string SizeRange = "sizeRange";
            public const string TypeCase = "typeCase";
        }

        /// <summary>Fixed attribute values.</summary>
        public static class Values
        {
            public const string True = "true";
            public const string False = "false";

            // labelType
            public const string LabelString = "string";
            public const string LabelInt64 = "int64";
            public const string LabelNone = "none";

            // type
            public const string TypeInt64 = "int64";
            public const string TypeDouble = "double";
            public const string TypeString = "string";
            public const string TypeMultiArray = "multiArray";
            public const string TypeImage = "image";
            public const string TypeDictionary = "dictionary";
            public const string TypeSequence = "sequence";
            public const string TypeState = "state";
            public const string TypeUnknown = "unknown";

            // dataType
            public const string DataFloat32 = "float32";
            public const string DataDouble = "double";
            public const string DataInt32 = "int32";
            public const string DataFloat16 = "float16";
            public const string DataInt8 = "int8";
            public const string DataInvalid = "invalid";

            /// <summary>Prefix of an unknown data type or color space number, e.g. <c>unknown:42</c>.</summary>
            public const string UnknownPrefix = "unknown:";

            // flexibility
            public const string FlexibilityNone = "none";
            public const string FlexibilityEnumerated = "enumerated";
            public const string FlexibilityRange = "range";

            // colorSpace
            public const string ColorGrayscale = "grayscale";
            public const string ColorRgb = "rgb";
            public const string ColorBgr = "bgr";
            public const string ColorGrayscaleFloat16 = "grayscaleFloat16";
            public const string ColorInvalid = "invalid";

            // keyType, elementType
            public const string ScalarInt64 = "int64";
            public const string ScalarString = "string";
            public const string ScalarUnknown = "unknown";

            // default (prefix of the value, e.g. float:0.5)
            public const string DefaultInt = "int";
            public const string DefaultFloat = "float";
            public const string DefaultDouble = "double";

            // non-finite numbers
            public const string NaN = "nan";
            public const string PositiveInfinity = "inf";
            public const string NegativeInfinity = "-inf";

            // customParameter type
            public const string ParameterDouble = "double";
            public const string ParameterString = "string";
            public const string ParameterInt = "int";
            public const string ParameterLong = "long";
            public const string ParameterBool = "bool";
            public const string ParameterNone = "none";

            // weights (storage of each item, before its count: float32:288)
            public const string WeightFloat32 = "float32";
            public const string WeightFloat16 = "float16";
            public const string WeightQuantized = "quantized";
            public const string WeightInt8 = "int8";
            public const string WeightEmpty = "empty";

            // foundBy
            public const string FoundByWiring = "wiring";
            public const string FoundByName = "name";

            // layerType of a pair found by name
            public const string LayerTypeNone = "none";

            // slots
            public const string SlotHidden = "h";
            public const string SlotCell = "c";
            public const string SlotHiddenReverse = "hRev";
            public const string SlotCellReverse = "cRev";

            /// <summary>The upper bound of an unbounded range.</summary>
            public const long Unbounded = -1;
        }

        /// <summary>Separators inside values.</summary>
        public static class Separators
        {
            public const char Attribute = ' ';
            public const char KeyValue = '=';
            public const char ListItem = ',';
            public const char ListOfLists = ';';
            public const string Range = "..";
            public const char ImageSize = 'x';
            public const char DefaultKind = ':';
            public const char WeightCount = ':';
        }

        /// <summary>True for the characters of keywords and keys after the first (<c>[a-zA-Z0-9]</c>); the first must be a letter.</summary>
        public static bool IsNameChar(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');

        public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        /// <summary>True for the characters a bare (unquoted) value may hold: <c>[A-Za-z0-9_.,:;+-]</c>.</summary>
        public static bool IsBareValueChar(char c)
            => IsNameChar(c) || c == '_' || c == '.' || c == ',' || c == ':' || c == ';' || c == '+' || c == '-';

        /// <summary>Keys whose values the writer always quotes: free text and feature names.</summary>
        public static bool IsAlwaysQuoted(string key)
        {
            switch (key)
            {
                case Keys.Name:
                case Keys.Description:
                case Keys.Value:
                case Keys.Key:
                case Keys.Author:
                case Keys.License:
                case Keys.Version:
                case Keys.Predicted:
                case Keys.Probabilities:
                case Keys.ClassName:
                case Keys.Layer:
                case Keys.Input:
                case Keys.Output:
                    return true;
                default:
                    return false;
            }
        }
    }
}
