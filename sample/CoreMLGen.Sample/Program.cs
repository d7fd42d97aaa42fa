using System;
using System.Collections.Generic;
using System.Linq;
using CoreMLGen;
using CoreMLGen.Sample;
using CoreMLGen.Sample.Heating;

// Everything below is typed by the generator from Models/*.mlmodel and Models/*.mlpackage at build time:
// no feature-name strings, no hand-copied shapes.
Console.WriteLine($"{nameof(IrisClassifier)}: {IrisClassifier.MetadataDescription}");
Console.WriteLine($"  kind {IrisClassifier.ModelKind}, Core ML specification {IrisClassifier.SpecificationVersion}");
Console.WriteLine($"  input  '{IrisClassifierInput.MeasurementsFeatureName}' shape [{string.Join(", ", IrisClassifierInput.MeasurementsShape)}] {IrisClassifierInput.MeasurementsDataType}");
Console.WriteLine($"  labels {string.Join(", ", IrisClassifier.ClassLabels)}");

// Wrap existing memory: the input sees later changes, nothing is copied.
double[] flower = { 5.1, 3.5, 1.4, 0.2 };
var input = new IrisClassifierInput(MultiArray<double>.Wrap(flower, IrisClassifierInput.MeasurementsShape.ToArray()));
flower[0] = 5.0;
Console.WriteLine($"  input measurements {input.Measurements} first = {input.Measurements[0]}");

// Off Apple there is no Core ML to run the model yet (the managed evaluator comes later), so this output is
// built from values, exactly as a prediction's features would be read.
var output = new IrisClassifierOutput(new DictionaryFeatureProvider(new Dictionary<string, FeatureValue>
{
    [IrisClassifierOutput.SpeciesFeatureName] = FeatureValue.FromString("setosa"),
    [IrisClassifierOutput.SpeciesProbabilityFeatureName] = FeatureValue.FromDictionary(
        new Dictionary<string, double> { ["setosa"] = 0.91, ["versicolor"] = 0.08, ["virginica"] = 0.01 }),
}));
Console.WriteLine($"  output species '{output.Species}', top 2: {string.Join(", ", output.TopK(2).Select(p => $"{p.Key} {p.Value:P0}"))}");

Console.WriteLine();
Console.WriteLine($"{nameof(Thermostat)}: {Thermostat.MetadataDescription}");
Console.WriteLine($"  input  '{ThermostatInput.ReadingsFeatureName}' shape [{string.Join(", ", ThermostatInput.ReadingsShape)}], output '{ThermostatOutput.SetpointFeatureName}' (double)");
var readings = new ThermostatInput(MultiArray<double>.Wrap(new[] { 19.5, 4.0, 7.0 }, 3));
Console.WriteLine($"  readings {string.Join(" / ", readings.Readings.ToArray())}");

