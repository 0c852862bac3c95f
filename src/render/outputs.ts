/**
 * Every document of every bid, in both languages and every format, as files with a
 * manifest: what `aftercare build` writes to out/downloads/ (and the site publishes as
 * dist/downloads/). Template errors are diagnostics, returned before anything is written.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { DocumentAnonymityLeak, DocumentCutWord, DocumentMissingGlyph, diagnosticFor } from '../diagnostics/catalogue.ts';
import { TemplateRenderer } from '../doc/templates.ts';
import { identifyingTexts, leaksOf } from '../document/anonymity.ts';
import { buildDocuments, DOCUMENT_KINDS, type DocumentKind } from '../document/index.ts';
import type { Document, Locale } from '../document/nodes.ts';
import type { BidNode, Model } from '../model/model.ts';
import { firstPlaceOf } from './first-place.ts';
import { stampDate } from './stamp-date.ts';
import { BUNDLED_NAMES } from './pdf/fonts.ts';
import { missingGlyphs } from './pdf/glyphs.ts';
import { printFonts } from './pdf/print-fonts.ts';

export const FORMATS = ['docx', 'pdf', 'md'] as const;
export type Format = (typeof FORMATS)[number];
export const LOCALES: readonly Locale[] = ['zh', 'en'];

export interface Output {
  /** Path under the downloads folder (see fileOf). */
  path: string;
  kind: DocumentKind;
  bid: string;
  language: Locale;
  format: Format;
  bytes: Uint8Array;
}

export interface ManifestEntry {
  file: string;
  kind: DocumentKind;
  /** The course of a syllabus. */
  part?: string;
  bid: string;
  language: Locale;
  format: Format;
  title: string;
  bytes: number;
  sha256: string;
}

/**
 * The documents of one bid in one language, with the template prose each takes. When they
 * are to be written as PDF (`formats`), every character is checked against the embedded fonts.
 */
export function documentsOf(
  model: Model,
  bid: BidNode,
  locale: Locale,
  kinds: readonly DocumentKind[] = DOCUMENT_KINDS,
  formats: readonly Format[] = [],
): { documents: Document[]; diagnostics: Diagnostic[] } {
  const renderer = new TemplateRenderer(model);
  const diagnostics: Diagnostic[] = [];
  const letterTemplate = model.templates.find((t) => t.locale === locale && basename(t.file) === 'commitment-letter.hbs');
  let letter: string | undefined;
  if (letterTemplate && kinds.includes('letter')) {
    const r = renderer.render(letterTemplate, bid);
    for (const d of r.diagnostics) diagnostics.push(d);
    letter = r.text;
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { documents: [], diagnostics };
  const documents = kinds.flatMap((k) => buildDocuments(k, model, bid, locale, { letter }));
  // A 暗标 volume is checked on its own rendered text: nothing is written while it names the bidder.
  const identifying = model.organisation ? identifyingTexts(model.organisation) : [];
  for (const doc of documents.filter((d) => d.meta.kind === 'proposal-anonymous')) {
    for (const leak of leaksOf(doc, identifying)) diagnostics.push(diagnosticFor(DocumentAnonymityLeak, leak.at, { bid: bid.entry.id, what: leak.what, text: leak.text, where: leak.where }));
  }
  if (formats.includes('pdf')) {
    // Printed in the organisation's own fonts where it names good ones; every character checked against them.
    const print = printFonts(model);
    for (const d of print.diagnostics) diagnostics.push(d);
    if (print.diagnostics.length) return { documents: [], diagnostics };
    const fontNames = (['body', 'bold'] as const).map((f) => (print.fonts?.[f] ? basename(print.fonts[f].file) : BUNDLED_NAMES[f])).join(', ');
    for (const doc of documents) {
      if (print.fonts && Object.keys(print.fonts).length) doc.meta.fonts = print.fonts;
      for (const m of missingGlyphs(doc)) {
        const code = `U+${m.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        const at = firstPlaceOf(model, bid, m.char) ?? bid.entry.locate([]);
        diagnostics.push(diagnosticFor(DocumentMissingGlyph, at, { bid: bid.entry.id, document: nameOf(doc), char: m.char, code, where: m.where, fonts: fontNames }));
      }
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { documents: [], diagnostics };
  return { documents, diagnostics };
}

/** A document in a format, with what its layout had to make do with (the PDF's words cut inside). */
export async function renderDocument(doc: Document, format: Format): Promise<{ bytes: Uint8Array; cut: string[] }> {
  switch (format) {
    // Each renderer loaded when first asked for: a PDF-only run never loads docx, nor a DOCX run pdf-lib and the fonts.
    case 'docx':
      return { bytes: await (await import('./docx/render-docx.ts')).renderDocx(doc, stampDate(doc.meta.date)), cut: [] };
    case 'pdf':
      return (await import('./pdf/render-pdf.ts')).renderPdf(doc, stampDate(doc.meta.date));
    case 'md':
      return { bytes: new TextEncoder().encode((await import('./markdown/render-markdown.ts')).renderMarkdown(doc)), cut: [] };
  }
}

export const render = async (doc: Document, format: Format): Promise<Uint8Array> => (await renderDocument(doc, format)).bytes;

/** Warnings for the pieces a PDF's layout cut inside a word, each where it stands in the content (else at the bid). */
export function cutWarnings(model: Model, doc: Document, cut: readonly string[]): Diagnostic[] {
  const bid = model.bids.find((b) => b.entry.id === doc.meta.bid);
  if (!bid) return [];
  return cut.map((text) =>
    diagnosticFor(DocumentCutWord, firstPlaceOf(model, bid, text.trim()) ?? bid.entry.locate([]), { bid: bid.entry.id, document: nameOf(doc), text: text.length > 60 ? `${text.slice(0, 57)}…` : text }),
  );
}

/** A document as messages name it: proposal.zh, syllabus-operator.en. */
const nameOf = (doc: Document) => `${doc.meta.kind}${doc.meta.part ? `-${doc.meta.part}` : ''}.${doc.meta.locale}`;

/** <bid>/<kind>.<locale>.<format>, or <bid>/<kind>-<part>.<locale>.<format> for one of several. */
export const fileOf = (doc: Document, format: Format) => `${doc.meta.bid}/${nameOf(doc)}.${format}`;

export function manifestEntry(doc: Document, format: Format, bytes: Uint8Array): ManifestEntry {
  return {
    file: fileOf(doc, format),
    kind: doc.meta.kind as DocumentKind,
    ...(doc.meta.part ? { part: doc.meta.part } : {}),
    bid: doc.meta.bid,
    language: doc.meta.locale,
    format,
    title: doc.meta.title,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
