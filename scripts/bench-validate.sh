#!/usr/bin/env bash
# Benchmark: `aftercare validate` on the bundled example, as whole processes, next to the
# floor any Node CLI pays (`node -e 0`), in ONE hyperfine run so both see the same machine.
# Prints medians, CPU (user+sys) and the ratio validate/node; then user+sys CPU and peak RSS
# from /usr/bin/time -v (medians of several runs). Not a test: run by hand (`npm run bench`).
# On a shared machine, wall-clock medians are noisy; CPU time is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null || [ ! -x /usr/bin/time ]; then
  echo "installing hyperfine and time from Debian…" >&2
  apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null
fi
npm run -s build:cli
node bin/aftercare.mjs validate --quiet >/dev/null   # writes the code cache, as any first run does
runs=${RUNS:-30}
json=$(mktemp)
trap 'rm -f "$json"' EXIT
hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" \
  -n 'node -e 0' 'node -e 0' \
  -n 'aftercare validate' 'node bin/aftercare.mjs validate --quiet' \
  -n 'aftercare --help' 'node bin/aftercare.mjs --help' \
  -n 'aftercare validate, no code cache' 'env AFTERCARE_NO_CODE_CACHE=1 node bin/aftercare.mjs validate --quiet' \
  -n 'npm run validate' 'npm run -s validate -- --quiet' >/dev/null
node -e '
const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).results;
const med = (x) => x.median * 1000, cpu = (x) => (x.user + x.system) * 1000;
const [node, validate] = r;
console.log(`hyperfine, ${r[0].times.length} runs each (medians; user+sys is the mean CPU per run):`);
for (const x of r) console.log(`  ${x.command.padEnd(34)} median ${med(x).toFixed(0).padStart(5)} ms   user+sys ${cpu(x).toFixed(0).padStart(5)} ms   ×${(med(x) / med(node)).toFixed(2)} of node -e 0`);
console.log(`ratio validate/node: ${(med(validate) / med(node)).toFixed(2)} (wall median), ${(cpu(validate) / cpu(node)).toFixed(2)} (CPU)`);
' "$json"
echo "/usr/bin/time -v, median of 7 runs each:"
for cmd in 'node -e 0' 'node bin/aftercare.mjs validate --quiet'; do
  for _ in 1 2 3 4 5 6 7; do
    /usr/bin/time -v $cmd 2>&1 >/dev/null | awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {m=$2} END {printf "%d %d\n", (u+s)*1000, m/1024}'
  done | sort -n | awk -v cmd="$cmd" '{c[NR]=$1; m[NR]=$2} END {printf "  %-40s user+sys %5d ms   peak RSS %4d MB\n", cmd, c[4], m[4]}'
done
