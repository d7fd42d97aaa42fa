using System;
using System.Linq;
using CoreMLGen;
using CoreMLGen.Sample;
using CoreMLGen.Sample.Heating;

// Everything below is typed by the generator from Models/*.mlmodel and Models/*.mlpackage at build time:
// no feature-name strings, no hand-copied shapes. On Apple platforms Load/Predict call Core ML; here (Linux, Windows)
// they run the spec the build embedded through CoreMLGen.Evaluator.
Console.WriteLine($"{nameof(IrisClassifier)}: {IrisClassifier.MetadataDescription}");
Console.WriteLine($"  kind {IrisClassifier.ModelKind}, Core ML specification {IrisClassifier.SpecificationVersion}");
Console.WriteLine($"  input  '{IrisClassifierInput.MeasurementsFeatureName}' shape [{string.Join(", ", IrisClassifierInput.MeasurementsShape)}] {IrisClassifierInput.MeasurementsDataType}");
Console.WriteLine($"  labels {string.Join(", ", IrisClassifier.ClassLabels)}");

IrisClassifier iris = IrisClassifier.Load();
double[][] flowers = { new[] { 5.1, 3.5, 1.4, 0.2 }, new[] { 6.0, 2.9, 4.5, 1.5 }, new[] { 6.9, 3.1, 5.4, 2.1 } };
foreach (double[] flower in flowers)
{
    // Wrap existing memory: nothing is copied on the way in.
    IrisClassifierOutput output = iris.Predict(MultiArray<double>.Wrap(flower, IrisClassifierInput.MeasurementsShape.ToArray()));
    Console.WriteLine($"  [{string.Join(", ", flower)}] -> '{output.Species}', top 2: {string.Join(", ", output.TopK(2).Select(p => $"{p.Key} {p.Value:P0}"))}");
}

Console.WriteLine();
Console.WriteLine($"{nameof(Thermostat)}: {Thermostat.MetadataDescription}");
Console.WriteLine($"  input  '{ThermostatInput.ReadingsFeatureName}' shape [{string.Join(", ", ThermostatInput.ReadingsShape)}], output '{ThermostatOutput.SetpointFeatureName}' (double)");
Thermostat thermostat = Thermostat.Load();
var readings = new ThermostatInput(MultiArray<double>.Wrap(new[] { 19.5, 4.0, 7.0 }, 3));
Console.WriteLine($"  readings {string.Join(" / ", readings.Readings.ToArray())} -> setpoint {thermostat.Predict(readings).Setpoint:F2} °C");

// A wrong shape is refused before anything runs, with the feature's name.
try
{
    thermostat.Predict(MultiArray<double>.Wrap(new[] { 19.5, 4.0 }, 2));
}
catch (CoreMLException error)
{
    Console.WriteLine($"  wrong input: {error.Message}");
}
