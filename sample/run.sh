#!/usr/bin/env bash
# README command 1: pack CoreMLGen into artifacts/packages, then build and run the sample app from that package, as a
# user would (its CoreMLModel items become typed C# at build time), then show the CLI on the same models: inspect,
# and generate the C# the build generated.
set -euo pipefail
cd "$(dirname "$0")/.."
export MSBUILDDISABLENODEREUSE=1   # a reused MSBuild node would keep an older task assembly of the same version loaded
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "== dotnet pack runtime/CoreMLGen.Runtime runtime/CoreMLGen.Evaluator -o artifacts/packages"
rm -f artifacts/packages/CoreMLGen.*.nupkg
dotnet pack runtime/CoreMLGen.Runtime -c Release -o artifacts/packages --nologo -v quiet
dotnet pack runtime/CoreMLGen.Evaluator -c Release -o artifacts/packages --nologo -v quiet
ls artifacts/packages/CoreMLGen.*.nupkg

# The version does not change between packs: drop the sample's extracted copies so restore takes the new packages.
rm -rf artifacts/sample-packages/coremlgen artifacts/sample-packages/coremlgen.evaluator

echo
echo "== dotnet run --project sample/CoreMLGen.Sample"
dotnet run --project sample/CoreMLGen.Sample

echo
echo "== dotnet run --project sample/CoreMLGen.Drummer -- --out artifacts/drummer.mid"
dotnet run --project sample/CoreMLGen.Drummer -- --out artifacts/drummer.mid

echo
echo "== coremlgen inspect sample/CoreMLGen.Sample/Models/IrisClassifier.mlmodel"
if ! log="$(dotnet build build/CoreMLGen.Cli --nologo -v quiet 2>&1)"; then echo "$log"; exit 1; fi
cli=(dotnet build/CoreMLGen.Cli/bin/Debug/net8.0/coremlgen.dll)
"${cli[@]}" inspect sample/CoreMLGen.Sample/Models/IrisClassifier.mlmodel

echo
echo "== coremlgen generate sample/CoreMLGen.Sample/Models/Thermostat.mlpackage --apple -o <temp>"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"${cli[@]}" generate sample/CoreMLGen.Sample/Models/Thermostat.mlpackage --apple --namespace Sample.Heating -o "$out"
grep -h "public .*Predict(" "$out"/*.Apple.g.cs | sed 's/^ *//' | head -3
