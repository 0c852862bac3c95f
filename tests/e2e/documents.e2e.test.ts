/**
 * The DOCX as an evaluator's Word lays it out: every document of every bid of both bundled
 * bids and of the second example project, in both languages, is converted to PDF by the real
 * LibreOffice and read back with poppler's pdftotext. Checked:
 * - every value the document model resolved from the typed content (each duration) is in
 *   the PDF's text;
 * - the table of contents of the plan and the manual: the page numbers written into the DOCX are the pages
 *   LibreOffice puts the headings on (Chinese: every entry; English: within one page);
 * - every document's PDF audited against its bid (`aftercare audit doc.pdf --against`, which
 *   takes the text out with pdftotext and rebuilds the tables from the lines' positions): no
 *   conflict and no mismatch; the same through its DOCX, where Word's table structure is read;
 * - the commitment letters as plain pdftotext text (what a user pastes into a .txt), audited
 *   the same way;
 * - audit refuses a PDF that is no PDF and a PDF with no text (a scan), with a diagnostic.
 * Needs `scripts/install-e2e-deps.sh` (run by `npm run test:e2e`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/nodes.ts';
import { checkProject } from '../../src/project.ts';
import { documentsOf, LOCALES, render } from '../../src/render/outputs.ts';
import { unwrappedText } from '../../src/text/unwrap.ts';

/** Paper for the field and the classroom, not the tender: it repeats the plan's schedules and courses, not its promises. */
const FIELD_FORMS: ReadonlySet<string> = new Set(['checklist', 'year-plan', 'course-pack']);

const root = join(import.meta.dirname, '../..');
const BIN = join(root, 'bin/aftercare.mjs');
const projects = { bundled: root, 'second example': join(root, 'examples/antai-security') };
const work = mkdtempSync(join(tmpdir(), 'aftercare-e2e-'));

