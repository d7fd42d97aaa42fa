using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Evaluation.Models;
using CoreMLGen.Testing.Builders;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;
using Transform = CoreML.Specification.GLMRegressor.Types.PostEvaluationTransform;

namespace CoreMLGen.Evaluator.Tests.Classic;

public sealed class GlmRegressorTests
{
    public static TheoryData<int, Transform, DataType> ArrayCases()
    {
        var data = new TheoryData<int, Transform, DataType>();
        int seed = 11;
        foreach (Transform transform in Enum.GetValues<Transform>())
        {
            foreach (DataType dataType in new[] { DataType.Double, DataType.Float32, DataType.Int32 })
            {
                data.Add(seed++, transform, dataType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArrayCases))]
    public void One_output_from_a_multi_array_matches_the_reference(int seed, Transform transform, DataType inputType)
    {
        var random = new Random(seed);
        int length = random.Next(1, 20);
        double[][] weights = { ClassicHarness.RandomVector(random, length) };
        double[] offsets = { random.NextDouble() - 0.5 };
        Model spec = Regressor(weights, offsets, transform)
            .Input("x", FeatureTypes.MultiArray(inputType, length))
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .Build();

        (FeatureValue input, double[] seen) = ClassicHarness.Array(ClassicHarness.RandomVector(random, length, 2), inputType);
        FeatureSet result = ClassicHarness.Run(spec, ("x", input));

        result["y"].Kind.ShouldBe(FeatureKind.Double);
        double expected = Apply(transform, ClassicReference.LinearScores(weights, offsets, seen)[0]);
        ClassicReference.AssertClose(expected, result["y"].DoubleValue, "y");
    }

    [Theory]
    [InlineData(21, Transform.NoTransform, DataType.Double)]
    [InlineData(22, Transform.Logit, DataType.Float32)]
    [InlineData(23, Transform.Probit, DataType.Double)]
    [InlineData(24, Transform.NoTransform, DataType.Int32)]
    public void Several_outputs_fill_a_multi_array_of_the_declared_type_and_shape(int seed, Transform transform, DataType outputType)
    {
        var random = new Random(seed);
        int length = random.Next(2, 10);
        int outputs = random.Next(2, 6);
        double[][] weights = Enumerable.Range(0, outputs).Select(_ => ClassicHarness.RandomVector(random, length)).ToArray();
        double[] offsets = ClassicHarness.RandomVector(random, outputs);
        Model spec = Regressor(weights, offsets, transform)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 1, length))
            .Output("y", FeatureTypes.MultiArray(outputType, outputs, 1))
            .Predicts("y")
            .Build();

        double[] x = ClassicHarness.RandomVector(random, length, 3);
        FeatureSet result = ClassicHarness.Run(spec, ("x", ClassicHarness.Array(x, DataType.Double, 1, length).Value));

        MultiArray array = result["y"].MultiArrayValue;
        array.Shape.ShouldBe(new[] { outputs, 1 });
        double[] expected = ClassicReference.LinearScores(weights, offsets, x).Select(s => Apply(transform, s)).ToArray();
        if (outputType == DataType.Int32)
        {
            array.DataType.ShouldBe(MultiArrayDataType.Int32);
            ClassicHarness.Doubles(result["y"]).ShouldBe(expected.Select(e => Math.Truncate(e)).ToArray());
            return;
        }

        array.DataType.ShouldBe(outputType == DataType.Float32 ? MultiArrayDataType.Float32 : MultiArrayDataType.Double);
        ClassicReference.AssertClose(expected, ClassicHarness.Doubles(result["y"]), "y", outputType == DataType.Float32 ? 1e-6 : 1e-9);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void Scalar_and_array_inputs_are_concatenated_in_description_order(int seed)
    {
        var random = new Random(seed);
        int arrayLength = random.Next(1, 6);
        int length = 2 + arrayLength;
        double[][] weights = { ClassicHarness.RandomVector(random, length) };
        double[] offsets = { 0.25 };
        Model spec = Regressor(weights, offsets, Transform.NoTransform)
            .Input("a", FeatureTypes.Double())
            .Input("b", FeatureTypes.MultiArray(DataType.Float32, arrayLength))
            .Input("c", FeatureTypes.Int64())
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .Build();

        double a = random.NextDouble();
        (FeatureValue b, double[] bSeen) = ClassicHarness.Array(ClassicHarness.RandomVector(random, arrayLength), DataType.Float32);
        long c = random.Next(-5, 5);
        FeatureSet result = ClassicHarness.Run(spec, ("c", FeatureValue.FromInt64(c)), ("a", FeatureValue.FromDouble(a)), ("b", b));

        double[] x = new[] { a }.Concat(bSeen).Append(c).ToArray();
        ClassicReference.AssertClose(ClassicReference.LinearScores(weights, offsets, x)[0], result["y"].DoubleValue, "y");
    }

