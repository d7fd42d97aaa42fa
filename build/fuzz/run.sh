#!/usr/bin/env bash
# The long fuzz run: the same deterministic mutation fuzzer CI runs (tests/CoreMLGen.Generator.Tests/Fuzzing), with
# many more cases and seeds CI never uses. Not a test of its own; it prints what it did and every failure.
#   build/fuzz/run.sh [cases per seed set, default 50000] [first seed, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-50000}"
first="${2:-1000000}"
export COREMLGEN_FUZZ_CASES="$cases"
export COREMLGEN_FUZZ_FIRST_SEED="$first"
export COREMLGEN_FUZZ_GENERATOR_CASES="${COREMLGEN_FUZZ_GENERATOR_CASES:-2000}"
dotnet build tests/CoreMLGen.Generator.Tests -c Release -v quiet --nologo
dotnet test tests/CoreMLGen.Generator.Tests -c Release --no-build \
  --filter "FullyQualifiedName~CoreMLGen.Generator.Tests.Fuzzing.FuzzTests" \
  --logger "console;verbosity=detailed" | grep -E "cases from|Passed!|Failed!|\[FAIL\]|, (reader|evaluator|generator)" || true