interface Rendered {
  project: string;
  bid: string;
  doc: Document;
  docx: string;
  pdf: string;
}
const rendered: Rendered[] = [];
const squash = (s: string) => s.replace(/\s+/g, '');
/** The text as the audit reads it: page furniture left out, lines joined where the layout broke them. */
const reading = (s: string) => unwrappedText(s)?.text ?? s;
const pdfText = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), pdf, '-'], { encoding: 'utf8' });
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  for (const [name, dir] of Object.entries(projects)) {
    const { model } = checkProject(dir);
    for (const bid of model.bids) {
      for (const locale of LOCALES) {
        for (const doc of documentsOf(model, bid, locale).documents) {
          const base = `${name.replace(/\s/g, '-')}--${bid.entry.id}--${doc.meta.kind}${doc.meta.part ? `-${doc.meta.part}` : ''}.${locale}`;
          const docx = join(work, `${base}.docx`);
          writeFileSync(docx, await render(doc, 'docx'));
          rendered.push({ project: dir, bid: bid.entry.id, doc, docx, pdf: join(work, `${base}.pdf`) });
        }
      }
    }
  }
  // One LibreOffice process for every file, with a profile of its own.
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...rendered.map((r) => r.docx)],
    { encoding: 'utf8', timeout: 540_000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr}`);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('every document, laid out by LibreOffice', () => {
  it('converts every DOCX to a PDF with pages', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(30);
    for (const r of rendered) expect(pageCount(r.pdf), r.docx).toBeGreaterThan(0);
  });

  it('shows every value resolved from the typed content', () => {
    const missing: string[] = [];
    for (const r of rendered) {
      // A value may break where Chinese lines break, even over a page ("72 | 第1页共2页 | 小时").
      const text = squash(reading(pdfText(r.pdf)));
      for (const block of r.doc.blocks) {
        const runs = block.kind === 'paragraph' ? [block.runs] : block.kind === 'table' ? block.rows.flatMap((row) => row.map((c) => c.runs)) : block.kind === 'list' ? block.items : [];
        for (const run of runs.flat()) {
          if (run.kind !== 'value') continue;
          // A value may wrap, but never between its number and its unit: "8 business | hours".
          const pieces = run.text.replace(/^(\S+) /, '$1\u00a0').split(' ');
          if (!pieces.every((p) => text.includes(squash(p)))) missing.push(`${r.docx}: ${run.text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("puts the headings of each plan and manual on the pages its table of contents says", () => {
    const off: string[] = [];
    for (const r of rendered.filter((r) => r.doc.blocks.some((b) => b.kind === 'toc'))) {
      const xml = strFromU8(unzipSync(new Uint8Array(execFileSync('cat', [r.docx])))['word/document.xml']!);
      const pages = Array.from({ length: pageCount(r.pdf) }, (_, i) => squash(pdfText(r.pdf, i + 1)));
      for (const m of xml.matchAll(/<w:hyperlink[^>]*w:anchor="_Toc\d+">([\s\S]*?)<\/w:hyperlink>/g)) {
        const texts = [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]!);
        const written = Number(texts.at(-1));
        const heading = squash(texts.slice(0, -1).join('')).replace(/&amp;/g, '&').slice(0, 12);
        // The heading's page: the first page after the contents that holds its words.
        const actual = pages.findIndex((p, i) => i > 1 && p.includes(heading)) + 1;
        const allowed = r.doc.meta.locale === 'zh' ? 0 : 1;
        if (!actual || Math.abs(actual - written) > allowed) off.push(`${r.docx}: "${heading}" says ${written}, is on ${actual}`);
      }
    }
    expect(off).toEqual([]);
  });

  it('every document, audited through its own DOCX against its bid, has no conflict and no mismatch', () => {
    // pdftotext gives a table's cells one by one, with nothing to say which column a number is
    // in, so tables are audited through the DOCX the evaluator receives, where Word's table
    // structure is read: each number under its column and row header. A deviation table may
    // show the tender requirements the bid does not meet: those are its 负偏离 rows.
    const wrong: string[] = [];
    for (const r of rendered) {
      const out = spawnSync(process.execPath, [BIN, 'audit', r.docx, '--against', r.bid, '--format', 'json', '--root', r.project], { encoding: 'utf8' });
      const report = JSON.parse(out.stdout) as { conflicts: { reason: string }[]; mismatches: unknown[] };
      const conflicts = report.conflicts.filter((c) => !(r.doc.meta.kind === 'deviation' && c.reason === 'requirement-not-met'));
      if (conflicts.length || report.mismatches.length) wrong.push(`${r.docx}: ${conflicts.length} conflicts, ${report.mismatches.length} mismatches`);
    }
    expect(wrong).toEqual([]);
  });

  it('every document, audited through its PDF against its bid, has no conflict and no mismatch', () => {
    // The PDF as the evaluator prints it: audit reads it with pdftotext -bbox-layout and puts
    // each table's numbers back under their column and row headers. A deviation table may show
    // the tender requirements the bid does not meet: those are its 负偏离 rows.
    const wrong: string[] = [];
    let findings = 0;
    for (const r of rendered) {
      const out = spawnSync(process.execPath, [BIN, 'audit', r.pdf, '--against', r.bid, '--format', 'json', '--root', r.project], { encoding: 'utf8' });
      const report = JSON.parse(out.stdout) as { commitments: unknown[]; conflicts: { reason: string }[]; mismatches: unknown[] };
      // A field form (a checklist, the year plan) is audited too, but states few commitments: not counted.
      if (!FIELD_FORMS.has(r.doc.meta.kind)) findings += report.commitments.length;
      const conflicts = report.conflicts.filter((c) => !(r.doc.meta.kind === 'deviation' && c.reason === 'requirement-not-met'));
      if (conflicts.length || report.mismatches.length) wrong.push(`${r.pdf}: ${conflicts.length} conflicts, ${report.mismatches.length} mismatches`);
    }
    expect(wrong).toEqual([]);
    // The reader finds the commitments (not nothing): over 30 a document on average.
    expect(findings).toBeGreaterThan(rendered.filter((x) => !FIELD_FORMS.has(x.doc.meta.kind)).length * 30);
  });

  it('the commitment letters, as plain text out of their PDF, agree with their bids', () => {
    // What a user gets by copying a PDF's text into a .txt: pdftotext's plain reading, lines
    // broken where the page broke them (the text reader joins them again).
    const wrong: string[] = [];
    let letterFindings = 0;
    for (const r of rendered.filter((r) => r.doc.meta.kind === 'letter')) {
      const txt = r.pdf.replace(/\.pdf$/, '.txt');
      writeFileSync(txt, pdfText(r.pdf));
      const out = spawnSync(process.execPath, [BIN, 'audit', txt, '--against', r.bid, '--format', 'json', '--root', r.project], { encoding: 'utf8' });
      const report = JSON.parse(out.stdout) as { commitments: unknown[]; conflicts: { reason: string }[]; mismatches: unknown[] };
      letterFindings += report.commitments.length;
      if (report.conflicts.length || report.mismatches.length) wrong.push(`${txt}: ${report.conflicts.length} conflicts, ${report.mismatches.length} mismatches`);
    }
    expect(wrong).toEqual([]);
    // The reader finds the letters' commitments in the PDF text (not nothing): six letters, 25+ each.
    expect(letterFindings).toBeGreaterThan(6 * 25);
  });
});

describe('audit on PDFs it cannot read', () => {
  it('refuses a file that is no PDF, and a PDF with no text (a scan), each with a located diagnostic', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const blank = await PDFDocument.create();
    blank.addPage([595, 842]);
    const scan = join(work, 'scan.pdf');
    writeFileSync(scan, await blank.save());
    const broken = join(work, 'broken.pdf');
    writeFileSync(broken, 'not a pdf at all');
    const out = spawnSync(process.execPath, [BIN, 'audit', scan, broken], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(out.status).toBe(1);
    expect(out.stdout + out.stderr).toContain(`${scan}:1:1  error  audit/format`);
    expect(out.stdout + out.stderr).toContain('has no text, only images of pages (a scan)');
    expect(out.stdout + out.stderr).toContain(`${broken}:1:1  error  audit/format`);
    expect(out.stdout + out.stderr).toContain('cannot be read as a PDF');
    expect(out.stdout + out.stderr).not.toMatch(/\n\s+at /);
  });
});
