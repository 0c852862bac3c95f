#!/usr/bin/env bash
# Benchmark: `aftercare validate` on the bundled example, as whole processes, next to
# the floor any Node CLI pays (bare node, and our CLI printing its help: start-up + tsx).
# Reports medians from hyperfine and CPU time from /usr/bin/time. Not a test: run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hyperfine >/dev/null || [ ! -x /usr/bin/time ]; then
  echo "installing hyperfine and time from Debian…" >&2
  apt-get update -qq && apt-get install -y -qq hyperfine time >/dev/null
fi
runs=${RUNS:-20}
hyperfine --warmup 3 --runs "$runs" --export-json /tmp/aftercare-bench.json \
  -n 'node (bare start-up)' 'node -e 0' \
  -n 'aftercare --help (start-up, modules)' 'node bin/aftercare.mjs --help' \
  -n 'aftercare validate' 'node bin/aftercare.mjs validate --quiet' \
  -n 'npm run validate (as the README runs it)' 'npm run -s validate -- --quiet' >/dev/null
node -e '
const r = require("/tmp/aftercare-bench.json").results;
const med = (x) => x.median * 1000;
const base = med(r[0]);
for (const x of r) console.log(`${x.command.padEnd(42)} median ${med(x).toFixed(0).padStart(5)} ms  user+sys ${((x.user + x.system) * 1000).toFixed(0).padStart(5)} ms  ×${(med(x) / base).toFixed(2)} of bare node`);
const v = r[2], h = r[1];
console.log(`the npm launcher adds ${(med(r[3]) - med(v)).toFixed(0)} ms to npm run validate`);
console.log(`validate work beyond start-up: ${(med(v) - med(h)).toFixed(0)} ms median`);
'
echo "one run under /usr/bin/time -v:"
/usr/bin/time -v node bin/aftercare.mjs validate --quiet 2>&1 >/dev/null | grep -E 'User time|System time|Elapsed|Maximum resident'
