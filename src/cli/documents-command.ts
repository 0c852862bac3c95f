/**
 * `aftercare build`'s documents and `aftercare document KIND BID`: builds the document model
 * for each bid and renders it, writing every file atomically and only once the content and
 * the templates have no error, so a failed build never leaves a half-written document where
 * a good one was. Prints what it wrote with sizes; on a terminal, progress (files done / total)
 * once it runs past a second.
 */
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { UsageInvalidArguments } from '../diagnostics/catalogue.ts';
import { usageError } from './usage-error.ts';
import { formatBytes } from '../files/read-bounded.ts';
import { writeAtomic } from '../export/write-atomic.ts';
import type { DocumentKind } from '../document/index.ts';
import type { Locale } from '../document/nodes.ts';
import type { Model } from '../model/model.ts';
import { cutWarnings, documentsOf, fileOf, FORMATS, type Format, LOCALES, type ManifestEntry, manifestEntry, renderDocument } from '../render/outputs.ts';

export interface Written {
  entries: ManifestEntry[];
  diagnostics: Diagnostic[];
}

/** Every document of every bid, both languages, every format, into `dir`, with manifest.json. */
export async function writeAllDocuments(model: Model, dir: string, root: string): Promise<Written> {
  const diagnostics: Diagnostic[] = [];
  // The document models first (quick), so the progress counts real files.
  const documents = model.bids.flatMap((bid) =>
    LOCALES.flatMap((locale) => {
      const r = documentsOf(model, bid, locale, undefined, FORMATS);
      for (const d of r.diagnostics) diagnostics.push(d);
      return r.documents;
    }),
  );
  // Nothing is written while any template failed or a 暗标 volume leaks.
  if (diagnostics.some((d) => d.severity === 'error')) return { entries: [], diagnostics };
  const rendered: { file: string; bytes: Uint8Array; entry: ManifestEntry }[] = [];
  const started = Date.now();
  const total = documents.length * FORMATS.length;
  const progress = process.stderr.isTTY === true;
  for (const doc of documents) {
    for (const format of FORMATS) {
      const { bytes, cut } = await renderDocument(doc, format);
      for (const d of cutWarnings(model, doc, cut)) diagnostics.push(d);
      rendered.push({ file: fileOf(doc, format), bytes, entry: manifestEntry(doc, format, bytes) });
      if (progress && Date.now() - started > 1000) process.stderr.write(`\raftercare: documents ${rendered.length}/${total}`);
    }
  }
  if (progress && Date.now() - started > 1000) process.stderr.write('\n');
  for (const r of rendered) writeAtomic(join(dir, r.file), r.bytes);
  const entries = rendered.map((r) => r.entry);
  writeAtomic(join(dir, 'manifest.json'), `${JSON.stringify({ documents: entries }, null, 2)}\n`);
  const size = entries.reduce((a, e) => a + e.bytes, 0);
  process.stderr.write(`aftercare: wrote ${documents.length} documents as ${entries.length} files (${formatBytes(size)}) and manifest.json in ${relative(root, dir) || '.'}/\n${listing(entries)}`);
  return { entries, diagnostics };
}

/** Items by key, keys in first-seen order (Map.groupBy is Node 21+). */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * What was written, a line per document with each language and format and its size:
 *   city-hospital-security
 *     proposal            zh.docx 47 KB · zh.md 14 KB · en.docx 46 KB · en.md 15 KB
 */
function listing(entries: readonly ManifestEntry[]): string {
  const lines: string[] = [];
  const byBid = groupBy(entries, (e) => e.bid);
  for (const [bid, list] of byBid) {
    lines.push(`  ${bid}`);
    const byName = groupBy(list, (e) => (e.part ? `${e.kind}-${e.part}` : e.kind));
    const width = Math.max(...[...byName.keys()].map((k) => k.length));
    for (const [name, files] of byName) lines.push(`    ${name.padEnd(width)}  ${files.map((f) => `${f.language}.${f.format} ${formatBytes(f.bytes)}`).join(' · ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One document of one bid (for a syllabus, the course's: `part`), to `out`. */
export async function writeOneDocument(model: Model, kind: DocumentKind, bidId: string, locale: Locale, format: Format, out: string, part?: string): Promise<Written> {
  const bid = model.bids.find((b) => b.entry.id === bidId)!;
  const r = documentsOf(model, bid, locale, [kind], [format]);
  if (r.diagnostics.some((d) => d.severity === 'error')) return { entries: [], diagnostics: r.diagnostics };
  const doc = r.documents.find((d) => d.meta.part === part);
  // A year plan of a bid that maintains no system: nothing to put in one.
  if (!doc) throw usageError(UsageInvalidArguments, { reason: `bid "${bidId}" has no ${kind}: the content gives it nothing to hold` });
  const { bytes, cut } = await renderDocument(doc, format);
  writeAtomic(out, bytes);
  process.stderr.write(`aftercare: wrote ${out} (${formatBytes(bytes.length)})\n`);
  return { entries: [manifestEntry(doc, format, bytes)], diagnostics: [...r.diagnostics, ...cutWarnings(model, doc, cut)] };
}
