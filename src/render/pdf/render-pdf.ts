/**
 * The PDF painter: the only module that calls pdf-lib. It carries out the page frames the
 * pure layout made (layout/pages.ts) — text, rules, links — embeds the two faces subset to
 * the characters used, and adds what a reader navigates by: document info, the outline
 * (bookmarks mirroring the headings) and the contents' links. Same document, same bytes:
 * fixed dates (the document's date, or SOURCE_DATE_EPOCH), a fixed producer, and an /ID
 * hashed from the content.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import {
  type PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setCharacterSpacing,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { Document } from '../../document/nodes.ts';
import type { Face } from '../../layout/metrics.ts';
import { layoutDocument, PAGE_HEIGHT, PAGE_WIDTH, type HeadingPlace, type Layout } from '../../layout/pages.ts';
import { loadFace, metricsOf } from './fonts.ts';

const FACES: readonly Face[] = ['body', 'bold'];

// pdf-lib compresses every stream with pako, zlib written in JavaScript: the slowest step of a
// save. Node's own zlib writes the same format (and the same bytes for the same input) in a
// fraction of the time.
const require = createRequire(import.meta.url);
const pako = createRequire(require.resolve('pdf-lib'))('pako') as { deflate(data: Uint8Array): Uint8Array };
pako.deflate = (data: Uint8Array) => deflateSync(data);

let fonts: ReturnType<typeof fontsNow> | undefined;
const fontsNow = () => ({ body: metricsOf('body'), bold: metricsOf('bold') });

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters no embedded font has: they are set as spaces, and the caller reports them. */
  missing: string[];
  pages: number;
}

/** The document laid out (for tests and the page-frame checks). */
export function layoutOf(doc: Document): Layout {
  fonts ??= fontsNow();
  return layoutDocument(doc, fonts);
}

export async function renderPdf(doc: Document, created: Date): Promise<PdfResult> {
  const layout = layoutOf(doc);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // pdf-lib parses the font bytes it is given; hand it the font already parsed instead.
  pdf.registerFontkit({ create: (bytes: Uint8Array) => FACES.map(loadFace).find((f) => f.bytes === bytes)!.font } as never);
  const embedded = {} as Record<Face, PDFFont>;
  for (const face of FACES) {
    embedded[face] = await pdf.embedFont(loadFace(face).bytes, { subset: true });
    byCodePoint(embedded[face]);
  }

  const pages = layout.pages.map((frame) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    paint(page, frame.ops, embedded);
    return page;
  });
  addLinks(pdf, pages, layout);
  addOutline(pdf, pages, layout.headings);

  const m = doc.meta;
  pdf.setTitle(m.title, { showInWindowTitleBar: true });
  pdf.setAuthor(m.author);
  pdf.setSubject(m.subject);
  pdf.setKeywords(m.keywords);
  pdf.setProducer('aftercare');
  pdf.setCreator('aftercare');
  pdf.setCreationDate(created);
  pdf.setModificationDate(created);
  pdf.setLanguage(m.locale === 'zh' ? 'zh-CN' : 'en-GB');
  // The file's identity: a hash of what it shows, so the same content gives the same bytes.
  const id = createHash('sha256').update(JSON.stringify([m, layout.pages])).digest('hex').slice(0, 32);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await pdf.save({ useObjectStreams: true });
  return { bytes, missing: [...layout.missing], pages: layout.pages.length };
}