    [Fact]
    public void A_strided_input_array_is_read_in_row_major_order()
    {
        double[][] weights = { new[] { 1.0, 10, 100, 1000 } };
        Model spec = Regressor(weights, new[] { 0.0 }, Transform.NoTransform)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 2, 2))
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .Build();

        // Column-major storage of [[1, 2], [3, 4]]: row-major reading gives 1, 2, 3, 4.
        var transposed = MultiArray<double>.Wrap(new double[] { 1, 3, 2, 4 }, new[] { 2, 2 }, new[] { 1, 2 });
        FeatureSet result = ClassicHarness.Run(spec, ("x", FeatureValue.FromMultiArray(transposed)));

        result["y"].DoubleValue.ShouldBe(4321.0);
    }

    [Fact]
    public void Float16_and_int8_arrays_are_read_as_numbers()
    {
        Model spec = Regressor(new[] { new[] { 1.0, 10, 100, 1000 } }, new[] { 0.5 }, Transform.NoTransform)
            .Input("h", FeatureTypes.MultiArray(DataType.Float16, 2))
            .Input("b", FeatureTypes.MultiArray(DataType.Int8, 2))
            .Output("y", FeatureTypes.MultiArray(DataType.Float16, 1))
            .Predicts("y")
            .Build();

        FeatureSet result = ClassicHarness.Run(
            spec,
            ("h", FeatureValue.FromMultiArray(MultiArray<Half>.Wrap(new[] { (Half)1.5, (Half)(-2) }, 2))),
            ("b", FeatureValue.FromMultiArray(MultiArray<sbyte>.Wrap(new sbyte[] { -3, 4 }, 2))));

        // 1.5 - 20 - 300 + 4000 + 0.5 = 3682, exactly representable in float16.
        result["y"].GetMultiArray<Half>().ToArray().ShouldBe(new[] { (Half)3682 });
    }

    [Fact]
    public void Link_functions_hold_at_extreme_scores()
    {
        foreach (double score in new[] { -40.0, -8.5, -4.5, -2.83, -2.0, -1.999, 0.0, 1.5, 2.0, 2.9, 7.25, 40.0 })
        {
            Model probit = Regressor(new[] { new[] { 1.0 } }, new[] { 0.0 }, Transform.Probit)
                .Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()).Predicts("y").Build();
            double actual = ClassicHarness.Run(probit, ("x", FeatureValue.FromDouble(score)))["y"].DoubleValue;
            ClassicReference.AssertClose(ClassicReference.NormalCdf(score), actual, "Φ(" + score + ")", 1e-11);
            if (score == -8.5)
            {
                // Far tail: the relative error must stay small too. Reference: the asymptotic series
                // Φ(-x) ≈ φ(x)/x · (1 - 1/x² + 3/x⁴ - 15/x⁶ + 105/x⁸), accurate to about 5e-7 here.
                double x = -score;
                double tail = Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI) / x
                    * (1 - 1 / Math.Pow(x, 2) + 3 / Math.Pow(x, 4) - 15 / Math.Pow(x, 6) + 105 / Math.Pow(x, 8));
                (Math.Abs(actual - tail) / tail).ShouldBeLessThan(1e-5);
            }
        }
    }

    [Fact]
    public void A_wrong_input_length_names_the_input()
    {
        Model spec = Regressor(new[] { new[] { 1.0, 2, 3 } }, new[] { 0.0 }, Transform.NoTransform)
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 3).ShapeRange((1, 10)))
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .Build();

        string message = ClassicHarness.RunShortInput(spec, 1.0, 2).Message;
        message.ShouldContain("'x' holds 2 values");
        message.ShouldContain("needs 3");
    }

    [Fact]
    public void A_missing_or_mistyped_input_is_reported_by_name()
    {
        Model spec = Regressor(new[] { new[] { 1.0, 2 } }, new[] { 0.0 }, Transform.NoTransform)
            .Input("a", FeatureTypes.Double())
            .Input("b", FeatureTypes.MultiArray(DataType.Double, 1))
            .Output("y", FeatureTypes.Double())
            .Predicts("y")
            .Build();

        Should.Throw<FeatureMissingException>(() => ClassicHarness.Run(spec, ("a", FeatureValue.FromDouble(1))))
            .FeatureName.ShouldBe("b");
        Should.Throw<FeatureTypeMismatchException>(() => ClassicHarness.Run(spec, ("a", FeatureValue.FromString("no")), ("b", FeatureValue.FromDouble(1))))
            .FeatureName.ShouldBe("a");
        Should.Throw<FeatureTypeMismatchException>(() => ClassicHarness.Run(spec, ("a", FeatureValue.FromDouble(1)), ("b", FeatureValue.FromDouble(1))))
            .FeatureName.ShouldBe("b");
    }

    internal static SpecBuilder Regressor(double[][] weights, double[] offsets, Transform transform) =>
        SpecBuilder.GlmRegressor().With(model =>
        {
            foreach (double[] row in weights)
            {
                var array = new GLMRegressor.Types.DoubleArray();
                array.Value.AddRange(row);
                model.GlmRegressor.Weights.Add(array);
            }

            model.GlmRegressor.Offset.AddRange(offsets);
            model.GlmRegressor.PostEvaluationTransform = transform;
        });

    private static double Apply(Transform transform, double score) => transform switch
    {
        Transform.Logit => ClassicReference.Logistic(score),
        Transform.Probit => ClassicReference.NormalCdf(score),
        _ => score,
    };
}
