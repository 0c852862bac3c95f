#!/usr/bin/env bash
# Benchmark: writing one bid's after-sales plan as DOCX, as whole processes, side by side with
# what bid writers use today — pandoc converting the same document (its Markdown, written by
# `aftercare proposal --format md` from the same document model) — in ONE hyperfine run so
# both see the same machine. Prints medians and the ratio aftercare/pandoc, then peak RSS
# from /usr/bin/time -v. Not a test: run by hand (`bash scripts/bench-docx.sh [BID]`).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
command -v pandoc >/dev/null || need+=(pandoc)
if ((${#need[@]})); then
  echo "installing ${need[*]} from Debian…" >&2
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
bid=${1:-city-hospital-security}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run -s build:cli
node bin/aftercare.mjs proposal "$bid" --format md --out "$work/plan.md" 2>/dev/null
node bin/aftercare.mjs proposal "$bid" --format docx --out "$work/warm.docx" 2>/dev/null # writes the code cache
hyperfine -N --warmup 2 --runs "${RUNS:-10}" --export-json "$work/r.json" \
  -n 'aftercare proposal --format docx' "node bin/aftercare.mjs proposal $bid --format docx --out $work/a.docx" \
  -n 'pandoc plan.md -o plan.docx' "pandoc $work/plan.md -o $work/p.docx" >/dev/null
node -e '
const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).results;
const med = (x) => x.median * 1000;
for (const x of r) console.log(`  ${x.command.padEnd(34)} median ${med(x).toFixed(0).padStart(6)} ms`);
console.log(`ratio aftercare/pandoc: ${(med(r[0]) / med(r[1])).toFixed(2)} (wall median)`);' "$work/r.json"
for cmd in "node bin/aftercare.mjs proposal $bid --format docx --out $work/a.docx" "pandoc $work/plan.md -o $work/p.docx"; do
  /usr/bin/time -v -o "$work/time.txt" $cmd >/dev/null 2>&1
  rss=$(awk '/Maximum resident/ {print $6}' "$work/time.txt")
  echo "  peak RSS $(( ${rss:-0} / 1024 )) MB  $cmd" | sed "s|$work/||g"
done
