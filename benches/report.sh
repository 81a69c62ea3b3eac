#!/usr/bin/env bash
# Writes BENCHMARKS.md: wall-clock throughput of every reader, writer and conversion and of the
# peers (criterion, benches/formats.rs, one process), the ratios the performance goals name,
# instructions per byte (callgrind, benches/instructions.sh), the batch figures
# (benches/batch.sh, in memory and on disk) and the machine. One command from a clean clone:
#   benches/report.sh            (about 15 minutes; needs valgrind, jq and bc)
#   benches/report.sh --quick    (shorter runs, to try the script)
# Wall-clock runs are pinned to one core with taskset when it is there; run on a quiet machine
# (the instruction counts do not depend on it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
quick=${1:-}
for tool in jq bc valgrind; do
  command -v "$tool" >/dev/null || { echo "report.sh: $tool is needed" >&2; exit 1; }
done
target=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "$target"
log=$target/report
rm -rf "$log" "$target/criterion"
mkdir -p "$log"
pin=()
command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ] && pin=(taskset -c 1)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== criterion (benches/formats.rs)" >&2
criterion_args=()
[ "$quick" = --quick ] && criterion_args=(--warm-up-time 0.3 --measurement-time 0.7 --sample-size 10)
"${pin[@]}" cargo bench -p newswire-benches --bench formats -- "${criterion_args[@]}" > "$log/criterion.txt" 2>&1 ||
  { tail -n 30 "$log/criterion.txt" >&2; exit 1; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "== instructions (benches/instructions.sh)" >&2
benches/instructions.sh > "$log/instructions.txt"

echo "== batch (benches/batch.sh)" >&2
count=20000 small=2000
[ "$quick" = --quick ] && count=3000 small=600
BATCH_TMPDIR=/dev/shm benches/batch.sh "$count" > "$log/batch-shm.txt"
BATCH_TMPDIR=/dev/shm benches/batch.sh "$small" > "$log/batch-shm-small.txt"
BATCH_TMPDIR=$target benches/batch.sh "$count" > "$log/batch-disk.txt"

echo "== big inputs (benches/big.sh)" >&2
BIG_TMPDIR=$target benches/big.sh > "$log/big.txt"

# Reading through Python (python/bench.py) when $NEWSWIRE_PYTHON is a Python with the newswire
# package installed (the README's Python section): the same inputs, the Rust library and Python in one
# process.
if [ -n "${NEWSWIRE_PYTHON:-}" ]; then
  echo "== python (python/bench.py)" >&2
  instructions=$(cargo bench -p newswire-benches --bench instructions --no-run --message-format=json 2>/dev/null |
    jq -r 'select(.reason == "compiler-artifact" and .target.name == "instructions" and .executable != null) | .executable' |
    tail -n 1)
  "$instructions" --dump "$log/inputs"
  "${pin[@]}" "$NEWSWIRE_PYTHON" python/bench.py "$log/inputs" > "$log/python.txt"
else
  echo "not measured: NEWSWIRE_PYTHON names no Python with the newswire package (the README's Python section)" > "$log/python.txt"
fi

# --- reading the results -------------------------------------------------------------------
# Median time (ns) and bytes of a criterion case.
ns() { jq -r '.median.point_estimate' "$target/criterion/$1/new/estimates.json" 2>/dev/null || echo 0; }
bytes() { jq -r '.throughput.Bytes' "$target/criterion/$1/new/benchmark.json" 2>/dev/null || echo 0; }
# MB/s (10^6 bytes per second).
mbs() {
  local t b
  t=$(ns "$1") b=$(bytes "$1")
  if [ "$t" = 0 ] || [ "$b" = 0 ]; then echo "-"; else printf '%.0f' "$(echo "$b * 1000 / $t" | bc -l)"; fi
}
# Speed of case $1 relative to case $2 on the same bytes (time2 / time1).
ratio() { printf '%.2f' "$(echo "$(ns "$2") / $(ns "$1")" | bc -l)"; }
# Microseconds per run.
us() { printf '%.1f' "$(echo "$(ns "$1") / 1000" | bc -l)"; }
instr() { awk -F'\t' -v c="$1" '$1 == c { print $4 }' "$target/instructions.tsv"; }
before() { awk -F'\t' -v c="$1" '$1 == c { print $4 }' benches/instructions-before.tsv; }
field() { sed -n "s/^$2: \([0-9.]*\) s (\([0-9]*\) files\/s), peak RSS \([0-9]*\) kB/\\$3/p" "$log/$1"; }
# big.sh: field 2 (MB/s) or 3 (peak RSS kB) of case $1.
big() { sed -n "s/^$1: [0-9]* bytes, [0-9.]* s (\([0-9]*\) MB\/s), peak RSS \([0-9]*\) kB/\\$2/p" "$log/big.txt"; }
big_bytes() { sed -n "s/^$1: \([0-9]*\) bytes.*/\1/p" "$log/big.txt"; }
speedup() { sed -n 's/^speed-up -j 2 \/ -j 1: \([0-9.]*\)x/\1/p' "$log/$1"; }
corpus() { sed -n 's/^corpus: \(.*\)/\1/p' "$log/$1"; }
status() { if [ "$(echo "$1 >= $2" | bc -l)" = 1 ]; then echo "met"; else echo "**missed** ($(printf '%.0f' "$(echo "100 * $1 / $2" | bc -l)")% of the goal)"; fi; }

g2_ns=$(ratio read/newsml-g2 peer/quick-xml-ns-newsml-g2)
atom_as=$(ratio read/atom peer/atom_syndication)
atom_fr=$(ratio read/atom peer/feed-rs)
rss_read=$(ratio read/rss peer/rss-read)
rss_fr=$(ratio read/rss peer/feed-rs-rss)
rss_write=$(ratio write/rss peer/rss-write)
text_stories=$(mbs read/text-stories)
text_web=$(mbs read/text-web-1mb)
iptc7901=$(mbs read/iptc7901)
anpa1312=$(mbs read/anpa1312)
nitf=$(mbs read/nitf)
g2_jsonld=$(mbs convert/newsml-g2-to-jsonld)
batch_speedup=$(speedup batch-shm.txt)

reader_row() { # case, what
  printf '| %s | %s | %s | %s | %s |\n' "\`$1\`" "$2" "$(mbs "$1")" "$(instr "$1")" "$(before "$1")"
}

{
  cat <<EOF
# Benchmarks

Written by \`benches/report.sh\` (do not edit by hand) on $(date -u +%Y-%m-%d). Machine: $(nproc) cores,
$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(rustc -V); load average
$load_before before the wall-clock run and $load_after after it. MB is 10^6 bytes; MB/s is input
bytes per second for readers and conversions, output bytes for writers, one core (pinned with
\`taskset -c 1\`), the median of criterion's samples. Instructions per byte come from callgrind
(\`benches/instructions.sh\`, after one uncounted warm-up run of the case) and repeat exactly from
run to run: use them to compare changes on a noisy machine. "Before" is the count at commit
cce9398, before the profile-guided fixes (counted without a warm-up, so a few instructions per
byte of one-time set-up are in it).

The inputs are generated by the bench code (\`benches/support/\`) from invented stories with
non-ASCII names and places, entities, IPTC media topics, several authors and 3 to 9 paragraphs:
a NewsML-G2 \`newsMessage\` (XHTML and inline NITF bodies), an Atom feed (half the entries
\`type="html"\`, half \`type="xhtml"\`), NITF, ninjs and plain-text stories read one document at a
time, one long plain-text story (web and teletype layout), and JSON-LD, newswire JSON, IPTC 7901
and ANPA-1312 streams, an RSS 2.0 channel and a WordPress export written by newswire from the
same stories. newswire is called as the
command line calls it: \`read_with\` and \`write_with\` with the default options, and
\`newswire::convert\` (detection, reading, writing, the loss report) end to end.

## Goals

| goal | measured | goal | |
|---|---:|---:|---|
| NewsML-G2 → model, against quick-xml's namespaced loop on the same bytes | ${g2_ns}x | 0.6x | $(status "$g2_ns" 0.6) |
| Atom → model, against atom_syndication | ${atom_as}x | 1.0x | $(status "$atom_as" 1.0) |
| Atom → model, against feed-rs | ${atom_fr}x | 2.0x | $(status "$atom_fr" 2.0) |
| RSS 2.0 → model, against the rss crate's \`Channel\` | ${rss_read}x | 1.0x | $(status "$rss_read" 1.0) |
| RSS 2.0 → model, against feed-rs | ${rss_fr}x | 2.0x | $(status "$rss_fr" 2.0) |
| model → RSS 2.0 | $(mbs write/rss) MB/s | 100 MB/s | $(status "$(mbs write/rss)" 100) |
| model → WordPress export | $(mbs write/wxr) MB/s | 100 MB/s | $(status "$(mbs write/wxr)" 100) |
| model → news sitemap | $(mbs write/news-sitemap) MB/s | 100 MB/s | $(status "$(mbs write/news-sitemap)" 100) |
| model → HTML pages | $(mbs write/html) MB/s | 100 MB/s | $(status "$(mbs write/html)" 100) |
| plain text → model, many small stories | $text_stories MB/s | 100 MB/s | $(status "$text_stories" 100) |
| plain text → model, one 1 MB story | $text_web MB/s | 100 MB/s | $(status "$text_web" 100) |
| IPTC 7901 stream → model | $iptc7901 MB/s | 100 MB/s | $(status "$iptc7901" 100) |
| ANPA-1312 stream → model | $anpa1312 MB/s | 100 MB/s | $(status "$anpa1312" 100) |
| NITF → model | $nitf MB/s | 150 MB/s | $(status "$nitf" 150) |
| NewsML-G2 → JSON-LD end to end | $g2_jsonld MB/s | 150 MB/s | $(status "$g2_jsonld" 150) |
| batch \`-j 2\` against \`-j 1\`, many small files in memory | ${batch_speedup}x | 1.8x | $(status "$batch_speedup" 1.8) |
| batch peak RSS, $small and $count files | $(field batch-shm-small.txt j2 3) kB, $(field batch-shm.txt j2 3) kB | flat | |
| whole process, \`inspect\` on a $(( $(big_bytes inspect-28000) / 1000000 )) MB \`newsMessage\`, against quick-xml's namespaced loop in process ($(mbs peer/quick-xml-ns-newsml-g2) MB/s) | $(big inspect-28000 1) MB/s | | $(printf '%.2f' "$(echo "$(big inspect-28000 1) / $(mbs peer/quick-xml-ns-newsml-g2)" | bc -l)")x |
| whole process, \`convert --to jsonld\`, the same message, against \`convert/newsml-g2-to-jsonld\` in process, one core ($(mbs convert/newsml-g2-to-jsonld) MB/s) | $(big jsonld-28000 1) MB/s | | $(printf '%.2f' "$(echo "$(big jsonld-28000 1) / $(mbs convert/newsml-g2-to-jsonld)" | bc -l)")x |
| peak RSS of \`inspect\` and \`convert --to jsonld\`, $(( $(big_bytes inspect-28000) / 1000000 )) MB and $(( $(big_bytes inspect-280000) / 1000000 )) MB messages | $(big inspect-28000 2) / $(big jsonld-28000 2) kB, $(big inspect-280000 2) / $(big jsonld-280000 2) kB | ≤ 64 MiB + 4x an article, flat | $(if [ "$(big jsonld-280000 2)" -lt 65536 ] && [ "$(big inspect-280000 2)" -lt 65536 ]; then echo met; else echo "**missed**"; fi) |

## Readers

| case | input | MB/s | instr/byte | before |
|---|---|---:|---:|---:|
EOF
  reader_row read/newsml-g2 "newsMessage, $(bytes read/newsml-g2) bytes"
  reader_row read/atom "feed, $(bytes read/atom) bytes"
  reader_row read/nitf "NITF documents, $(bytes read/nitf) bytes"
  reader_row read/ninjs "ninjs documents, $(bytes read/ninjs) bytes"
  reader_row read/jsonld "@graph, $(bytes read/jsonld) bytes"
  reader_row read/json "array, $(bytes read/json) bytes"
  reader_row read/iptc7901 "stream, $(bytes read/iptc7901) bytes"
  reader_row read/anpa1312 "stream, $(bytes read/anpa1312) bytes"
  reader_row read/rss "channel, $(bytes read/rss) bytes"
  reader_row read/wxr "WordPress export, $(bytes read/wxr) bytes"
  reader_row read/text-stories "stories, $(bytes read/text-stories) bytes"
  reader_row read/text-web-1mb "one story, a paragraph a line"
  reader_row read/text-teletype-1mb "one story, wrapped at 69 columns"
  cat <<EOF

## Writers

The G2 message's articles as one document (G2, JSON-LD, Atom, JSON, 7901, ANPA, RSS, WXR, news
sitemap: the same articles with a page address and a publication name each), or one document
per article (NITF, ninjs, text, HTML page); MB/s of output.

| case | MB/s | instr/byte | before |
|---|---:|---:|---:|
EOF
  for format in newsml-g2 jsonld atom json iptc7901 anpa1312 rss wxr news-sitemap nitf ninjs text html; do
    printf '| `write/%s` | %s | %s | %s |\n' "$format" "$(mbs "write/$format")" "$(instr "write/$format")" "$(before "write/$format")"
  done
  cat <<EOF

## Conversions (newswire::convert)

| case | MB/s | instr/byte | before |
|---|---:|---:|---:|
EOF
  for case in convert/newsml-g2-to-jsonld convert/text-to-newsml-g2 convert/nitf-to-atom; do
    printf '| `%s` | %s | %s | %s |\n' "$case" "$(mbs "$case")" "$(instr "$case")" "$(before "$case")"
  done
  cat <<EOF

## Single small stories

| case | bytes | µs | MB/s |
|---|---:|---:|---:|
EOF
  for dir in "$target"/criterion/small/*/; do
    case_id=small/$(basename "$dir")
    [ -f "$dir/new/estimates.json" ] || continue
    printf '| `%s` | %s | %s | %s |\n' "$case_id" "$(bytes "$case_id")" "$(us "$case_id")" "$(mbs "$case_id")"
  done
  cat <<EOF

## Peers, on the same bytes

| peer | MB/s | instr/byte | newswire against it |
|---|---:|---:|---|
| \`quick-xml-raw-newsml-g2\` (raw \`read_event\` loop) | $(mbs peer/quick-xml-raw-newsml-g2) | $(instr peer/quick-xml-raw-newsml-g2) | G2 → model $(ratio read/newsml-g2 peer/quick-xml-raw-newsml-g2)x |
| \`quick-xml-ns-newsml-g2\` (\`NsReader\`, attributes, text, entities) | $(mbs peer/quick-xml-ns-newsml-g2) | $(instr peer/quick-xml-ns-newsml-g2) | G2 → model ${g2_ns}x |
| \`quick-xml-raw-atom\` | $(mbs peer/quick-xml-raw-atom) | $(instr peer/quick-xml-raw-atom) | Atom → model $(ratio read/atom peer/quick-xml-raw-atom)x |
| \`quick-xml-ns-atom\` | $(mbs peer/quick-xml-ns-atom) | $(instr peer/quick-xml-ns-atom) | Atom → model $(ratio read/atom peer/quick-xml-ns-atom)x |
| \`atom_syndication\` 0.12 (\`Feed::read_from\`) | $(mbs peer/atom_syndication) | $(instr peer/atom_syndication) | Atom → model ${atom_as}x |
| \`feed-rs\` 3.0 (\`parser::parse\`) | $(mbs peer/feed-rs) | $(instr peer/feed-rs) | Atom → model ${atom_fr}x |
| \`rss\` 2.1 (\`Channel::read_from\`) | $(mbs peer/rss-read) | $(instr peer/rss-read) | RSS → model ${rss_read}x |
| \`feed-rs\` 3.0 on the RSS channel | $(mbs peer/feed-rs-rss) | $(instr peer/feed-rs-rss) | RSS → model ${rss_fr}x |
| \`rss\` 2.1 (\`Channel::pretty_write_to\`) of the channel it read | $(mbs peer/rss-write) | $(instr peer/rss-write) | RSS writer ${rss_write}x (time against time) |
| \`serde_json\` \`to_vec_pretty\` of the same JSON-LD as a \`Value\` | $(mbs peer/serde_json-jsonld) | $(instr peer/serde_json-jsonld) | JSON-LD writer $(ratio write/jsonld peer/serde_json-jsonld)x (time against time) |

## Big inputs (\`benches/big.sh\`: whole processes on generated \`newsMessage\`s)

Inputs over 4 MiB are read article by article (\`read_items\`, a batch of items at a time on every
core) and each article is written before the next is read; memory holds a few articles. Times are
whole processes (start, reading the file, writing to \`/dev/null\`), both cores.

| case | input | MB/s | peak RSS |
|---|---:|---:|---:|
$(for c in inspect-28000 jsonld-28000 inspect-280000 jsonld-280000; do printf '| `%s` | %s bytes | %s | %s kB |\n' "$c" "$(big_bytes "$c")" "$(big "$c" 1)" "$(big "$c" 2)"; done)

## Python (\`python/bench.py\`: the package's \`newswire.read\` against the Rust library)

The 1 MB inputs above, read in one Python process, one core: by the Rust library alone (the
articles read and dropped), by \`newswire.read\` (each article a Python \`Article\`, its fields
turned into Python objects when asked for), and by \`newswire.read\` with every article's
\`to_dict()\` (every field as Python objects); the median of 15 rounds, the three taking turns.

$(cat "$log/python.txt")

## Batch (\`benches/batch.sh\`: \`newswire convert --quiet --to jsonld -o DIR\`)

Plain-text, newswire JSON and NewsML-G2 stories, one file each.

| corpus | where | \`-j 1\` files/s | \`-j 2\` files/s | speed-up | peak RSS \`-j 1\` / \`-j 2\` |
|---|---|---:|---:|---:|---:|
| $(corpus batch-shm-small.txt) | /dev/shm | $(field batch-shm-small.txt j1 2) | $(field batch-shm-small.txt j2 2) | $(speedup batch-shm-small.txt)x | $(field batch-shm-small.txt j1 3) / $(field batch-shm-small.txt j2 3) kB |
| $(corpus batch-shm.txt) | /dev/shm | $(field batch-shm.txt j1 2) | $(field batch-shm.txt j2 2) | $(speedup batch-shm.txt)x | $(field batch-shm.txt j1 3) / $(field batch-shm.txt j2 3) kB |
| $(corpus batch-disk.txt) | disk ($(df -P "$target" | awk 'NR == 2 { print $1 }')) | $(field batch-disk.txt j1 2) | $(field batch-disk.txt j2 2) | $(speedup batch-disk.txt)x | $(field batch-disk.txt j1 3) / $(field batch-disk.txt j2 3) kB |

EOF
  cat benches/fixes.md
} > BENCHMARKS.md
echo "report.sh: wrote BENCHMARKS.md" >&2
