#!/usr/bin/env bash
# Benchmark: writing every DOCX of one bid (the plan, its 暗标 volume, the letter, the deviation
# table, the warranty certificate, the service manual and a syllabus per course), as whole
# processes, side by side with what bid writers use today — pandoc converting the same
# documents (their Markdown, written by `aftercare … --format md` from the same document
# models) — in ONE hyperfine run so both see the same machine. Prints medians and the ratio
# aftercare/pandoc, then peak RSS of the largest single process of each (the plan) from
# /usr/bin/time -v. Not a test: run by hand (`bash scripts/bench-docx.sh [BID]`).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
command -v pandoc >/dev/null || need+=(pandoc)
if ((${#need[@]})); then
  echo "installing ${need[*]} from Debian…" >&2
  sudo=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
bid=${1:-city-hospital-security}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run -s build:cli
# One command line per document: kind, and the course for a syllabus.
courses=$(node -e 'const y=require("node:fs").readFileSync(process.argv[1],"utf8"); const m=/courses:\s*\[([^\]]*)\]/.exec(y); console.log(m?m[1].replace(/[ ,]+/g," ").trim():"")' "content/bids/$bid.yaml")
jobs=()
for kind in proposal proposal-anonymous letter deviation warranty-certificate manual; do jobs+=("$kind $bid"); done
for c in $courses; do jobs+=("syllabus $bid --course $c"); done
aftercare="$work/aftercare.sh"
pandoc_all="$work/pandoc.sh"
: >"$aftercare"
: >"$pandoc_all"
i=0
for j in "${jobs[@]}"; do
  i=$((i + 1))
  node bin/aftercare.mjs $j --format md --out "$work/$i.md" 2>/dev/null
  echo "node bin/aftercare.mjs $j --format docx --out $work/a$i.docx 2>/dev/null" >>"$aftercare"
  echo "pandoc $work/$i.md -o $work/p$i.docx" >>"$pandoc_all"
done
bash "$aftercare" # writes the code cache
echo "$i documents of bid $bid"
hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$work/r.json" \
  -n "aftercare: $i DOCX" "bash $aftercare" \
  -n "pandoc: the same $i as Markdown → DOCX" "bash $pandoc_all" >/dev/null
node -e '
const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).results;
const med = (x) => x.median * 1000;
for (const x of r) console.log(`  ${x.command.padEnd(44)} median ${med(x).toFixed(0).padStart(6)} ms`);
console.log(`ratio aftercare/pandoc: ${(med(r[0]) / med(r[1])).toFixed(2)} (wall median)`);' "$work/r.json"
for cmd in "node bin/aftercare.mjs proposal $bid --format docx --out $work/a.docx" "pandoc $work/1.md -o $work/p.docx"; do
  /usr/bin/time -v -o "$work/time.txt" $cmd >/dev/null 2>&1
  rss=$(awk '/Maximum resident/ {print $6}' "$work/time.txt")
  echo "  peak RSS $(( ${rss:-0} / 1024 )) MB  $cmd" | sed "s|$work/||g"
done
