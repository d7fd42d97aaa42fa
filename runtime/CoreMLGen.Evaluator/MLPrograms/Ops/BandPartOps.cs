using System;
using System.Collections.Generic;
using CoreMLGen.Evaluation.MLPrograms.Compilation;

namespace CoreMLGen.Evaluation.MLPrograms.Ops;

/// <summary>
/// <c>band_part</c>: keeps x[…, m, n] where (lower &lt; 0 or m − n ≤ lower) and (upper &lt; 0 or n − m ≤ upper) and
/// zeroes the rest (both default −1: everything kept).
/// </summary>
internal static class BandPartOps
{
    public static void Register(Dictionary<string, Action<OpContext>> builders)
    {
        builders["band_part"] = BandPart;
    }

    private static void BandPart(OpContext context)
    {
        MilValue x = context.Input("x");
        if (x.Rank < 2)
        {
            throw context.Fail("its input " + OpContext.Shape(x.Shape) + " has rank below 2.");
        }

        int lower = context.Int("lower", -1), upper = context.Int("upper", -1);
        int rows = x.Shape[^2], columns = x.Shape[^1], matrix = rows * columns;
        int matrices = matrix == 0 ? 0 : x.Count / matrix;
        MilValue y = context.Output(x.Shape, x.Type);
        context.Run(() =>
        {
            for (int b = 0; b < matrices; b++)
            {
                for (int m = 0; m < rows; m++)
                {
                    for (int n = 0; n < columns; n++)
                    {
                        int i = b * matrix + m * columns + n;
                        bool inBand = (lower < 0 || m - n <= lower) && (upper < 0 || n - m <= upper);
                        y.Data[i] = inBand ? x.Data[i] : 0f;
                    }
                }
            }
        });
    }
}
