/**
 * `aftercare build`'s documents and `aftercare document KIND BID`: builds the document model
 * for each bid and renders it, writing every file atomically and only once the content and
 * the templates have no error, so a failed build never leaves a half-written document where
 * a good one was. Prints what it wrote with sizes; progress when it runs past a second.
 */
import { join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatBytes } from '../files/read-bounded.ts';
import { writeAtomic } from '../export/write-atomic.ts';
import type { DocumentKind } from '../document/index.ts';
import type { Locale } from '../document/nodes.ts';
import type { Model } from '../model/model.ts';
import { documentsOf, fileOf, FORMATS, type Format, LOCALES, type ManifestEntry, manifestEntry, render } from '../render/outputs.ts';

export interface Written {
  entries: ManifestEntry[];
  diagnostics: Diagnostic[];
}

/** Every document of every bid, both languages, every format, into `dir`, with manifest.json. */
export async function writeAllDocuments(model: Model, dir: string, root: string): Promise<Written> {
  const jobs: { bid: (typeof model.bids)[number]; locale: Locale }[] = model.bids.flatMap((bid) => LOCALES.map((locale) => ({ bid, locale })));
  const diagnostics: Diagnostic[] = [];
  const rendered: { file: string; bytes: Uint8Array; entry: ManifestEntry }[] = [];
  const started = Date.now();
  const total = jobs.length * FORMATS.length;
  let done = 0;
  for (const { bid, locale } of jobs) {
    const r = documentsOf(model, bid, locale);
    for (const d of r.diagnostics) diagnostics.push(d);
    for (const doc of r.documents) {
      for (const format of FORMATS) {
        const bytes = await render(doc, format);
        rendered.push({ file: fileOf(doc, format), bytes, entry: manifestEntry(doc, format, bytes) });
      }
    }
    done += FORMATS.length;
    if (Date.now() - started > 1000 && process.stderr.isTTY) process.stderr.write(`\raftercare: documents ${done}/${total}`);
  }
  if (process.stderr.isTTY && Date.now() - started > 1000) process.stderr.write('\n');
  // Nothing is written while any template failed.
  if (diagnostics.some((d) => d.severity === 'error')) return { entries: [], diagnostics };
  for (const r of rendered) writeAtomic(join(dir, r.file), r.bytes);
  const entries = rendered.map((r) => r.entry);
  writeAtomic(join(dir, 'manifest.json'), `${JSON.stringify({ documents: entries }, null, 2)}\n`);
  const size = entries.reduce((a, e) => a + e.bytes, 0);
  process.stderr.write(`aftercare: wrote ${entries.length} documents (${formatBytes(size)}) and manifest.json in ${relative(root, dir) || '.'}/\n`);
  return { entries, diagnostics };
}

/** One document of one bid (for a syllabus, the course's: `part`), to `out`. */
export async function writeOneDocument(model: Model, kind: DocumentKind, bidId: string, locale: Locale, format: Format, out: string, part?: string): Promise<Written> {
  const bid = model.bids.find((b) => b.entry.id === bidId)!;
  const r = documentsOf(model, bid, locale, [kind]);
  if (r.diagnostics.some((d) => d.severity === 'error')) return { entries: [], diagnostics: r.diagnostics };
  const doc = r.documents.find((d) => d.meta.part === part)!;
  const bytes = await render(doc, format);
  writeAtomic(out, bytes);
  process.stderr.write(`aftercare: wrote ${out} (${formatBytes(bytes.length)})\n`);
  return { entries: [manifestEntry(doc, format, bytes)], diagnostics: r.diagnostics };
}
