#!/usr/bin/env bash
# `attachsim info` summarises an output file (written here by the io tests' table writer), prints
# the config with --config, and fails with a message for a missing file.
# Usage: info_command_test.sh PATH/TO/attachsim PATH/TO/io_table_writer
set -euo pipefail
bin=$1
writer=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$writer" "$dir/run.h5" 1200
out=$("$bin" info "$dir/run.h5")
echo "$out"
expect() {
  grep -qxF -- "$1" <<<"$out" || { echo "FAIL: missing line: $1"; exit 1; }
  echo "ok: $1"
}
expect "format: attachsim"
expect "seed: 7"
expect "/panel: 1200 rows"
expect "  category    int8     -       observed category [codes B,A,C,D]"
expect "    self_report: B 100 A 100 C 100 D 100"

"$bin" info --config "$dir/run.h5" | tail -1 | grep -qxF "seed = 7" ||
  { echo "FAIL: --config does not print the config"; exit 1; }
echo "ok: --config"

if "$bin" info "$dir/absent.h5" 2>"$dir/err"; then
  echo "FAIL: a missing file succeeded"; exit 1
fi
grep -qF "attachsim: error: cannot read $dir/absent.h5: no such file" "$dir/err" ||
  { echo "FAIL: unexpected message: $(cat "$dir/err")"; exit 1; }
echo "ok: missing file"
