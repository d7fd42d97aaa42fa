using System.Collections.Generic;
using System.Linq;
using CoreML.Specification.MILSpec;
using MilProgram = CoreML.Specification.MILSpec.Program;

namespace CoreMLGen.Evaluator.Benchmarks.FrontEnds;

/// <summary>
/// Multiply-adds of one run of an ML Program's main function, from the shapes its ops declare: <c>linear</c>,
/// <c>matmul</c>, <c>conv</c> and <c>lstm</c> (the ops whose cost is matrix products; element-wise work is not counted).
/// </summary>
internal static class MilMultiplyAdds
{
    public static long Count(MilProgram program)
    {
        Function main = program.Functions["main"];
        Block block = main.BlockSpecializations[main.Opset];
        var shapes = new Dictionary<string, long[]>(System.StringComparer.Ordinal);
        var constants = block.Operations.Where(op => op.Type == "const").ToDictionary(op => op.Outputs[0].Name, op => op.Attributes["val"], System.StringComparer.Ordinal);
        foreach (NamedValueType value in main.Inputs.Concat(block.Operations.SelectMany(op => op.Outputs)))
        {
            if (value.Type?.TensorType is { } tensor)
            {
                shapes[value.Name] = tensor.Dimensions.Select(d => (long)d.Constant.Size).ToArray();
            }
        }

        long total = 0;
        foreach (Operation op in block.Operations)
        {
            long[] Shape(string parameter) => shapes[op.Inputs[parameter].Arguments[0].Name];
            long outputs = Product(shapes[op.Outputs[0].Name]);
            switch (op.Type)
            {
                case "linear":
                    total += outputs * Shape("weight")[1];
                    break;
                case "matmul":
                    long[] x = Shape("x");
                    bool transposeX = op.Inputs.TryGetValue("transpose_x", out Argument? flag) && constants[flag.Arguments[0].Name].ImmediateValue.Tensor.Bools.Values[0];
                    total += outputs * (x.Length == 1 ? x[0] : transposeX ? x[^2] : x[^1]);
                    break;
                case "conv":
                    total += outputs * Product(Shape("weight").Skip(1));
                    break;
                case "lstm":
                    long[] input = Shape("x"), weights = Shape("weight_ih"), recurrent = Shape("weight_hh");
                    int directions = op.Inputs.ContainsKey("weight_ih_back") ? 2 : 1;
                    total += directions * input[0] * input[1] * ((weights[0] * weights[1]) + (recurrent[0] * recurrent[1]));
                    break;
            }
        }

        return total;
    }

    private static long Product(IEnumerable<long> dimensions) => dimensions.Aggregate(1L, (a, b) => a * b);
}
