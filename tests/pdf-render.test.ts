/**
 * The PDF painter (src/render/pdf): same content, same bytes; the file says what it is.
 * Real fonts, real pdf-lib; the e2e test reads every PDF back with poppler and qpdf.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { cutWarnings, documentsOf, render, renderDocument } from '../src/render/outputs.ts';

const { model } = checkProject(process.cwd());
const bid = model.bids[0]!;
const [proposal] = documentsOf(model, bid, 'zh', ['proposal'], ['pdf']).documents;

describe('a PDF', () => {
  it('is byte-identical from one build to the next', async () => {
    const a = await render(proposal!, 'pdf');
    const b = await render(proposal!, 'pdf');
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it("carries the document's title, author, language and date, bookmarks and the contents' links", async () => {
    const bytes = await render(proposal!, 'pdf');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe(proposal!.meta.title);
    expect(pdf.getAuthor()).toBe(proposal!.meta.author);
    expect(pdf.getCreationDate()?.toISOString().slice(0, 10)).toBe(proposal!.meta.date);
    expect(pdf.catalog.get(pdf.context.obj('Lang') as never)?.toString()).toContain('zh-CN');
    expect(pdf.catalog.get(pdf.context.obj('Outlines') as never)).toBeDefined();
    const annots = pdf.getPages()[1]!.node.Annots()?.size() ?? 0;
    expect(annots).toBeGreaterThan(5);
  });

  it('takes its date from SOURCE_DATE_EPOCH when set', async () => {
    process.env.SOURCE_DATE_EPOCH = '1767225600'; // 2026-01-01
    try {
      const pdf = await PDFDocument.load(await render(proposal!, 'pdf'), { updateMetadata: false });
      expect(pdf.getCreationDate()?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });
});

describe('a word too wide for its cell', () => {
  // Five serial numbers side by side: wider than the page even a size smaller.
  it('is broken inside, and reported as a located warning', async () => {
    // A serial number: no place to break (UAX #14 breaks a URL after its slashes).
    const url = 'SN7830045512987364PQ8830045512987364';
    const doc = {
      ...proposal!,
      blocks: [{ kind: 'table' as const, widths: [1, 1, 1, 1, 1, 1], header: [], rows: [[url, url, url, url, url, 'e'].map((t) => ({ runs: [{ kind: 'text' as const, text: t }] }))] }],
    };
    const { bytes, cut } = await renderDocument(doc as never, 'pdf');
    expect(cut).toEqual([url]);
    expect(bytes.length).toBeGreaterThan(1000);
    const [warning] = cutWarnings(model, doc as never, cut);
    expect(warning!.ruleId).toBe('document/cut-word');
    expect(warning!.severity).toBe('warning');
    expect(warning!.location.file).toMatch(/^content\/bids\/.+\.yaml$/);
    expect(warning!.message).toContain(`"${url}" is wider than its line or table cell`);
  });
});
