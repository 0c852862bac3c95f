/**
 * The tender documents of every bundled bid and of the second example project, as Word
 * opens them: each DOCX is unzipped and its XML asserted on (never its bytes) — heading
 * styles with outline levels, 宋体/黑体 declared for East Asian text, a TOC with its page
 * numbers written in, the "第 X 页 共 Y 页" footer fields, A4, repeated table headers, and the
 * deviation table's rows equal to the checker's assessment. Same content, same bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyingTexts, leaksOf } from '../src/document/anonymity.ts';
import { DOCUMENT_KINDS } from '../src/document/index.ts';
import { assessBid } from '../src/model/compliance.ts';
import { checkProject } from '../src/project.ts';
import { documentsOf, LOCALES, render } from '../src/render/outputs.ts';

const root = join(import.meta.dirname, '..');
const projects = { bundled: root, 'second example': join(root, 'examples/antai-security') };

const xmlOf = (docx: Uint8Array, part: string) => strFromU8(unzipSync(docx)[part]!);
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe.each(Object.entries(projects))('%s project', (_, dir) => {
  const { model, diagnostics } = checkProject(dir);
  it('loads without errors', () => expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]));

  for (const bid of model.bids) {
    for (const locale of LOCALES) {
      describe(`${bid.entry.id} (${locale})`, async () => {
        const { documents, diagnostics: templateErrors } = documentsOf(model, bid, locale);
        const files = new Map(await Promise.all(documents.map(async (d) => [d.meta.part ? `${d.meta.kind}-${d.meta.part}` : d.meta.kind, await render(d, 'docx')] as const)));

        it('builds every kind of document with no template error, a syllabus per course', () => {
          expect(templateErrors.filter((d) => d.severity === 'error')).toEqual([]);
          expect(bid.courses.length).toBeGreaterThan(0);
          expect(new Set(documents.map((d) => d.meta.kind))).toEqual(new Set(DOCUMENT_KINDS));
          expect(documents.filter((d) => d.meta.kind === 'syllabus').map((d) => d.meta.part)).toEqual(bid.courses.map((c) => c.id));
        });

        it('the service manual: a filled TOC, every channel with its number, the calendar, the blank report form', () => {
          const doc = xmlOf(files.get('manual')!, 'word/document.xml');
          const entries = [...doc.matchAll(/<w:hyperlink[^>]*w:anchor="_Toc\d+">([\s\S]*?)<\/w:hyperlink>/g)];
          expect(entries.length).toBe(count(doc, /<w:pStyle w:val="Heading[12]"\/>/g));
          for (const c of model.organisation!.data.channels) expect(doc).toContain(c.value.replaceAll('&', '&amp;'));
          // The calendar has a column for each month; every schedule's annual visit is in month 12.
          expect(doc).toMatch(/>12<\/w:t>/);
          expect(doc).toContain(locale === 'zh' ? '故障报修单' : 'Fault report form');
        });

        it('a syllabus per course, its timetable adding up to the course hours', () => {
          for (const course of bid.courses) {
            const syllabus = documents.find((d) => d.meta.kind === 'syllabus' && d.meta.part === course.id)!;
            const tables = syllabus.blocks.filter((b) => b.kind === 'table');
            const timetable = tables.at(-1)!;
            const hours = timetable.rows.map((r) => Number(r.at(-1)!.runs.map((x) => x.text).join('')));
            expect(hours.reduce((a, b) => a + b, 0)).toBeCloseTo(course.data.totalHours);
            const days = timetable.rows.filter((r) => r[0]!.rowSpan !== undefined || r.length === 3).length;
            expect(days).toBeCloseTo(Math.ceil(course.data.days));
            expect(tables[0]!.rows.length).toBe(course.data.modules.length);
          }
        });

        it('the plan: heading styles with outline levels, East Asian fonts, a filled TOC, page fields, A4, repeated headers', () => {
          const docx = files.get('proposal')!;
          const doc = xmlOf(docx, 'word/document.xml');
          const styles = xmlOf(docx, 'word/styles.xml');
          expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
          expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);
          expect(styles).toContain('w:eastAsia="宋体"');
          expect(styles).toContain('w:eastAsia="黑体"');
          expect(count(doc, /<w:pStyle w:val="Heading1"\/>/g)).toBeGreaterThanOrEqual(5);
          // The TOC field with its entries' page numbers written in, and no prompt to update fields.
          expect(doc).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
          // Every entry links to its heading and ends with a page number written in.
          const entries = [...doc.matchAll(/<w:hyperlink[^>]*w:anchor="_Toc\d+">([\s\S]*?)<\/w:hyperlink>/g)].map((m) => m[1]!);
          expect(entries.length).toBe(count(doc, /<w:pStyle w:val="Heading[12]"\/>/g));
          for (const e of entries) expect(e).toMatch(/PAGEREF _Toc\d+[\s\S]*<w:t[^>]*>[1-9]\d*<\/w:t><w:fldChar w:fldCharType="end"\/>/);
          expect(xmlOf(docx, 'word/settings.xml')).not.toMatch(/updateFields w:val="(true|1)"/);
          const footer = Object.entries(unzipSync(docx)).find(([n]) => /^word\/footer\d*\.xml$/.test(n))!;
          expect(strFromU8(footer[1])).toMatch(/PAGE[\s\S]*NUMPAGES/);
          expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
          expect(doc).toContain('<w:tblHeader/>');
        });

        it('the deviation table has one row per tender clause, as the checker judged it', () => {
          const doc = xmlOf(files.get('deviation')!, 'word/document.xml');
          const rows = count(doc, /<w:tr>/g) + count(doc, /<w:tr /g);
          expect(rows).toBe(assessBid(bid, model).length + 1);
          expect(doc).toContain(locale === 'zh' ? '除本表所列偏离外' : 'Except for the deviations listed');
        });

        it('the anonymous plan names neither the bidder, nor its numbers, offices or addresses', () => {
          const identifying = identifyingTexts(model.organisation!);
          expect(identifying.length).toBeGreaterThan(10);
          const anonymous = documents.find((d) => d.meta.kind === 'proposal-anonymous')!;
          expect(leaksOf(anonymous, identifying)).toEqual([]);
          // The same check on the file itself, and the named plan as the control.
          const xml = xmlOf(files.get('proposal-anonymous')!, 'word/document.xml') + xmlOf(files.get('proposal-anonymous')!, 'docProps/core.xml');
          for (const id of identifying) expect(xml).not.toContain(id.text.replaceAll('&', '&amp;'));
          expect(leaksOf(documents.find((d) => d.meta.kind === 'proposal')!, identifying).length).toBeGreaterThan(0);
        });
      });
    }
  }
});

it('renders the same bytes twice', async () => {
  const { model } = checkProject(root);
  const bid = model.bids[0]!;
  const [doc] = documentsOf(model, bid, 'zh', ['proposal']).documents;
  const a = await render(doc!, 'docx');
  const b = await render(documentsOf(model, bid, 'zh', ['proposal']).documents[0]!, 'docx');
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
});

it('refuses to build a 暗标 volume whose text names the bidder, and says where', () => {
  const { model } = checkProject(root);
  const org = model.organisation!.data;
  // A service tenet that names the company, as bid writers paste them.
  org.tenet = { zh: `${typeof org.shortName === 'object' ? org.shortName.zh : '恒信智能'}：服务至上`, en: 'Service first' };
  const { documents, diagnostics } = documentsOf(model, model.bids[0]!, 'zh');
  expect(documents).toEqual([]);
  const leak = diagnostics.find((d) => d.ruleId === 'document/anonymity-leak')!;
  expect(leak.severity).toBe('error');
  expect(leak.message).toMatch(/names the bidder: the organisation's short name, ".+", stands under 一、售后服务机构与团队/);
  expect(leak.location.file).toMatch(/content\/organisation\/.+\.yaml$/);
  expect(leak.location.line).toBeGreaterThan(0);
});
