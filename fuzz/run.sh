#!/usr/bin/env bash
# Builds and runs the fuzz targets on stable Rust without cargo-fuzz (plain libfuzzer-sys, the
# flags cargo-fuzz passes with `-s none`). The same binaries `cargo fuzz run -s none` builds.
#
#   fuzz/run.sh build                       build every target
#   fuzz/run.sh smoke [SECONDS]             build, run every target SECONDS (default 20), FUZZ_JOBS
#                                           (default: the cores) at a time; exit 1 if any crashed
#                                           (CI runs this)
#   fuzz/run.sh run TARGET [SECONDS] [LIBFUZZER_ARGS...]
#                                           build, run one target SECONDS (default 600)
#   fuzz/run.sh repro TARGET FILE...        run the target once on each FILE (a crash to check)
#   fuzz/run.sh tmin TARGET FILE            minimise a crashing FILE (writes minimized-from-*)
#
# Each target reads fuzz/seeds/TARGET (committed, read-only) and grows fuzz/corpus/TARGET (not
# committed); a crash is written to fuzz/artifacts/TARGET/ and the run stops with exit 1. The
# dictionary fuzz/dict/FORMAT.dict of the target's format is used when there is one.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
cd "$fuzz"
triple="$(rustc -vV | sed -n 's/^host: //p')"
export CARGO_TARGET_DIR="$fuzz/target"
bin_dir="$CARGO_TARGET_DIR/$triple/release"
TARGETS=(text json newsml_g2 jsonld atom nitf newsml12 ap_media reuters_api superdesk ninjs rss iptc7901 anpa1312 zczc email ritzau solita photo detect roundtrip html stream)

build() {
  RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
    cargo build --release --target "$triple" --bins
}

# Runs TARGET for SECONDS with the usual options; extra libFuzzer arguments follow.
run_target() {
  local target=$1 seconds=$2
  shift 2
  local dict=()
  [ -f "dict/$target.dict" ] && dict=("-dict=dict/$target.dict")
  mkdir -p "corpus/$target" "artifacts/$target" "seeds/$target"
  "$bin_dir/$target" "corpus/$target" "seeds/$target" "${dict[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="artifacts/$target/" "$@"
}

command=${1:-smoke}
case "$command" in
  build)
    build
    ;;
  smoke)
    seconds=${2:-20}
    lanes=${FUZZ_JOBS:-$(nproc)}
    build
    # Targets run side by side, `lanes` at a time (FUZZ_JOBS, default: one per core); each
    # writes its own log, printed in the targets' order once all are done.
    logs="$(mktemp -d)"
    running=0
    for target in "${TARGETS[@]}"; do
      if [ "$running" -ge "$lanes" ]; then
        wait -n || true
        running=$((running - 1))
      fi
      ( if run_target "$target" "$seconds" > "$logs/$target.log" 2>&1; then
          touch "$logs/$target.ok"
        fi ) &
      running=$((running + 1))
    done
    wait || true
    failed=()
    for target in "${TARGETS[@]}"; do
      printf '\n-- fuzz %s for %ss\n' "$target" "$seconds"
      if [ -f "$logs/$target.ok" ]; then
        grep -E '^(Done|stat::number_of_executed_units)' "$logs/$target.log" || true
      else
        # The panic's own message first (the backtrace after it can push it out of the tail).
        grep -A 6 -m 1 'panicked at' "$logs/$target.log" | cut -c 1-400 || true
        tail -n 40 "$logs/$target.log"
        failed+=("$target")
      fi
    done
    rm -rf "$logs"
    if [ ${#failed[@]} -gt 0 ]; then
      echo "fuzz smoke: crashes in ${failed[*]} (inputs under fuzz/artifacts/)" >&2
      exit 1
    fi
    echo "fuzz smoke: ${#TARGETS[@]} targets, ${lanes} at a time, no crash"
    ;;
  run)
    target=${2:?target}
    seconds=${3:-600}
    shift $(($# < 3 ? $# : 3))
    build
    run_target "$target" "$seconds" "$@"
    ;;
  repro)
    target=${2:?target}
    shift 2
    build
    "$bin_dir/$target" -runs=1 "$@"
    ;;
  tmin)
    target=${2:?target}
    file=${3:?file}
    build
    "$bin_dir/$target" -minimize_crash=1 -max_total_time=60 -exact_artifact_path="$file.min" "$file"
    echo "minimised: $file.min"
    ;;
  *)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac
