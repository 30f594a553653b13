#!/usr/bin/env bash
# Publishes tests/VnChildProtection.AotSmoke as a Native AOT binary and as a trimmed (JIT) app, with every trim and
# AOT warning an error, runs both and the plain JIT build (also with InvariantGlobalization), and fails unless the
# four transcripts are identical.
# Needs clang and zlib1g-dev for the AOT link (installed by .ci/run). Usage: eng/aot-smoke.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/aot-smoke}
project=tests/VnChildProtection.AotSmoke/VnChildProtection.AotSmoke.csproj
rid=linux-x64
rm -rf "$out"
mkdir -p "$out"

started=$SECONDS
dotnet build "$project" -c Release -warnaserror -nologo -o "$out/jit" >"$out/jit.log" 2>&1 || { cat "$out/jit.log"; exit 1; }
for mode in aot trimmed; do
  # Not -warnaserror: it would also fail on the two warnings explained below; the check after the publish fails on
  # every other warning instead (our projects already build with warnings as errors).
  if ! dotnet publish "$project" -c Release -r "$rid" -p:SmokeMode=$mode -nologo \
      -o "$out/$mode" >"$out/$mode.log" 2>&1; then
    cat "$out/$mode.log"
    echo "aot-smoke: the $mode publish failed" >&2
    exit 1
  fi
  # The one allowed exception: Ardalis.SmartEnum's GetAllOptions (Assembly.GetTypes) and GetFieldsOfType (GetFields),
  # its reflective discovery of options. SmartEnum's static constructor builds Lazy<> delegates over them, so they stay
  # in the app, but nothing calls them: every closed set declares its members and ClosedSet<T> hides SmartEnum's lookups
  # (the transcripts below would differ otherwise). Any other trim or AOT warning fails.
  if grep -E "warning [A-Z]+[0-9]+|error [A-Z]+[0-9]+" "$out/$mode.log" \
      | grep -vE "IL2026: Ardalis\.SmartEnum\.SmartEnum(\`2|<TEnum,TValue>)\.GetAllOptions\(\)|IL2070: Ardalis\.SmartEnum\.TypeExtensions\.GetFieldsOfType<TFieldType>\(Type\)"; then
    echo "aot-smoke: the $mode publish reported warnings (above)" >&2
    exit 1
  fi
done
echo "aot-smoke: built and published in $((SECONDS - started)) s"

dotnet "$out/jit/VnChildProtection.AotSmoke.dll" >"$out/jit.txt"
"$out/trimmed/VnChildProtection.AotSmoke" >"$out/trimmed.txt"
"$out/aot/VnChildProtection.AotSmoke" >"$out/aot.txt"
# The JIT app again in globalization-invariant mode (no ICU: string.Normalize changes nothing there), as AOT and
# container apps often run: citations, names and imports must not depend on the culture data.
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet "$out/jit/VnChildProtection.AotSmoke.dll" >"$out/invariant.txt"
[ -s "$out/jit.txt" ] || { echo "aot-smoke: the JIT run printed nothing" >&2; exit 1; }
status=0
for mode in trimmed aot invariant; do
  if ! diff -u "$out/jit.txt" "$out/$mode.txt"; then
    echo "aot-smoke: the $mode transcript differs from the JIT one" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "aot-smoke: JIT, trimmed, AOT and invariant-globalization transcripts identical ($(wc -l <"$out/jit.txt") lines)"
exit "$status"
