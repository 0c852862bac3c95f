/**
 * Reading PDFs (src/audit/pdf-layout.ts, pdf.ts). The fixtures are what `pdftotext
 * -bbox-layout` wrote for LibreOffice PDFs of aftercare's own documents (pages trimmed), so
 * these run without poppler; the e2e test runs pdftotext itself on every document.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfLayout } from '../src/audit/pdf-layout.ts';
import { readDocument } from '../src/audit/read-document.ts';

const fixture = (name: string) => readPdfLayout(readFileSync(join(import.meta.dirname, 'fixtures/pdf', name), 'utf8'));
const rowsOf = (text: string) => text.split('\n').filter((l) => l.startsWith('|') && !l.startsWith('| ---'));

/** A page of lines at given boxes, as pdftotext -bbox-layout writes them. */
function page(lines: [x0: number, y0: number, x1: number, text: string, height?: number][], pageHeight = 842): string {
  const body = lines
    .map(([x0, y0, x1, text, h = 13.65]) => `<line xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y0 + h}"><word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y0 + h}">${text}</word></line>`)
    .join('\n');
  return `<page width="595" height="${pageHeight}"><flow><block>${body}</block></flow></page>`;
}
const doc = (...pages: string[]) => `<html><body><doc>${pages.join('')}</doc></body></html>`;

