#!/usr/bin/env bash
# Whole-process throughput and peak memory on big multi-article inputs: a NewsML-G2
# newsMessage of about 20 MB and one of about 200 MB (generated, invented stories), each
# through `newswire inspect` and `newswire convert --to jsonld` to /dev/null, timed as a whole
# process with its peak RSS (/usr/bin/time). Inputs over 4 MiB are read article by article, so
# the peak should not grow with the input.
#   benches/big.sh            (builds the release binary first; BIG_TMPDIR picks the directory)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/newswire
work=$(mktemp -d "${BIG_TMPDIR:-/tmp}/newswire-big.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A newsMessage of $1 items: XHTML bodies of two paragraphs, a subject, a dateline.
message() {
  awk -v n="$1" 'BEGIN {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    print "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header><sent>2026-12-07T08:00:00Z</sent></header><itemSet>"
    for (i = 0; i < n; i++) {
      printf "<newsItem guid=\"urn:newsml:example.com:20261207:%d\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\">", i
      printf "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Example\"/><versionCreated>2026-12-07T%02d:%02d:00Z</versionCreated><pubStatus qcode=\"stat:usable\"/></itemMeta>", int(i / 60) % 24, i % 60
      printf "<contentMeta><headline>Port strike in Göteborg enters day %d</headline><language tag=\"en\"/><dateline>GOTHENBURG, Dec 7</dateline>", i
      printf "<subject qcode=\"medtop:20000349\"><name>strike</name></subject></contentMeta>"
      printf "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
      printf "<p>Dock workers kept the port closed for day %d of the strike, and talks with the operators are set to resume on Thursday, the union said.</p>", i
      printf "<p>Ships waited offshore as the harbour master said the backlog would take weeks to clear once work resumed.</p></body></html></inlineXML></contentSet></newsItem>\n"
    }
    print "</itemSet></newsMessage>"
  }'
}

measure() { # name, file, command...
  local name=$1 file=$2
  shift 2
  local bytes t0 t1
  bytes=$(stat -c %s "$file")
  t0=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" "$file" > /dev/null 2> "$work/stderr" || true
  t1=$(date +%s.%N)
  printf '%s: %d bytes, %.2f s (%.0f MB/s), peak RSS %s kB\n' "$name" "$bytes" "$(echo "$t1 - $t0" | bc)" \
    "$(echo "$bytes / ($t1 - $t0) / 1000000" | bc -l)" "$(tail -n 1 "$work/rss")"
}

for items in 28000 280000; do
  message "$items" > "$work/message-$items.xml"
  measure "inspect-$items" "$work/message-$items.xml" "$bin" inspect
  measure "jsonld-$items" "$work/message-$items.xml" "$bin" convert --to jsonld
  rm "$work/message-$items.xml"
done
