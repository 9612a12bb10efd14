#!/usr/bin/env bash
# PHOLD commits the same events (same digests and count) in one process with 1 and 2 threads and
# under MPI with 2 and 3 ranks. Usage: phold_ranks_test.sh PATH/TO/attachsim
set -euo pipefail
bin=$1
args=(phold --lps 257 --start-events 3 --remote 0.3 --end 100 --seed 11)
summary() { grep -E '^(committed_events|digest|state_digest):'; }
mpi() {
  local ranks=$1; shift
  OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_mpi_yield_when_idle=1 \
    mpirun --allow-run-as-root --oversubscribe -np "$ranks" "$@"
}

expected=$("$bin" "${args[@]}" --threads 1 | summary)
echo "single process, 1 thread:"; echo "$expected"
[ -n "$expected" ] || { echo "FAIL: no digest printed"; exit 1; }
check() {
  local name=$1 got=$2
  if [ "$got" != "$expected" ]; then
    echo "FAIL: $name differs:"; echo "$got"; exit 1
  fi
  echo "ok: $name"
}
check "single process, 2 threads" "$("$bin" "${args[@]}" --threads 2 | summary)"
check "2 MPI ranks, 1 thread each" "$(mpi 2 "$bin" "${args[@]}" --threads 1 | summary)"
check "3 MPI ranks, 2 threads each" "$(mpi 3 "$bin" "${args[@]}" --threads 2 | summary)"
