using CoreML.Specification;
using CoreMLGen.Converters.Madmom.Pickles;

namespace CoreMLGen.Converters.Madmom.Conversion;

/// <summary>madmom's layout is (inputs, hidden) for <c>np.dot(x, W)</c>; Core ML's is row-major (hidden, inputs) for W·x.</summary>
internal static class CoreMLWeights
{
    public static WeightParams Transposed(DecodedArray matrix)
    {
        int rows = matrix.Dim(0), columns = matrix.Dim(1);
        var weights = new WeightParams();
        var values = new float[rows * columns];
        for (int h = 0; h < columns; h++)
        {
            for (int x = 0; x < rows; x++)
            {
                values[(h * rows) + x] = (float)matrix.Values[(x * columns) + h];
            }
        }

        weights.FloatValue.Add(values);
        return weights;
    }

    public static WeightParams Vector(double[] values)
    {
        var weights = new WeightParams();
        foreach (double value in values)
        {
            weights.FloatValue.Add((float)value);
        }

        return weights;
    }

    public static WeightParams Zeros(int count) => Vector(new double[count]);
}
