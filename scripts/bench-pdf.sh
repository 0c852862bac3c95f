#!/usr/bin/env bash
# Benchmark: one bid's plan (售后服务方案) as PDF, as whole processes, side by side in ONE
# hyperfine run per size so every tool sees the same machine:
#   aftercare     its own layout on pdf-lib, on the document model saved as JSON (bundled the
#                 way the CLI is): the same input Typst gets, prepared
#   aftercare CLI (1× only) the whole command: content loaded and checked by every rule, the
#                 documents built, the PDF written
#   Typst         npm @myriaddreamin/typst-ts-node-compiler on a Typst rendering of the same
#                 document model (src/render/typst), with the same two fonts
#   pandoc+LO     pandoc Markdown → DOCX, then LibreOffice DOCX → PDF
#   Chromium      pandoc Markdown → HTML (not timed), then Chromium's print-to-PDF
# Sizes: the bundled bid, and the same plan with its body repeated REPEAT times (default 34:
# about 300 pages). Prints medians, ratios against aftercare, peak RSS (/usr/bin/time -v) and
# PDF bytes per page. Not a test: run by hand (`bash scripts/bench-pdf.sh [BID] [REPEAT]`).
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
command -v pandoc >/dev/null || need+=(pandoc)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v chromium >/dev/null || need+=(chromium)
command -v pdfinfo >/dev/null || need+=(poppler-utils)
if ((${#need[@]})); then
  echo "installing ${need[*]} from Debian…" >&2
  sudo=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
bid=${1:-anping-catv-network}
repeat=${2:-34}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run -s build:cli
# The renderer on a saved document model, bundled as the CLI is (no TypeScript at run time).
npx esbuild scripts/render-pdf-model.ts --bundle --platform=node --format=esm --target=node20 --log-level=error \
  --external:linebreak --alias:pdf-lib=pdf-lib/es/index.js --alias:pako=./src/render/pdf/pako-zlib.ts --outfile="$PWD/lib/render-pdf-model.mjs"
chromium_pdf() { chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null; }
export -f chromium_pdf
export work

for size in 1 "$repeat"; do
  dir="$work/x$size"
  npx tsx scripts/bench-pdf-inputs.ts "$bid" "$dir" "$size"
  pandoc "$dir/doc.md" -s --metadata title=plan -o "$dir/doc.html"
  # aftercare from the document model, as Typst compiles a prepared file; at 1× also the whole
  # command a bid writer runs (content loaded and checked by all rules, documents built, PDF).
  ours="node lib/render-pdf-model.mjs $dir/doc.json $dir/a.pdf"
  cli="node bin/aftercare.mjs proposal $bid --format pdf --out $dir/cli.pdf"
  typst="node scripts/typst-compile.mjs $dir/doc.typ $dir/t.pdf"
  lo="bash -c 'pandoc $dir/doc.md -o $dir/p.docx && soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir $dir $dir/p.docx >/dev/null 2>&1'"
  chrome="bash -c 'chromium_pdf $dir/doc.html $dir/c.pdf'"
  rows=(-n aftercare "$ours")
  runs=("aftercare:$ours:a.pdf")
  if [ "$size" = 1 ]; then rows+=(-n "aftercare CLI" "$cli"); runs+=("aftercare CLI:$cli:cli.pdf"); fi
  rows+=(-n Typst "$typst" -n "pandoc+LibreOffice" "$lo" -n Chromium "$chrome")
  runs+=("Typst:$typst:t.pdf" "pandoc+LibreOffice:$lo:p.pdf" "Chromium:$chrome:c.pdf")
  eval "$ours"; eval "$cli" 2>/dev/null; eval "$lo"; eval "$chrome" # warm caches, code caches and profiles
  hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$dir/r.json" "${rows[@]}" >/dev/null 2>&1
  echo "== $bid plan ×$size: $(pdfinfo "$dir/a.pdf" | awk '/Pages/ {print $2}') pages (aftercare)"
  node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).results;
    const ours = r[0].median;
    for (const x of r) console.log(`  ${x.command.padEnd(20)} median ${(x.median * 1000).toFixed(0).padStart(6)} ms  ×${(x.median / ours).toFixed(2)} aftercare`);' "$dir/r.json"
  for pair in "${runs[@]}"; do
    name=${pair%%:*}; rest=${pair#*:}; cmd=${rest%:*}; file=${rest##*:}
    /usr/bin/time -v -o "$work/time.txt" bash -c "$cmd" >/dev/null 2>&1 || true
    rss=$(awk '/Maximum resident/ {print $6}' "$work/time.txt")
    pages=$(pdfinfo "$dir/$file" 2>/dev/null | awk '/Pages/ {print $2}')
    bytes=$(stat -c %s "$dir/$file")
    echo "  $(printf '%-20s' "$name") peak RSS $(printf '%4d' $(( ${rss:-0} / 1024 ))) MB  $(printf '%4d' "$pages") pages  $(printf '%7d' $(( bytes / pages ))) bytes/page"
  done
done
