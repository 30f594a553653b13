#!/usr/bin/env bash
# Validates the SARIF log of `vncp validate` with Microsoft's SARIF Multitool (the reference validator): schema plus
# the multitool's SARIF rules at levels error and warning. On demand only (not part of .ci/run): it downloads the tool.
# Usage: eng/validate-sarif.sh
#   SARIF_MULTITOOL=/path/to/Sarif.Multitool eng/validate-sarif.sh   uses an already extracted multitool instead of npm.
# Exit code 0 when the log has no error and no warning; 1 otherwise. Nothing is left in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
version=5.7.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tool=${SARIF_MULTITOOL:-}
if [ -z "$tool" ]; then
  npm install --prefix "$work" --no-save --no-audit --no-fund "@microsoft/sarif-multitool-linux@$version" >&2
  tool="$work/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
  chmod +x "$tool"
fi

# The bundled examples: the four seed texts and their JSON plan documents. Exit code 1 (errors found in the plans) is
# expected; 2 would mean an input could not be read.
status=0
dotnet run --project src/VnChildProtection.Cli -c Release -- \
  validate tests/corpus/seeds docs/examples/plans --format sarif >"$work/vncp.sarif" 2>/dev/null || status=$?
if [ "$status" -gt 1 ]; then
  echo "vncp validate failed with exit code $status" >&2
  exit 1
fi

"$tool" validate "$work/vncp.sarif" --output "$work/validation.sarif" >"$work/validation.txt" 2>&1 || true
cat "$work/validation.txt"
findings=$(grep -cE ': (error|warning) [A-Z]+[0-9]+: ' "$work/validation.txt" || true)
if [ ! -s "$work/validation.sarif" ]; then
  echo "the multitool wrote no report" >&2
  exit 1
fi
if [ "$findings" -ne 0 ]; then
  echo "SARIF Multitool $version: $findings error(s)/warning(s) in the log of vncp validate" >&2
  exit 1
fi
echo "SARIF Multitool $version: the log of vncp validate has no error and no warning"
