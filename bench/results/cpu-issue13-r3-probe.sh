#!/bin/bash
# As run for BENCHMARKS.md section 4, round 3. /tmp/r3/data held the quick preset's store, serve.nq and
# centers.json (made as for bench/http_bench.py); /tmp/r3/base-src was `git archive 985ecd4`.
# CPU per request of parley serve's main process and its workers: before/after alternating.
for round in 1 2 3; do
  for v in before after; do
    if [ $v = before ]; then SRC=/tmp/r3/base-src; else SRC=/work/wt-1; fi
    rm -rf /tmp/r3/st-ab && cp -r /tmp/r3/data/serve-store /tmp/r3/st-ab
    echo "== $v round $round $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
    (cd $SRC && PYTHONPATH=$SRC timeout 400 /work/wt-1/.venv/bin/python /tmp/r3/cpu.py /tmp/r3/st-ab ${N:-2000} ${KINDS:-ask,select,one_hop_sparql,one_hop})
  done
done
