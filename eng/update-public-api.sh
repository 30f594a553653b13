#!/usr/bin/env bash
# Adds every symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and drops lines it reports as no longer existing (RS0017).
# Usage: eng/update-public-api.sh [src/Project/Project.csproj]   (default: every project under src/)
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  mapfile -t projects < <(find src -name '*.csproj' | sort)
fi
for proj in "${projects[@]}"; do
  dir=$(dirname "$proj")
  file="$dir/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$proj" -c Release --no-incremental -p:TreatWarningsAsErrors=false -nologo -clp:NoSummary >"$log" 2>&1 || true
  name=$(basename "$proj")
  # Only this project's diagnostics: a build also reports those of the projects it references.
  mine=$(grep -F "/$name" "$log" || true)
  added=$(printf '%s\n' "$mine" | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u || true)
  removed=$(printf '%s\n' "$mine" | grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but)" | sort -u || true)
  tmp=$(mktemp)
  { tail -n +2 "$file"; [ -n "$added" ] && printf '%s\n' "$added"; } | grep -v '^$' > "$tmp" || true
  if [ -n "$removed" ]; then
    grep -vxF -f <(printf '%s\n' "$removed") "$tmp" > "$tmp.2" || true
    mv "$tmp.2" "$tmp"
  fi
  { echo '#nullable enable'; LC_ALL=C sort -u "$tmp"; } > "$file"
  echo "$file: +$(printf '%s' "$added" | grep -c . || true) -$(printf '%s' "$removed" | grep -c . || true)"
  rm -f "$log" "$tmp"
done
