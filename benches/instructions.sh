#!/usr/bin/env bash
# Instructions per byte for the main readers, the conversions and the peers, counted by
# callgrind: the same count on every run, so a regression shows despite a noisy machine.
#   benches/instructions.sh [CASE...]     (default: every case but the small stories; `--list`)
# Only the case itself is counted (callgrind collects inside `measure` alone, not while the
# inputs are generated). Prints a table: case, instructions, bytes, instructions per byte; also
# written to target/instructions.tsv ($CARGO_TARGET_DIR/instructions.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is needed" >&2; exit 1; }
bin=$(cargo bench -p newswire-benches --bench instructions --no-run --message-format=json 2>/dev/null |
  jq -r 'select(.reason == "compiler-artifact" and .target.name == "instructions" and .executable != null) | .executable' |
  tail -n 1)
[ -x "$bin" ] || { echo "instructions.sh: the instructions bench did not build" >&2; exit 1; }
if [ "${1:-}" = "--list" ]; then "$bin" --list; exit 0; fi
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  # Every case but the single small stories (too short to count usefully per byte).
  mapfile -t cases < <("$bin" --list | awk '$1 !~ /^small\// { print $1 }')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One case under callgrind: its line of the table in $work/N.tsv.
count() {
  local n=$1 case=$2
  valgrind --tool=callgrind --callgrind-out-file="$work/$n.out" \
    --toggle-collect='instructions::measure*' "$bin" "$case" > "$work/$n.stdout" 2> "$work/$n.stderr" ||
    { cat "$work/$n.stderr" >&2; return 1; }
  local ir bytes
  ir=$(sed -n 's/^summary: *//p' "$work/$n.out")
  bytes=$(awk '{ print $2 }' "$work/$n.stdout")
  printf '%s\t%s\t%s\t%s\n' "$case" "$ir" "$bytes" "$(echo "scale=1; $ir / $bytes" | bc)" > "$work/$n.tsv"
}
# As many at a time as there are cores: the counts do not depend on it.
jobs=$(nproc)
for i in "${!cases[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  count "$i" "${cases[$i]}" &
done
wait
mkdir -p "${CARGO_TARGET_DIR:-target}"
out=${CARGO_TARGET_DIR:-target}/instructions.tsv
printf 'case\tinstructions\tbytes\tinstr/byte\n' > "$out"
printf '%-34s %15s %10s %11s\n' case instructions bytes instr/byte
for i in "${!cases[@]}"; do
  [ -f "$work/$i.tsv" ] || { echo "instructions.sh: ${cases[$i]} failed" >&2; exit 1; }
  cat "$work/$i.tsv" >> "$out"
  awk -F'\t' '{ printf "%-34s %15s %10s %11s\n", $1, $2, $3, $4 }' "$work/$i.tsv"
done
