#!/usr/bin/env bash
# README command 1: build and run the sample app (its CoreMLModel items become typed C# at build time),
# then show the CLI on the same models: inspect, and generate the C# the build generated.
set -euo pipefail
cd "$(dirname "$0")/.."
export MSBUILDDISABLENODEREUSE=1   # the in-repo build loads the task it just built; do not keep it locked in a node
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "== dotnet run --project sample/CoreMLGen.Sample"
dotnet run --project sample/CoreMLGen.Sample

echo
echo "== coremlgen inspect sample/CoreMLGen.Sample/Models/IrisClassifier.mlmodel"
dotnet build generator/CoreMLGen.Cli --nologo -v quiet
cli=(dotnet generator/CoreMLGen.Cli/bin/Debug/net8.0/coremlgen.dll)
"${cli[@]}" inspect sample/CoreMLGen.Sample/Models/IrisClassifier.mlmodel

echo
echo "== coremlgen generate sample/CoreMLGen.Sample/Models/Thermostat.mlpackage --apple -o <temp>"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"${cli[@]}" generate sample/CoreMLGen.Sample/Models/Thermostat.mlpackage --apple --namespace Sample.Heating -o "$out"
grep -h "public .*Predict(" "$out"/*.Apple.g.cs | sed 's/^ *//' | head -3
