#!/usr/bin/env bash
# Batch throughput: converts a generated corpus of small stories (20,000 by default) in several
# formats with -j 1 and -j 2, and reports files/s, the speed-up and peak RSS.
#   benches/batch.sh [COUNT]     (builds the release binary first)
# BATCH_TMPDIR=/dev/shm puts the corpus in memory, to measure newswire rather than the disk.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
cargo build --release --quiet
bin=$PWD/target/release/newswire
work=$(mktemp -d "${BATCH_TMPDIR:-/tmp}/newswire-batch.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The corpus: plain-text stories in three house styles; a third of them converted to newswire
# JSON and a third to NewsML-G2 by newswire itself, so that several readers are exercised.
mkdir -p "$work/corpus/text" "$work/stage/json" "$work/stage/g2"
for ((i = 0; i < count; i++)); do
  case $((i % 3)) in
    0) out=$work/corpus/text ;;
    1) out=$work/stage/json ;;
    2) out=$work/stage/g2 ;;
  esac
  case $((i % 3)) in
    0) printf 'Vertice numero %d sui trasporti.\n\nSindaci del Nord chiedono fondi per la linea %d\nTORINO (ITALPRESS) – I sindaci di sei città si sono riuniti oggi per la %dª volta.\nAl centro del confronto le risorse per autobus elettrici e tram.\n– fonte: IPA Agency (ITALPRESS).\n' $i $i $i ;;
    1) printf 'Factory output falls for month %d\n\nBy Jane Doe\n\nLONDON, Nov 29 (Reuters) - British factory output fell for the %dth month, a survey showed.\n\nExport orders weakened further.\n\n(Reporting by Jane Doe; Editing by John Smith)\n' $i $i ;;
    2) printf 'Bahnstrecke %d wieder frei\n\nPASSAU (dpa/lby) - Nach dem Sturm ist die Strecke %d wieder befahrbar.\n\nDie Bahn meldete keine Verletzten.\n' $i $i ;;
  esac > "$out/story-$i.txt"
done
"$bin" convert --quiet --to json -o "$work/corpus/json" "$work/stage/json" 2>/dev/null
"$bin" convert --quiet --to newsml-g2 -o "$work/corpus/g2" "$work/stage/g2" 2>/dev/null
rm -rf "$work/stage"
files=$(find "$work/corpus" -type f | wc -l)
bytes=$(du -sb "$work/corpus" | cut -f1)
echo "corpus: $files files, $bytes bytes (text, json, newsml-g2)"

run() {
  local jobs=$1 out="$work/out-$1"
  rm -rf "$out"
  local t0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss-$jobs" "$bin" convert --quiet -j "$jobs" --to jsonld -o "$out" "$work/corpus" 2>/dev/null
  local t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}
j1=$(run 1); j2=$(run 2)
printf 'j1: %.2f s (%.0f files/s), peak RSS %s kB\n' "$j1" "$(echo "$files / $j1" | bc -l)" "$(cat "$work/rss-1")"
printf 'j2: %.2f s (%.0f files/s), peak RSS %s kB\n' "$j2" "$(echo "$files / $j2" | bc -l)" "$(cat "$work/rss-2")"
printf 'speed-up -j 2 / -j 1: %.2fx\n' "$(echo "$j1 / $j2" | bc -l)"
