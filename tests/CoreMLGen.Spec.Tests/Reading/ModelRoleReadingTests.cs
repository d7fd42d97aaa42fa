using System;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Testing.Builders;
using CoreMLGen.Spec.Tests.Infrastructure;
using CoreMLGen.Testing;
using Shouldly;
using Xunit;
using DataType = CoreML.Specification.ArrayFeatureType.Types.ArrayDataType;

namespace CoreMLGen.Spec.Tests.Reading;

public sealed class ModelRoleReadingTests
{
    [Fact]
    public void Neural_network_classifier_with_string_labels()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetworkClassifier("cat", "dog")
            .Input("x", FeatureTypes.MultiArray(DataType.Float32, 3))
            .Output("probs", FeatureTypes.DictionaryWithStringKeys())
            .Output("label", FeatureTypes.String())
            .Predicts("label", "probs"));

        model.Kind.ShouldBe(ModelKinds.NeuralNetworkClassifier);
        ClassifierRole classifier = model.Classifier.ShouldNotBeNull();
        classifier.PredictedFeature.ShouldBe("label");
        classifier.ProbabilitiesFeature.ShouldBe("probs");
        classifier.LabelType.ShouldBe(ClassLabelType.String);
        classifier.ClassLabels.ShouldBe(new[] { "cat", "dog" });
        model.Regressor.ShouldBeNull();
    }

    [Fact]
    public void Neural_network_classifier_with_int64_labels_formats_them_invariantly()
    {
        ClassifierRole classifier = Reads.Interface(SpecBuilder.NeuralNetworkClassifier(0L, -7L, 9000000000L)
            .Input("x", FeatureTypes.Double())
            .Output("label", FeatureTypes.Int64())
            .Predicts("label")).Classifier!;

        classifier.LabelType.ShouldBe(ClassLabelType.Int64);
        classifier.ClassLabels.ShouldBe(new[] { "0", "-7", "9000000000" });
        classifier.ProbabilitiesFeature.ShouldBe(string.Empty);
    }

    [Fact]
    public void Classifier_without_labels_has_label_type_none()
    {
        ClassifierRole classifier = Reads.Interface(SpecBuilder.NeuralNetworkClassifierWithoutLabels()
            .Input("x", FeatureTypes.Double()).Output("label", FeatureTypes.String()).Predicts("label")).Classifier!;

        classifier.LabelType.ShouldBe(ClassLabelType.None);
        classifier.ClassLabels.ShouldBeEmpty();
    }

    [Fact]
    public void Classic_classifiers_expose_their_labels()
    {
        Reads.Interface(SpecBuilder.GlmClassifier("a", "b").Input("x", FeatureTypes.Double()).Predicts("y"))
            .Classifier!.ClassLabels.ShouldBe(new[] { "a", "b" });
        Reads.Interface(SpecBuilder.GlmClassifier(1L, 2L).Input("x", FeatureTypes.Double()).Predicts("y"))
            .Classifier!.LabelType.ShouldBe(ClassLabelType.Int64);
        Reads.Interface(SpecBuilder.SupportVectorClassifier(4L).Input("x", FeatureTypes.Double()).Predicts("y"))
            .Classifier!.ClassLabels.ShouldBe(new[] { "4" });
        Reads.Interface(SpecBuilder.TreeEnsembleClassifier("t").Input("x", FeatureTypes.Double()).Predicts("y"))
            .Classifier!.ClassLabels.ShouldBe(new[] { "t" });
        ModelInterface knn = Reads.Interface(SpecBuilder.KNearestNeighborsClassifier("k").Input("x", FeatureTypes.Double()).Predicts("y"));
        knn.Kind.ShouldBe(ModelKinds.KNearestNeighborsClassifier);
        knn.Classifier!.ClassLabels.ShouldBe(new[] { "k" });
    }

    [Fact]
    public void Regressors_name_their_predicted_feature()
    {
        ModelInterface glm = Reads.Interface(SpecBuilder.GlmRegressor()
            .Input("x", FeatureTypes.MultiArray(DataType.Double, 13)).Output("price", FeatureTypes.Double()).Predicts("price"));

        glm.Kind.ShouldBe(ModelKinds.GlmRegressor);
        glm.Regressor.ShouldNotBeNull().PredictedFeature.ShouldBe("price");
        glm.Classifier.ShouldBeNull();
        Reads.Interface(SpecBuilder.NeuralNetworkRegressor().Input("x", FeatureTypes.Double()).Predicts("y")).Regressor.ShouldNotBeNull();
        Reads.Interface(SpecBuilder.TreeEnsembleRegressor().Input("x", FeatureTypes.Double()).Predicts("y")).Regressor.ShouldNotBeNull();
    }

    [Fact]
    public void Plain_models_have_no_role()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()).Predicts("ignored"));

        model.Classifier.ShouldBeNull();
        model.Regressor.ShouldBeNull();
        model.SubModels.ShouldBeEmpty();
        model.IsMultiFunction.ShouldBeFalse();
    }

    [Fact]
    public void Pipeline_classifier_takes_labels_from_the_last_sub_model_that_has_them()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.PipelineClassifier(
                ("features", SpecBuilder.VisionFeaturePrint()),
                ("classifier", SpecBuilder.NeuralNetworkClassifier("early")),
                ("late", SpecBuilder.NeuralNetworkClassifier("apple", "banana")),
                ("post", SpecBuilder.NeuralNetwork()))
            .SpecVersion(3)
            .Input("image", FeatureTypes.Image(299, 299, ImageFeatureType.Types.ColorSpace.Bgr))
            .Output("label", FeatureTypes.String())
            .Predicts("label", "labelProbability"));

        model.Kind.ShouldBe(ModelKinds.PipelineClassifier);
        model.Classifier!.ClassLabels.ShouldBe(new[] { "apple", "banana" });
        model.SubModels.Select(sub => sub.Kind).ShouldBe(new[]
        {
            ModelKinds.VisionFeaturePrint, ModelKinds.NeuralNetworkClassifier, ModelKinds.NeuralNetworkClassifier, ModelKinds.NeuralNetwork,
        });
        model.SubModels.Select(sub => sub.Name).ShouldBe(new[] { "features", "classifier", "late", "post" });
        model.SubModels[0].SpecVersion.ShouldBe(3);
        model.SubModels[2].PathText.ShouldBe("2");
    }

    [Fact]
    public void Nested_pipelines_have_index_paths_and_labels_from_deep_inside()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.PipelineClassifier(
                ("prep", SpecBuilder.GlmRegressor()),
                ("inner", SpecBuilder.Pipeline(
                    ("a", SpecBuilder.NeuralNetwork()),
                    ("b", SpecBuilder.GlmClassifier(3L, 5L)))))
            .Input("x", FeatureTypes.Double())
            .Predicts("y"));

        model.Classifier!.LabelType.ShouldBe(ClassLabelType.Int64);
        model.Classifier.ClassLabels.ShouldBe(new[] { "3", "5" });
        SubModel inner = model.SubModels[1];
        inner.Kind.ShouldBe(ModelKinds.Pipeline);
        inner.IndexPath.ShouldBe(new[] { 1 });
        inner.SubModels.Count.ShouldBe(2);
        inner.SubModels[1].IndexPath.ShouldBe(new[] { 1, 1 });
        inner.SubModels[1].PathText.ShouldBe("1.1");
        inner.SubModels[1].Name.ShouldBe("b");
    }

    [Fact]
    public void Pipeline_names_may_be_missing()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.Pipeline(("x", SpecBuilder.NeuralNetwork()))
            .With(spec => spec.Pipeline.Names.Clear())
            .Input("in", FeatureTypes.Double()));

        model.SubModels.ShouldHaveSingleItem().Name.ShouldBe(string.Empty);
    }

    [Fact]
    public void Pipeline_regressor_role_and_sub_models()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.PipelineRegressor(("scale", SpecBuilder.NeuralNetwork()), ("fit", SpecBuilder.GlmRegressor()))
            .Input("x", FeatureTypes.Double()).Output("y", FeatureTypes.Double()).Predicts("y"));

        model.Regressor!.PredictedFeature.ShouldBe("y");
        model.SubModels.Count.ShouldBe(2);
    }

    [Fact]
    public void Metadata_and_user_defined_entries_sorted_ordinally()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork()
            .Input("x", FeatureTypes.Double())
            .Metadata("Describes", "Ada", "MIT", "1.2")
            .UserDefined("b", "2")
            .UserDefined("B", "1")
            .UserDefined("a", "3")
            .Updatable());

        model.Metadata.Description.ShouldBe("Describes");
        model.Metadata.Author.ShouldBe("Ada");
        model.Metadata.License.ShouldBe("MIT");
        model.Metadata.Version.ShouldBe("1.2");
        model.Metadata.UserDefined.Select(entry => entry.Key).ShouldBe(new[] { "B", "a", "b" });
        model.IsUpdatable.ShouldBeTrue();
    }

    [Fact]
    public void Missing_metadata_reads_as_empty()
    {
        ModelInterface model = Reads.Interface(SpecBuilder.NeuralNetwork().Input("x", FeatureTypes.Double()));

        model.Metadata.Description.ShouldBe(string.Empty);
        model.Metadata.UserDefined.ShouldBeEmpty();
        model.SpecVersion.ShouldBe(4);
    }

    [Fact]
    public void A_model_with_features_but_no_type_reads_as_kind_unknown()
    {
        Reads.Interface(SpecBuilder.WithoutType().Input("x", FeatureTypes.Double())).Kind.ShouldBe(ModelKinds.Unknown);
    }

    [Fact]
    public void Every_model_type_case_maps_to_its_proto_field_name()
    {
        foreach (Model.TypeOneofCase typeCase in Enum.GetValues<Model.TypeOneofCase>())
        {
            if (typeCase == Model.TypeOneofCase.None)
            {
                continue;
            }

            string protoName = Model.Descriptor.FindFieldByNumber((int)typeCase).Name;
            Spec.Reading.ModelKindNames.Of(typeCase).ShouldBe(protoName);
        }

        Spec.Reading.ModelKindNames.Of(Model.TypeOneofCase.None).ShouldBe(ModelKinds.Unknown);
    }
}
