#!/usr/bin/env bash
# Builds the fuzz targets with clang in _build-fuzz and runs each for N
# seconds (default 60).  Usage: fuzz/run.sh [SECONDS] [TARGET...]
# New crashes land in _build-fuzz/crashes/TARGET/; the corpus grows in
# _build-fuzz/corpus/TARGET (seeded from fuzz/corpus/FORMAT and from the
# few-MB inputs of make-large-seeds.py).  Inputs may grow to FUZZ_MAX_LEN
# bytes (default 4 MiB); one that takes more than 5 s is a failure, so
# super-linear cases are caught.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=${*:-csv graphml gexf dot pajek dl gml xlsx ods roundtrip}
build=${FUZZ_BUILD:-_build-fuzz}

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Db_lundef=false -Dbuildtype=debugoptimized
fi
meson compile -C "$build" $(for t in $targets; do echo "fuzz/fuzz-$t"; done)
[ -d "$build/large" ] || python3 fuzz/make-large-seeds.py "$build/large"
max_len=${FUZZ_MAX_LEN:-4194304}

status=0
for t in $targets; do
  mkdir -p "$build/corpus/$t" "$build/crashes/$t" "$build/large/$t"
  echo "== fuzz-$t for ${seconds}s"
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$build/fuzz/fuzz-$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 \
    -max_len="$max_len" -artifact_prefix="$build/crashes/$t/" -print_final_stats=1 \
    "$build/corpus/$t" "fuzz/corpus/$t" "$build/large/$t" > "$build/fuzz-$t.log" 2>&1
  result=$?
  set -e
  grep -E '^#[0-9]+[[:space:]]+DONE|==ERROR|SUMMARY|fuzz check failed|stat::(number|new_units|peak)' \
    "$build/fuzz-$t.log" | tail -8
  if [ $result -ne 0 ]; then
    echo "fuzz-$t: FOUND A PROBLEM (exit $result; see $build/fuzz-$t.log and $build/crashes/$t/)"
    status=1
  fi
done
exit $status
