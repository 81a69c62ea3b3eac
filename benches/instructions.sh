#!/usr/bin/env bash
# Instructions per byte for the main readers, the conversions and the peers, counted by
# callgrind: the same count on every run, so a regression shows despite a noisy machine.
#   benches/instructions.sh [CASE...]     (default: the cases below; `--list` for all of them)
# Only the case itself is counted (callgrind collects inside `measure` alone, not while the
# inputs are generated). Prints a table: case, instructions, bytes, instructions per byte; also
# written to target/instructions.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is needed" >&2; exit 1; }
bin=$(cargo bench --bench instructions --no-run --message-format=json 2>/dev/null |
  jq -r 'select(.reason == "compiler-artifact" and .target.name == "instructions" and .executable != null) | .executable' |
  tail -n 1)
[ -x "$bin" ] || { echo "instructions.sh: the instructions bench did not build" >&2; exit 1; }
if [ "${1:-}" = "--list" ]; then "$bin" --list; exit 0; fi
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  cases=(
    read/newsml-g2 read/atom read/nitf read/text-stories read/text-web-1mb read/ninjs read/jsonld
    read/iptc7901 read/anpa1312
    write/newsml-g2 write/jsonld write/atom
    convert/newsml-g2-to-jsonld convert/text-to-newsml-g2 convert/nitf-to-atom
    peer/quick-xml-raw-newsml-g2 peer/quick-xml-ns-newsml-g2 peer/quick-xml-raw-atom
    peer/quick-xml-ns-atom peer/atom_syndication peer/feed-rs peer/serde_json-jsonld
  )
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p target
out=target/instructions.tsv
printf 'case\tinstructions\tbytes\tinstr/byte\n' > "$out"
printf '%-34s %15s %10s %11s\n' case instructions bytes instr/byte
for case in "${cases[@]}"; do
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
    --toggle-collect='instructions::measure*' "$bin" "$case" > "$work/stdout" 2> "$work/stderr" ||
    { cat "$work/stderr" >&2; exit 1; }
  ir=$(sed -n 's/^summary: *//p' "$work/cg.out")
  bytes=$(awk '{print $2}' "$work/stdout")
  per=$(echo "scale=1; $ir / $bytes" | bc)
  printf '%-34s %15s %10s %11s\n' "$case" "$ir" "$bytes" "$per"
  printf '%s\t%s\t%s\t%s\n' "$case" "$ir" "$bytes" "$per" >> "$out"
done
