/**
 * Throughput of the free-text extractor: `extract` + `findConflicts` over the text fixtures
 * repeated to about 2 MB (as one text, so conflicts span the whole of it), median of several
 * runs after a warm-up. Not a test: run by hand.
 *
 *   node_modules/.bin/tsx scripts/bench-audit-text.ts [--mb 2] [--runs 7]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findConflicts } from '../src/text/conflicts.ts';
import { extract } from '../src/text/extract.ts';
import { FIXTURES } from './text-eval.ts';
import { readDocxXml } from '../src/audit/docx.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetBytes = arg('mb', 2) * 1024 * 1024;
const runs = arg('runs', 7);

const fixtures = readdirSync(FIXTURES)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const unit = fixtures.join('\n\n');
const copies = Math.max(1, Math.round(targetBytes / Buffer.byteLength(unit)));
const text = Array.from({ length: copies }, () => unit).join('\n\n');
const chars = text.length;
const bytes = Buffer.byteLength(text);

function once() {
  const start = performance.now();
  const { commitments, blanks } = extract(text);
  const mid = performance.now();
  const conflicts = findConflicts(commitments);
  const end = performance.now();
  return { extractMs: mid - start, conflictMs: end - mid, totalMs: end - start, commitments: commitments.length, blanks: blanks.length, conflicts: conflicts.length };
}

once(); // warm-up (regex compilation, JIT)
const results = Array.from({ length: runs }, once);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = median(results.map((r) => r.totalMs));
const r = results[0]!;
console.log(`text: ${chars.toLocaleString('en')} characters (${(bytes / 1024 / 1024).toFixed(2)} MB UTF-8), ${copies} copies of ${fixtures.length} fixtures`);
console.log(`found: ${r.commitments} commitments, ${r.blanks} blanks, ${r.conflicts} conflicts`);
console.log(`extract        median ${median(results.map((x) => x.extractMs)).toFixed(0).padStart(6)} ms`);
console.log(`findConflicts  median ${median(results.map((x) => x.conflictMs)).toFixed(0).padStart(6)} ms`);
console.log(`total          median ${total.toFixed(0).padStart(6)} ms over ${runs} runs`);
console.log(`throughput     ${Math.round(chars / (total / 1000)).toLocaleString('en')} characters/s (${(bytes / 1024 / 1024 / (total / 1000)).toFixed(2)} MB/s)`);

// Reading Word: the same text as document.xml (paragraphs, and pipe tables as Word tables), parsed by readDocxXml.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (s: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r></w:p>`;
const xmlParts: string[] = [];
let rows: string[] = [];
const flush = () => {
  if (rows.length) xmlParts.push(`<w:tbl>${rows.join('')}</w:tbl>`);
  rows = [];
};
for (const line of text.split('\n')) {
  if (/^\s*\|/.test(line)) {
    if (/^\s*\|\s*:?-{3}/.test(line)) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|');
    rows.push(`<w:tr>${cells.map((c) => `<w:tc>${para(c.trim())}</w:tc>`).join('')}</w:tr>`);
  } else {
    flush();
    xmlParts.push(para(line));
  }
}
flush();
const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xmlParts.join('')}</w:body></w:document>`;
const readOnce = () => {
  const start = performance.now();
  readDocxXml(xml);
  return performance.now() - start;
};
readOnce();
const readMs = median(Array.from({ length: runs }, readOnce));
console.log(`readDocxXml    median ${readMs.toFixed(0).padStart(6)} ms for ${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(2)} MB of document.xml (${(Buffer.byteLength(xml) / 1024 / 1024 / (readMs / 1000)).toFixed(2)} MB/s)`);
