/**
 * The PDF painter (src/render/pdf): same content, same bytes; the file says what it is.
 * Real fonts, real pdf-lib; the e2e test reads every PDF back with poppler and qpdf.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { documentsOf, render } from '../src/render/outputs.ts';

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
