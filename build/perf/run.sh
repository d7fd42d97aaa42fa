#!/usr/bin/env bash
# Performance figures for README.md's "Performance" section. Not a test: it prints numbers (2 cores take ~3 minutes).
#   1. packs CoreMLGen (Release) into artifacts/perf/feed, as a user would get it
#   2. writes a console project with 20 models (19 small, one LARGE_MB MiB neural network) that uses the package, and
#      the same project without the package and the models
#   3. times the first build, no-op incremental builds (median of RUNS, each a fresh `dotnet build --no-restore`
#      process without node reuse) and a build after touching one model
#   4. measures the conversion task alone on the large model (in-process harness: time, managed allocations, peak
#      RSS) and the peak RSS of a whole single-node build that converts it
# Usage: build/perf/run.sh            (LARGE_MB=100 RUNS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
LARGE_MB=${LARGE_MB:-100}
RUNS=${RUNS:-5}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1

work="$PWD/artifacts/perf"
rm -rf "$work"
mkdir -p "$work"

quietly() { "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; }

echo "== packing CoreMLGen and building the benchmark helper"
quietly dotnet pack runtime/CoreMLGen.Runtime -c Release -o "$work/feed" --nologo
quietly dotnet build build/perf/CoreMLGen.Perf -c Release --nologo
perf=(dotnet build/perf/CoreMLGen.Perf/bin/Release/net10.0/CoreMLGen.Perf.dll)
package="$(basename "$(ls "$work"/feed/CoreMLGen.*.nupkg)" .nupkg)"
version="${package#CoreMLGen.}"

cat > "$work/nuget.config" <<XML
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="feed" value="$work/feed" /></packageSources>
</configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"

project() { # name, extra item group
  mkdir -p "$work/$1"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  $2
</Project>
XML
  echo 'System.Console.WriteLine("benchmark");' > "$work/$1/Program.cs"
}
project With "<ItemGroup><PackageReference Include=\"CoreMLGen\" Version=\"$version\" /></ItemGroup>"
project Without ""
"${perf[@]}" models "$work/With/Models" 20 "$LARGE_MB"
quietly dotnet restore "$work/With"
quietly dotnet restore "$work/Without"

seconds() { # command... -> elapsed seconds
  local start end
  start=$(date +%s.%N)
  quietly "$@"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
median() { tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
build() { local name=$1; shift; dotnet build "$work/$name" --no-restore -nr:false "$@"; }
noop() { # project -> median of RUNS no-op builds
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(seconds build "$1")"); done
  echo "${times[*]}" | median
}

echo "== timing (seconds)"
first_with=$(seconds build With)
first_without=$(seconds build Without)
noop_with=$(noop With)
noop_without=$(noop Without)
touch "$work/With/Models/Model01.mlmodel"
touched=$(seconds build With)
touch "$work/With/Models/Model01.mlmodel"
touched_unembedded=$(seconds build With -p:CoreMLGenEmbedModelSpecs=false)
printf '%-52s %8s %8s\n' "" "with" "without"
printf '%-52s %8s %8s\n' "first build (converts 20 models, generates, compiles)" "$first_with" "$first_without"
printf '%-52s %8s %8s\n' "no-op incremental build (median of $RUNS)" "$noop_with" "$noop_without"
printf '%-52s %8s\n' "after touching one small model" "$touched"
printf '%-52s %8s\n' "  the same without embedding the specs" "$touched_unembedded"

echo "== memory"
ls -l "$work/With/Models/Large.mlmodel" | awk '{ printf "largest model: %.1f MiB\n", $5 / 1048576 }'
rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.0f MiB", $2 / 1024 }'; }
if [ -x /usr/bin/time ]; then
  echo "conversion task alone, small model:  $("${perf[@]}" convert "$work/With/Models/Model01.mlmodel" "$work/harness-small")"
  echo "conversion task alone, large model:  $("${perf[@]}" convert "$work/With/Models/Large.mlmodel" "$work/harness-large")"
  echo "  process peak RSS (small / large):   $(rss "${perf[@]}" convert "$work/With/Models/Model01.mlmodel" "$work/harness-small2") / $(rss "${perf[@]}" convert "$work/With/Models/Large.mlmodel" "$work/harness-large2")"
  rm -rf "$work/With/obj/Debug/net10.0/coremlgen"
  echo "whole build converting all 20 models, one MSBuild node, peak RSS: $(rss dotnet build "$work/With" --no-restore -nr:false -m:1 -v quiet)"
  rm -rf "$work/Without/obj" "$work/Without/bin"
  echo "same project without CoreMLGen, full build, peak RSS:             $(rss dotnet build "$work/Without" --no-restore -nr:false -m:1 -v quiet)"
else
  echo "conversion task alone, large model:  $("${perf[@]}" convert "$work/With/Models/Large.mlmodel" "$work/harness-large")"
  echo "(/usr/bin/time not found: no process RSS figures)"
fi
