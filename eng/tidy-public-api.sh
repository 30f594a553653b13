#!/usr/bin/env bash
# Sorts and de-duplicates every PublicAPI.*.txt (after merges that append to them by union).
set -euo pipefail
cd "$(dirname "$0")/.."
for f in $(find src -name 'PublicAPI.*.txt'); do
  # grep exits 1 on an empty file (PublicAPI.Shipped.txt before a release): that is not an error.
  { echo '#nullable enable'; { grep -v -e '^#nullable' -e '^$' "$f" || true; } | LC_ALL=C sort -u; } > "$f.tmp"
  mv "$f.tmp" "$f"
done