describe('a PDF table rebuilt from line positions', () => {
  it('reads a deviation table over three pages row by row, the header the pages repeat once', () => {
    const { text, origins } = fixture('deviation-split-row.zh.html');
    const rows = rowsOf(text);
    expect(rows[0]).toBe('| 序号 | 招标文件条目号 | 招标文件要求 | 投标文件应答 | 偏离 | 说明 |');
    // 13 requirements under one header; the header page 2 and 3 repeat is not a row.
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| 序号', ...Array.from({ length: 13 }, (_, i) => `| ${i + 1}`)]);
    // Row 5's remarks, the reason of the accepted deviation, read once and whole.
    const five = rows[5]!;
    expect(five).toContain('| 负偏离 |');
    expect(five.match(/偏离原因/g)).toHaveLength(1);
    expect(five).toMatch(/开展远程诊断，指导现场人员先行处置 \|$/);
    // Lines broken inside a cell are joined without a space in Chinese.
    expect(rows[1]).toContain('| 免费质保期自竣工验收合格之日起计算，不少于 2 年 |');
    // Running header and footer are gone; the declaration under the table is prose.
    expect(text).not.toMatch(/第 \d 页 共 \d 页/);
    expect(text.match(/安平县城区有线电视光纤网络改造及综合布线工程/g)).toHaveLength(1); // the project line only
    expect(text).toContain('\n注：标注“★”的条款为实质性要求。除本表所列偏离外，我方对招标文件售后服务要求完全响应。\n');
    // Every line says its page; a row's cells say their place.
    const at = text.split('\n').indexOf(five);
    expect(origins[at]!.at).toBe('p. 2 table 1 row 6');
    expect(origins[at]!.cells!.map((c) => c.at)[5]).toBe('p. 2 table 1 row 6 cell 6');
  });

  it('gives a merged row label to every row it spans, and its wrapped text to the first', () => {
    const rows = rowsOf(fixture('matrix-merged-cells.zh.html').text);
    expect(rows).toContain('| 响应后查明原因并提交处理方案 | 办公时间（周一至周六 8:30–17:30） | — | 2 小时 | — | — |');
    expect(rows).toContain('| 响应后查明原因并提交处理方案 | 非办公时间（夜间及周日） | — | 4 小时 | — | — |');
    expect(rows).toContain('| 到场 | 非办公时间（夜间及周日） | — | 4 小时 | 12 小时 | — |');
    // Header cells wrapped over two lines ("一级（紧" | "急）") read whole.
    expect(rows[0]).toBe('| 服务项目 | 时段及其他条件 | 一级（紧急） | 二级（高） | 三级（一般） | 四级（低） |');
  });

  it('starts a new row after a page break when the row above ended at the foot of the page', () => {
    const rows = rowsOf(fixture('matrix-page-break.zh.html').text);
    expect(rows).toContain('| 到场 | 市区 | 工作时间（周一至周五 8:30–17:30） | 1 小时 | 2 小时 | 4 小时 |');
    expect(rows).toContain('| 到场 | 市区 | 非工作时间（工作日夜间及双休日） | 2 小时 | 4 小时 | 12 小时 |');
    // A short value under a wide centred header stays in its column.
    expect(rows).toContain('| 售后服务部组长 | 1 | — |');
  });

  it('reads a loose justified line as prose, and joins the lines of a paragraph', () => {
    const { text } = fixture('letter-justified.en.html');
    expect(rowsOf(text)).toEqual([]);
    expect(text).toContain(
      'site; service restored within 6 hours; the fault fixed within 24 hours; a loaner provided free within 6 hours (System equipment (field, transmission and central devices)).',
    );
    expect(text).toContain('\n2. Service times. At this project\'s site (Counties), times are counted from the fault report unless another starting event is named:\n');
  });

  it('reads a row broken by a page break as one row, after the header the next page repeats', () => {
    const header: [number, number, number, string][] = [[90, 60, 150, '序号'], [200, 60, 260, '要求'], [300, 60, 400, '说明']];
    const top = (y: number) => header.map(([x0, , x1, t]) => [x0, y, x1, t] as [number, number, number, string]);
    const { text } = readPdfLayout(
      doc(
        page([...top(60), [90, 76.5, 150, '1'], [200, 76.5, 260, '2 小时到场'], [300, 76.5, 400, '偏离原因：山区'], [300, 92.5, 400, '道路远，到场']]),
        page([...top(60), [300, 76, 400, '按郊县标准。'], [90, 92.5, 150, '2'], [200, 92.5, 260, '24 小时修复'], [300, 92.5, 400, '满足']]),
      ),
    );
    expect(rowsOf(text)).toEqual(['| 序号 | 要求 | 说明 |', '| 1 | 2 小时到场 | 偏离原因：山区道路远，到场按郊县标准。 |', '| 2 | 24 小时修复 | 满足 |']);
  });

  it('tells a row from a wrapped cell by the line pitch: 16 pt within a cell, 16.5 pt to the next row', () => {
    // Leading known from the steps seen: 16 (a wrap) and 16.5 (a new row).
    const { text } = readPdfLayout(
      doc(
        page([
          [90, 100, 150, '项目'], [200, 100, 260, '时限'],
          [90, 116.5, 150, '响应'], [200, 116.5, 260, '30 分钟'],
          [90, 133, 150, '到场并'], [200, 133, 260, '2 小时'],
          [90, 149, 150, '查明原因'],
          [90, 165.5, 150, '修复'], [200, 165.5, 260, '24 小时'],
        ]),
      ),
    );
    expect(rowsOf(text)).toEqual(['| 项目 | 时限 |', '| 响应 | 30 分钟 |', '| 到场并查明原因 | 2 小时 |', '| 修复 | 24 小时 |']);
  });

  it('without a known leading, a band that fills every lane of its row starts a new row', () => {
    const { text } = readPdfLayout(doc(page([[90, 100, 150, 'Level'], [200, 100, 260, 'Time'], [90, 116.5, 150, 'I'], [200, 116.5, 260, '2 hours']])));
    expect(rowsOf(text)).toEqual(['| Level | Time |', '| I | 2 hours |']);
  });

  it('ends a table at a line across its columns, and reads a one-row "table" (a date line) as prose', () => {
    const { text } = readPdfLayout(
      doc(
        page([
          [90, 100, 150, '等级'], [200, 100, 260, '时限'],
          [90, 116.5, 150, '一级'], [200, 116.5, 260, '2 小时'],
          [90, 140, 500, '以上时限自接到报修起计算。'],
          [300, 170, 320, '年'], [350, 170, 370, '月'], [400, 170, 420, '日'],
        ]),
      ),
    );
    expect(text.split('\n')).toEqual(['| 等级 | 时限 |', '| --- | --- |', '| 一级 | 2 小时 |', '以上时限自接到报修起计算。', '年 月 日']);
  });

  it('leaves out running headers and footers that recur on half the pages, digits aside', () => {
    const p = (n: number) => page([[200, 50, 400, '工程名称'], [90, 100, 500, `正文第${n}段。`], [260, 780, 330, `第 ${n} 页 共 3 页`]]);
    const { text, origins } = readPdfLayout(doc(p(1), p(2), p(3)));
    expect(text.split('\n')).toEqual(['正文第1段。', '正文第2段。', '正文第3段。']);
    expect(origins.map((o) => o.at)).toEqual(['p. 1', 'p. 2', 'p. 3']);
  });

  it('refuses XML that is not well-formed', () => {
    expect(() => readPdfLayout('<doc><page><line></doc>')).toThrow();
  });
});

describe('audit on a PDF', () => {
  it('without pdftotext says so, with the way to install it, and reads nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftercare-pdf-'));
    const pdf = join(dir, 'bid.pdf');
    writeFileSync(pdf, '%PDF-1.7\n%%EOF\n');
    const path = process.env.PATH;
    process.env.PATH = join(dir, 'no-such-bin');
    try {
      const read = readDocument(pdf, 'bid.pdf');
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.diagnostic.ruleId).toBe('audit/no-pdf-reader');
      expect(read.diagnostic.location).toEqual({ file: 'bid.pdf', line: 1, column: 1 });
      expect(read.diagnostic.hint).toContain('poppler-utils');
    } finally {
      process.env.PATH = path;
    }
  });
});
