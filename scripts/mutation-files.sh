#!/bin/sh
# Mutation testing one source file at a time: `scripts/mutation-files.sh src/engine/pool.ts models/phone/ivr.ts`.
# Each file is a separate, bounded Stryker run (`npm run mutation -- --mutate <file>`) with an
# incremental file of its own, so a rerun after a new test only tries the mutants that test
# reaches and those that changed. Its JSON report is kept as reports/mutation/runs/<file with
# / as __>.json, its log beside it and its duration in times.txt; `node
# scripts/mutation-summary.mjs` prints the score table over all the files run so far and
# `node scripts/mutation-survivors.mjs reports/mutation/runs/<name>.json` the mutants left alive.
set -u
runs=reports/mutation/runs
mkdir -p "$runs"
for f in "$@"; do
  name=$(printf '%s' "$f" | sed 's#/#__#g')
  start=$(date +%s)
  npx stryker run --mutate "$f" --incrementalFile "$runs/$name.incremental.json" --reporters json,html,clear-text,progress-append-only >"$runs/$name.log" 2>&1
  status=$?
  end=$(date +%s)
  cp reports/mutation/mutation.json "$runs/$name.json" 2>/dev/null
  echo "$f: exit $status, $((end - start)) s" | tee -a "$runs/times.txt"
done
