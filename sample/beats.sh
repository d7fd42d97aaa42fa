#!/usr/bin/env bash
# The beats sample on the packed packages, as a user would build it. Not part of sample/run.sh: it needs madmom's
# beat networks (CC BY-NC-SA 4.0, not in this repository), the folder holding beats_2015_beats_blstm_1.pkl … _8.pkl,
# given as MADMOM_MODELS (default: ../shared/fixtures/madmom beside this repository).
#   MADMOM_MODELS=/path/to/madmom/models/beats/2015 ./sample/beats.sh song.wav [--activations out.npy] [--plot out.png] [--benchmark [runs]]
#   ./sample/beats.sh --synth loop.wav         # a drum loop of this repository's making, to try it on
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export MSBUILDDISABLENODEREUSE=1 DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

(
  cd "$root"
  for project in CoreMLGen.Runtime CoreMLGen.Evaluator CoreMLGen.Audio CoreMLGen.GoldenVectors; do
    dotnet pack "runtime/$project" -c Release -o artifacts/packages --nologo -v quiet
  done
  # The version does not change between packs: drop the extracted copies so restore takes the new packages.
  rm -rf artifacts/sample-packages/coremlgen artifacts/sample-packages/coremlgen.evaluator \
         artifacts/sample-packages/coremlgen.audio artifacts/sample-packages/coremlgen.goldenvectors
  models=()
  if [[ -n "${MADMOM_MODELS:-}" ]]; then models=("-p:MadmomModels=$(cd "$MADMOM_MODELS" && pwd)"); fi
  if ! log="$(dotnet build sample/CoreMLGen.Beats -c Release --nologo -v quiet "${models[@]}" 2>&1)"; then echo "$log"; exit 1; fi
)
# Run from the caller's folder, so relative file names mean what they say.
exec dotnet "$root/sample/CoreMLGen.Beats/bin/Release/net10.0/beats.dll" "$@"
