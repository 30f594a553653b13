#!/usr/bin/env bash
# Coverage-guided fuzzing of the public parsers with AFL++ through SharpFuzz.
# Usage: eng/fuzz.sh [seconds-per-target] [target...]    (default: 60 seconds, every target)
# Publishes tests/VnChildProtection.Fuzz, instruments the library assemblies (sharpfuzz, a local dotnet tool), seeds each
# target from the repository's own examples, runs afl-fuzz for the given time at the lowest priority, and prints per
# target the AFL++ statistics (execs_done, corpus_count, saved_crashes, saved_hangs). Exits 1 if a target crashed; the
# crashing inputs are under artifacts/fuzz/<target>/findings/default/crashes/ (replay one with
# `dotnet artifacts/fuzz/bin/VnChildProtection.Fuzz.dll <target> <file>`). Needs afl++ (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
all=(legal target timelimit number unit agency csv planjson rulejson import planfile word)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
out=artifacts/fuzz
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install afl++)" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
dotnet tool restore >/dev/null
dotnet publish tests/VnChildProtection.Fuzz -c Release -o "$out/bin" -nologo >"$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
for assembly in VnChildProtection.Domain VnChildProtection.Documents; do
  dotnet tool run sharpfuzz "$out/bin/$assembly.dll" >/dev/null
done

# Seeds: small files cut from the repository's examples (AFL++ wants inputs of a few kB at most).
seed() { # seed <target> <name> <text on stdin>
  mkdir -p "$out/$1/in"
  dd bs=4096 count=1 iflag=fullblock status=none >"$out/$1/in/$2" || true
}
lines() { # lines <target> <regex> <max> <files...>: one seed per matching line
  local target=$1 regex=$2 max=$3 i=0
  shift 3
  # sed, not head: head would stop reading and fail the pipeline (pipefail) with grep's SIGPIPE.
  grep -hE "$regex" "$@" | sed -n "1,${max}p" | while IFS= read -r line; do
    i=$((i + 1)); printf '%s' "$line" | seed "$target" "line$i"
  done
}
seeds=(tests/corpus/seeds/*.txt)
laws=(tests/corpus/law/*.txt)
lines legal 'Nghị định|Luật|Quyết định|Thông tư|Chỉ thị' 24 "${seeds[@]}" "${laws[@]}"
lines target '%|‰|/1\.000|/100\.000' 24 "${seeds[@]}"
lines timelimit 'ngày làm việc|giờ|thời hạn' 16 "${laws[@]}"
lines number '[0-9]+[.,][0-9]+' 16 "${seeds[@]}"
lines unit 'tỉnh|huyện|xã|phường|thành phố' 16 "${seeds[@]}"
lines agency 'Sở |Ủy ban|UBND|Công an|Đoàn|Hội ' 16 "${seeds[@]}"
for f in docs/examples/observations/*.csv; do seed csv "$(basename "$f")" <"$f"; done
for f in docs/examples/plans/*.json; do seed planjson "$(basename "$f")" <"$f"; done
printf '%s' '{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"exclusive_pair","right":"CT2.a"}]}' | seed rulejson pair.json
printf '%s' '{"rules":[{"id":"b","name":"B","left":"CT3.b","operator":"<=","right":"CT3.a * 2","importance":"high"}]}' | seed rulejson compare.json
for f in "${seeds[@]}"; do seed import "$(basename "$f")" <"$f"; seed planfile "$(basename "$f")" <"$f"; done
seed planfile minimal.json <docs/examples/plans/minimal.json
# A real .docx: the seed's first lines as a Word document, written by the fuzz driver's own dependencies.
dotnet "$out/bin/VnChildProtection.Fuzz.dll" make-docx "$out/word/in/seed.docx" "${seeds[0]}"
cp "$out/word/in/seed.docx" "$out/planfile/in/seed.docx"

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
status=0
printf '%-10s %8s %12s %10s %8s %8s\n' target seconds execs_done corpus crashes hangs
for target in "${targets[@]}"; do
  [ -d "$out/$target/in" ] || { echo "fuzz: unknown target $target (one of: ${all[*]})" >&2; exit 2; }
  started=$SECONDS
  nice -n 19 afl-fuzz -V "$seconds" -i "$out/$target/in" -o "$out/$target/findings" -t 10000 -m none \
    -- dotnet "$out/bin/VnChildProtection.Fuzz.dll" "$target" >"$out/$target/afl.log" 2>&1 \
    || { tail -n 30 "$out/$target/afl.log" >&2; echo "fuzz: afl-fuzz failed on $target" >&2; exit 1; }
  stats="$out/$target/findings/default/fuzzer_stats"
  get() { grep -E "^$1 *:" "$stats" | head -n 1 | sed 's/.*: *//'; }
  crashes=$(get saved_crashes)
  printf '%-10s %8s %12s %10s %8s %8s\n' "$target" $((SECONDS - started)) "$(get execs_done)" "$(get corpus_count)" "$crashes" "$(get saved_hangs)"
  [ "${crashes:-0}" -eq 0 ] || status=1
done
[ "$status" -eq 0 ] || echo "fuzz: crashes found (above); inputs under $out/<target>/findings/default/crashes/" >&2
exit "$status"
