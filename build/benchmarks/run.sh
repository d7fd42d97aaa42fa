#!/usr/bin/env bash
# Speed of the managed Core ML evaluator (BenchmarkDotNet, Release, single-threaded, in-process):
#   - KernelBenchmarks: the beat-shaped network (3 × BiLSTM-25 with peepholes over 266 inputs, dense 50 → 1, sigmoid,
#     1000 frames) and 2 × BiLSTM-256 over 1000 × 88, run kernel by kernel
#   - ModelBenchmarks / MnistBenchmarks: the same networks and ../shared/fixtures/models/mnist_model.mlmodel through
#     ModelEvaluator.Load + Predict (skipped, with a message, when the public API or the fixture is not there)
# Prints time, allocations per prediction and effective GFLOP/s (2 × multiply-adds of all matrix products / time).
# Usage: build/benchmarks/run.sh [--quick | --smoke | --onnx [--quick] | --frontends [--quick]]
#   --quick: 1 warm-up + 3 iterations per benchmark; --smoke: no BenchmarkDotNet, best of 20 timed runs of the kernels
#   --onnx: the beat ensemble against ONNX Runtime (alternating timed runs, medians)
#   --frontends: the same networks as a NeuralNetwork and as an ML Program, side by side (alternating timed runs,
#     medians, their ratio), then the ML Program fixtures (refiner, masks_fp32, masks_fp16) with ms and GFLOP/s
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_UI_LANGUAGE=en

project=build/benchmarks/CoreMLGen.Evaluator.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet
mkdir -p artifacts/benchmarks
cd artifacts/benchmarks
dotnet "../../$project/bin/Release/net10.0/CoreMLGen.Evaluator.Benchmarks.dll" "$@" | tee run.log
echo "Full log: artifacts/benchmarks/run.log (BenchmarkDotNet reports in artifacts/benchmarks/BenchmarkDotNet.Artifacts)"
