#!/usr/bin/env bash
# Sorts and de-duplicates every PublicAPI.*.txt (after merges that append to them by union).
set -euo pipefail
cd "$(dirname "$0")/.."
for f in $(find src -name 'PublicAPI.*.txt'); do
  { echo '#nullable enable'; grep -v '^#nullable' "$f" | grep -v '^$' | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
done
