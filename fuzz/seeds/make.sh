#!/usr/bin/env bash
# Regenerates the generated seeds under fuzz/seeds/ with newswire itself, from the project's own
# fixtures (never from ../shared). Hand-written seeds (named hand-*) are kept. Run from anywhere:
#   fuzz/seeds/make.sh [path/to/newswire]   (default: target/release/newswire, built if missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bin="${1:-target/release/newswire}"
[ -x "$bin" ] || cargo build --release --quiet
seeds=fuzz/seeds
stories=(da-ritzau-nu-flash fr-afp-flash nb-ntb-av-byline it-ansa-urgente-segue ja-kyodo-sokuho-bom)

convert() { # FORMAT INPUT OUTPUT
  "$bin" convert --quiet --to "$1" --stdout "$2" > "$3" 2>/dev/null || rm -f "$3"
}

for target in text json newsml_g2 jsonld atom nitf ninjs iptc7901 anpa1312; do
  format=${target/_/-}
  mkdir -p "$seeds/$target"
  find "$seeds/$target" -name 'gen-*' -delete
  for story in "${stories[@]}"; do
    convert "$format" "fixtures/text/$story.txt" "$seeds/$target/gen-$story"
  done
done
# Each format's own fixtures, read and written again by newswire.
for pair in nitf:nitf ninjs:ninjs iptc7901:iptc7901 anpa1312:anpa1312 newsml12:newsml_g2 rss:atom rss:jsonld; do
  from=${pair%%:*} target=${pair##*:}
  for file in fixtures/"$from"/*; do
    convert "${target/_/-}" "$file" "$seeds/$target/gen-$from-$(basename "${file%.*}")"
  done
done
# The read-only formats: the project's own invented fixtures as they are.
for target in rss newsml12 ap_media reuters_api superdesk zczc email ritzau solita photo; do
  mkdir -p "$seeds/$target"
  find "$seeds/$target" -name 'gen-*' -delete
  for file in fixtures/"$target"/*; do
    cp "$file" "$seeds/$target/gen-$(basename "$file")"
  done
done
# detect: one seed of every reader's.
mkdir -p "$seeds/detect"
find "$seeds/detect" -name 'gen-*' -delete
for target in text json newsml_g2 jsonld atom nitf newsml12 ap_media reuters_api superdesk ninjs rss iptc7901 anpa1312 zczc email ritzau solita photo; do
  first=$(find "$seeds/$target" -type f | sort | head -1)
  cp "$first" "$seeds/detect/gen-$target"
done
echo "seeds: $(find "$seeds" -type f -name 'gen-*' | wc -l) generated, $(find "$seeds" -type f -name 'hand-*' | wc -l) hand-written"