interface SubsetEmbedder {
  font: { glyphForCodePoint(cp: number): { id: number } };
  subset: { includeGlyph(glyph: unknown): number };
  glyphs: unknown[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  encodeText(text: string): PDFHexString;
}

/**
 * Text encoded character by character, each to its font's glyph, as the layout measured it:
 * pdf-lib's own encoder shapes every string with the font's OpenType tables (the slowest part
 * of writing a PDF, and glyph choices the layout never measured).
 */
function byCodePoint(font: PDFFont) {
  const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
  const codes = new Map<number, string>();
  embedder.encodeText = (text: string) => {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let code = codes.get(cp);
      if (code === undefined) {
        const glyph = embedder.font.glyphForCodePoint(cp);
        const id = embedder.subset.includeGlyph(glyph);
        embedder.glyphs[id - 1] = glyph;
        embedder.glyphIdMap.set(glyph.id, id);
        embedder.glyphCache.invalidate();
        code = id.toString(16).padStart(4, '0');
        codes.set(cp, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  };
}

function paint(page: PDFPage, ops: Layout['pages'][number]['ops'], embedded: Record<Face, PDFFont>) {
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        if (op.charSpacing) page.pushOperators(pushGraphicsState(), setCharacterSpacing(op.charSpacing));
        page.drawText(op.text, { x: op.x, y: PAGE_HEIGHT - op.y, size: op.size, font: embedded[op.face], color: rgb(0, 0, 0) });
        if (op.charSpacing) page.pushOperators(popGraphicsState());
        break;
      case 'rule':
        page.drawLine({ start: { x: op.x1, y: PAGE_HEIGHT - op.y1 }, end: { x: op.x2, y: PAGE_HEIGHT - op.y2 }, thickness: op.width, color: rgb(0, 0, 0) });
        break;
      case 'link':
        break; // added with the pages' references known (addLinks)
    }
  }
}

/** A destination: the page, at the heading's top. */
const destination = (pdf: PDFDocument, page: PDFPage, y: number) =>
  pdf.context.obj([page.ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(PAGE_HEIGHT - y + 4), PDFNumber.of(0)]);

/** The contents' entries as links to their headings. */
function addLinks(pdf: PDFDocument, pages: PDFPage[], layout: Layout) {
  const at = new Map(layout.headings.map((h) => [h.id, h]));
  layout.pages.forEach((frame, n) => {
    for (const op of frame.ops) {
      if (op.kind !== 'link') continue;
      const h = at.get(op.to);
      if (!h) continue;
      const annot = pdf.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [op.x, PAGE_HEIGHT - op.y - op.h, op.x + op.w, PAGE_HEIGHT - op.y],
        Border: [0, 0, 0],
        Dest: destination(pdf, pages[h.page - 1]!, h.y),
      });
      pages[n]!.node.addAnnot(pdf.context.register(annot));
    }
  });
}

/** Bookmarks mirroring the headings, nested by level. */
function addOutline(pdf: PDFDocument, pages: PDFPage[], headings: readonly HeadingPlace[]) {
  if (!headings.length) return;
  const root = pdf.context.obj({ Type: 'Outlines' }) as PDFDict;
  const rootRef = pdf.context.register(root);
  interface Node {
    ref: PDFRef;
    dict: PDFDict;
    level: number;
    children: Node[];
  }
  const top: Node[] = [];
  const stack: Node[] = [];
  for (const h of headings) {
    const dict = pdf.context.obj({ Title: PDFHexString.fromText(h.text), Dest: destination(pdf, pages[h.page - 1]!, h.y) }) as PDFDict;
    const node: Node = { ref: pdf.context.register(dict), dict, level: h.level, children: [] };
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : top).push(node);
    stack.push(node);
  }
  const link = (parent: PDFRef, parentDict: PDFDict, nodes: Node[]): number => {
    let count = 0;
    nodes.forEach((node, i) => {
      node.dict.set(PDFName.of('Parent'), parent);
      if (i > 0) node.dict.set(PDFName.of('Prev'), nodes[i - 1]!.ref);
      if (i < nodes.length - 1) node.dict.set(PDFName.of('Next'), nodes[i + 1]!.ref);
      const below = link(node.ref, node.dict, node.children);
      // Chapters open, deeper levels closed (a negative count).
      if (node.children.length) node.dict.set(PDFName.of('Count'), PDFNumber.of(node.level === 1 ? below : -below));
      count += 1 + (node.level === 1 ? below : 0);
    });
    if (nodes.length) {
      parentDict.set(PDFName.of('First'), nodes[0]!.ref);
      parentDict.set(PDFName.of('Last'), nodes[nodes.length - 1]!.ref);
    }
    return count;
  };
  root.set(PDFName.of('Count'), PDFNumber.of(link(rootRef, root, top)));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
