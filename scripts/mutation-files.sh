#!/bin/sh
# Mutation testing one source file at a time: `scripts/mutation-files.sh src/engine/pool.ts models/phone/ivr.ts`.
# Each file is a separate, bounded Stryker run (`npm run mutation -- --mutate <file>`); its JSON
# report is kept as reports/mutation/runs/<file with / as __>.json and its log beside it, and
# `node scripts/mutation-summary.mjs` prints the score table over all the files run so far.
set -u
mkdir -p reports/mutation/runs
for f in "$@"; do
  name=$(printf '%s' "$f" | sed 's#/#__#g')
  start=$(date +%s)
  npx stryker run --mutate "$f" --reporters json,html,clear-text >"reports/mutation/runs/$name.log" 2>&1
  status=$?
  end=$(date +%s)
  cp reports/mutation/mutation.json "reports/mutation/runs/$name.json" 2>/dev/null
  echo "$f: exit $status, $((end - start)) s" | tee -a reports/mutation/runs/times.txt
done
