using System.Collections.Generic;
using System.Linq;
using CoreML.Specification;
using CoreMLGen.Spec.Interface;
using CoreMLGen.Spec.Networks;

namespace CoreMLGen.Spec.Reading;

/// <summary>Builds the <see cref="ModelInterface"/> of a parsed spec from its description and model type.</summary>
internal static class InterfaceBuilder
{
    public static ModelInterface Build(Model model)
    {
        string kind = ModelKindNames.Of(model.TypeCase);
        ModelDescription description = model.Description ?? new ModelDescription();

        ClassifierRole? classifier = null;
        if (ModelKinds.IsClassifier(kind))
        {
            (ClassLabelType labelType, IReadOnlyList<string> labels) = ClassLabelFinder.Find(model);
            classifier = new ClassifierRole(description.PredictedFeatureName, description.PredictedProbabilitiesName, labelType, labels);
        }

        RegressorRole? regressor = ModelKinds.IsRegressor(kind) ? new RegressorRole(description.PredictedFeatureName) : null;

        IEnumerable<ModelFunction> functions = description.Functions.Select(function => new ModelFunction(
            function.Name,
            function.Name.Length > 0 && function.Name == description.DefaultFunctionName,
            Features(function.Input),
            Features(function.Output),
            Features(function.State)));

        return new ModelInterface(
            model.SpecificationVersion,
            kind,
            model.IsUpdatable,
            Metadata(description.Metadata),
            classifier,
            regressor,
            SubModels(model, new List<int>()),
            functions,
            Features(description.Input),
            Features(description.Output),
            Features(description.State),
            StatePairFinder.Find(model),
            CustomLayerCollector.Collect(model));
    }

    private static ModelMetadata Metadata(CoreML.Specification.Metadata? metadata)
        => metadata is null
            ? ModelMetadata.Empty
            : new ModelMetadata(metadata.ShortDescription, metadata.Author, metadata.License, metadata.VersionString, metadata.UserDefined);

    private static IEnumerable<ModelFeature> Features(IEnumerable<FeatureDescription> features)
        => features.Select(feature => new ModelFeature(
            feature.Name,
            feature.ShortDescription,
            feature.Type?.IsOptional ?? false,
            FeatureTypeConverter.Convert(feature.Type)));

    private static IEnumerable<SubModel> SubModels(Model model, List<int> parentPath)
    {
        Pipeline? pipeline = model.TypeCase switch
        {
            Model.TypeOneofCase.Pipeline => model.Pipeline,
            Model.TypeOneofCase.PipelineClassifier => model.PipelineClassifier.Pipeline,
            Model.TypeOneofCase.PipelineRegressor => model.PipelineRegressor.Pipeline,
            _ => null,
        };

        var subModels = new List<SubModel>();
        if (pipeline is null)
        {
            return subModels;
        }

        for (int i = 0; i < pipeline.Models.Count; i++)
        {
            Model subModel = pipeline.Models[i];
            var path = new List<int>(parentPath) { i };
            string name = i < pipeline.Names.Count ? pipeline.Names[i] : string.Empty;
            subModels.Add(new SubModel(path, name, ModelKindNames.Of(subModel.TypeCase), subModel.SpecificationVersion, SubModels(subModel, path)));
        }

        return subModels;
    }
}
