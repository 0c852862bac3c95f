/**
 * The PDF painter: the only module that calls pdf-lib. It carries out the page frames the
 * pure layout made (layout/pages.ts) — text and rules as compact content streams (content.ts),
 * links — embeds the two faces subset to the characters used (embed-font.ts), and adds what a reader navigates by: document info, the outline
 * (bookmarks mirroring the headings) and the contents' links. Same document, same bytes:
 * fixed dates (the document's date, or SOURCE_DATE_EPOCH), a fixed producer, and an /ID
 * hashed from the content.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { type PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Document } from '../../document/nodes.ts';
import type { Face } from '../../layout/metrics.ts';
import { layoutDocument, PAGE_HEIGHT, PAGE_WIDTH, type HeadingPlace, type Layout } from '../../layout/pages.ts';
import { contentStream } from './content.ts';
import { type EmbeddedFace, embedFace } from './embed-font.ts';
import { facesOf, metricsFor } from './fonts.ts';

const FACES: readonly Face[] = ['body', 'bold'];
/** Resource names of the faces on every page. */
const NAMES: Record<Face, string> = { body: 'F1', bold: 'F2' };

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters no embedded font has: they are set as spaces, and the caller reports them. */
  missing: string[];
  /** Pieces wider than their line or cell, cut inside a word: the caller reports them. */
  cut: string[];
  pages: number;
}

/** The document laid out (for tests and the page-frame checks). */
export function layoutOf(doc: Document): Layout {
  return layoutDocument(doc, metricsFor(facesOf(doc.meta)));
}

export async function renderPdf(doc: Document, created: Date): Promise<PdfResult> {
  const faces = facesOf(doc.meta);
  const layout = layoutDocument(doc, metricsFor(faces));
  const pdf = await PDFDocument.create({ updateMetadata: false });

  // Each face subset to the characters set in it, over the whole document.
  const chars: Record<Face, Set<number>> = { body: new Set(), bold: new Set() };
  for (const frame of layout.pages) {
    for (const op of frame.ops) if (op.kind === 'text') for (const ch of op.text) chars[op.face].add(ch.codePointAt(0)!);
  }
  const embedded: Partial<Record<Face, EmbeddedFace>> = {};
  for (const face of FACES) if (chars[face].size) embedded[face] = embedFace(pdf.context, faces[face], [...chars[face]].sort((a, b) => a - b));
  const fonts = { name: (face: Face) => NAMES[face], encode: (face: Face, text: string) => embedded[face]!.encode(text) };

  const pages = layout.pages.map((frame) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    for (const face of FACES) if (embedded[face]) page.node.setFontDictionary(PDFName.of(NAMES[face]), embedded[face].ref);
    const content = Buffer.from(contentStream(frame.ops, PAGE_HEIGHT, fonts), 'latin1');
    page.node.addContentStream(pdf.context.register(pdf.context.stream(deflateSync(content), { Filter: 'FlateDecode' })));
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
  // The file's identity: a hash of what it shows, so the same content gives the same bytes
  // (the fonts by name, not by where their files happen to be).
  const { fonts: _paths, ...shown } = m;
  const id = createHash('sha256').update(JSON.stringify([shown, faces.body.postScriptName, faces.bold.postScriptName, layout.pages])).digest('hex').slice(0, 32);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await pdf.save({ useObjectStreams: true });
  return { bytes, missing: [...layout.notes.missing], cut: [...layout.notes.cut], pages: layout.pages.length };
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
