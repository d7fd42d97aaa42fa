#!/usr/bin/env bash
# The long fuzz run: the same deterministic mutation fuzzer CI runs (tests/CoreMLGen.Generator.Tests/Fuzzing), with
# many more cases and seeds CI never uses. Not a test of its own; it prints what it did and every failure.
#   build/fuzz/run.sh [cases per seed set, default 50000] [first seed, default 1000000]
# Four seed sets (built specs, fixture models, built ML Program package, fixture ML Program packages) each run the
# given number of cases; COREMLGEN_FUZZ_FILTER narrows the run to some of them (a test-name substring).
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-50000}"
first="${2:-1000000}"
export COREMLGEN_FUZZ_CASES="$cases"
export COREMLGEN_FUZZ_FIRST_SEED="$first"
export COREMLGEN_FUZZ_GENERATOR_CASES="${COREMLGEN_FUZZ_GENERATOR_CASES:-2000}"
# Run niced on a busy machine, the test host can take minutes to start: vstest's default 90 s would abort the run.
export VSTEST_CONNECTION_TIMEOUT="${VSTEST_CONNECTION_TIMEOUT:-3600}"
dotnet build tests/CoreMLGen.Generator.Tests -c Release -v quiet --nologo
dotnet test tests/CoreMLGen.Generator.Tests -c Release --no-build \
  --filter "FullyQualifiedName~CoreMLGen.Generator.Tests.Fuzzing.FuzzTests${COREMLGEN_FUZZ_FILTER:+&FullyQualifiedName~$COREMLGEN_FUZZ_FILTER}" \
  --logger "console;verbosity=detailed" | grep -E "cases from|Passed!|Failed!|Aborted|\[FAIL\]|, (reader|evaluator|generator)" || true
