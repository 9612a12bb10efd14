#!/usr/bin/env bash
# The attachment model writes the same /panel and /timeseries (every dataset, value for value) on
# 1 process with 1 and 2 threads and on 2 and 3 MPI ranks, remote grandparents' visits crossing
# communities included. Usage: model_ranks_test.sh PATH/TO/attachsim SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
args=(run "$src/experiments/baseline.toml" --set population.communities=4
      --set population.families_per_community=12 --set run.end_days=620
      --set population.remote_grandparent_share=0.5 -q)
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_mpi_yield_when_idle=1
"$bin" "${args[@]}" -o "$dir/t1.h5" --threads 1
"$bin" "${args[@]}" -o "$dir/t2.h5" --threads 2
mpirun --allow-run-as-root --oversubscribe -np 2 "$bin" "${args[@]}" -o "$dir/r2.h5"
mpirun --allow-run-as-root --oversubscribe -np 3 "$bin" "${args[@]}" -o "$dir/r3.h5" --threads 2
/usr/bin/python3 - "$dir" <<'PY'
import sys, h5py, numpy as np
d = sys.argv[1]
ref = h5py.File(f"{d}/t1.h5", "r")
assert ref["panel/person_id"].shape[0] > 50, "too few assessments to compare"
assert ref["timeseries/events_visit"][-1] > 0, "no visits crossed communities"
for name in ["t2", "r2", "r3"]:
    other = h5py.File(f"{d}/{name}.h5", "r")
    for group in ["panel", "timeseries"]:
        for column in ref[group]:
            if not np.array_equal(ref[group][column][()], other[group][column][()]):
                sys.exit(f"FAIL: {name} differs in /{group}/{column}")
    print(f"ok: {name} equals 1 process, 1 thread")
PY
