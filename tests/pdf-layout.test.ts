/**
 * The PDF's pure layout (src/layout): page frames asserted without painting. Metrics here are
 * a typewriter's — every Chinese character one em, everything else half — so each case
 * can be counted by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../src/document/nodes.ts';
import { shareWidths } from '../src/document/columns.ts';
import { breakLines, newNotes } from '../src/layout/lines.ts';
import type { FontMetrics, Fonts } from '../src/layout/metrics.ts';
import { layoutDocument, type Layout, type Op } from '../src/layout/pages.ts';

const typewriter: FontMetrics = {
  advance: (cp) => (cp === 0x1f600 ? -1 : cp > 0x2e80 ? 1 : 0.5),
  ascent: 0.88,
  descent: 0.12,
};
const fonts: Fonts = { body: typewriter, bold: typewriter };
const lineTexts = (lines: ReturnType<typeof breakLines>) => lines.map((l) => l.pieces.map((p) => p.text).join(''));

describe('line breaking', () => {
  // 10 pt characters, a line of 100 pt: ten Chinese characters.
  const o = { size: 10, width: 100 };
  it('fills each line and keeps ，。 off the start of a line (kinsoku)', () => {
    // "一二三四五六七八九十" fills the line; the comma must not start the next one.
    const lines = lineTexts(breakLines([{ text: '一二三四五六七八九十，甲乙。', face: 'body' }], fonts, o));
    expect(lines[0]).not.toMatch(/^[，。]/);
    expect(lines[1]).not.toMatch(/^[，。]/);
    expect(lines.join('')).toBe('一二三四五六七八九十，甲乙。');
    expect(lines[0]).toBe('一二三四五六七八九');
  });

  it('keeps （ off the end of a line', () => {
    const lines = lineTexts(breakLines([{ text: '一二三四五六七八九（甲）乙', face: 'body' }], fonts, o));
    expect(lines[0]!.endsWith('（')).toBe(false);
    expect(lines[1]!.startsWith('（')).toBe(true);
  });

  it('never breaks before or inside ——', () => {
    // Ten characters fill the line; "——" may not start the next, so "十" goes down with it.
    const lines = lineTexts(breakLines([{ text: '一二三四五六七八九十——甲', face: 'body' }], fonts, o));
    expect(lines).toEqual(['一二三四五六七八九', '十——甲']);
  });

  it('never breaks inside a number or a Latin word', () => {
    // "17:30" is 2.5 em and fits beside seven characters (10 em); "maintenance" is 5.5 em.
    const lines = lineTexts(breakLines([{ text: '一二三四五六七八 17:30 maintenance', face: 'body' }], fonts, o));
    expect(lines.join('|')).toBe('一二三四五六七八|17:30 maintenance');
  });

  it('cuts a word longer than a line where it must, losing nothing, and notes the cut', () => {
    const long = 'x'.repeat(50);
    const notes = newNotes();
    const lines = lineTexts(breakLines([{ text: `见 ${long} 。`, face: 'body' }], fonts, o, notes));
    expect(lines.join('').replace(/ /g, '')).toBe(`见${long}。`);
    expect(Math.max(...lines.map((l) => l.length))).toBe(20);
    expect([...notes.cut]).toEqual([`${long} 。`]); // no break before 。: the piece is the word with it
  });

  it('justifies Chinese lines by spacing characters, never the last line; indents the first', () => {
    const lines = breakLines([{ text: '一二三四五六七八九十甲乙丙丁', face: 'body' }], fonts, { ...o, indent: 20, align: 'justify' });
    expect(lines[0]!.pieces[0]!.x).toBe(20);
    expect(lines[0]!.width).toBeCloseTo(80);
    expect(lines[lines.length - 1]!.pieces[0]!.charSpacing).toBe(0);
  });

  it('puts a quarter em between Han and Latin (保修期 2 年), none at a line break between them', () => {
    const [line] = breakLines([{ text: '保修期2年', face: 'body' }], fonts, { size: 10, width: 200 });
    expect(line!.pieces.map((p) => [p.text, p.x])).toEqual([
      ['保修期', 0],
      ['2', 32.5],
      ['年', 40],
    ]);
    expect(line!.width).toBe(40 + 10);
    // 十 characters fill the line; the digit starts the next line at its left edge.
    const lines = breakLines([{ text: '一二三四五六七八九十2年', face: 'body' }], fonts, { size: 10, width: 100 });
    expect(lineTexts(lines)).toEqual(['一二三四五六七八九十', '2年']);
    expect(lines[1]!.pieces[0]!.x).toBe(0);
  });

  it('reports a character no font has, and sets it as a space', () => {
    const notes = newNotes();
    const lines = lineTexts(breakLines([{ text: '好😀的', face: 'body' }], fonts, o, notes));
    expect([...notes.missing]).toEqual(['😀']);
    expect([...notes.cut]).toEqual([]);
    expect(lines[0]).toContain('好');
  });
});

const doc = (blocks: Block[], locale: 'zh' | 'en' = 'zh'): Document => ({
  meta: { kind: 'proposal', bid: 'b', locale, title: 'T', subject: 'S', author: 'A', keywords: [], header: '某某工程', date: '2026-12-01' },
  blocks,
});
/**
 * The texts on a page as a reader sees them: pieces of one line that the layout set apart only
 * by a Han–Latin seam ("第", "1", "行") read as one ("第1行"); cells and columns stay apart.
 */
const texts = (ops: Op[]) => {
  const out: { text: string; y: number; end: number }[] = [];
  for (const o of ops) {
    if (o.kind !== 'text') continue;
    const width = [...o.text].reduce((w, ch) => w + fonts[o.face].advance(ch.codePointAt(0)!) * o.size + o.charSpacing, 0);
    const last = out[out.length - 1];
    if (last && last.y === o.y && o.x - last.end >= 0 && o.x - last.end < 0.3 * o.size) {
      last.text += o.text;
      last.end = o.x + width;
    } else out.push({ text: o.text, y: o.y, end: o.x + width });
  }
  return out.map((t) => t.text);
};
const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ kind: 'text', text }], indent: true });
const heading = (n: number, level: 1 | 2 = 1): Block => ({ kind: 'heading', level, number: `${n}、`, text: `第${n}章`, id: `h${n}` });

describe('pages', () => {
  it('repeats a table header at the top of every page the table runs onto', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [{ runs: [{ kind: 'text' as const, text: `第${i + 1}行` }] }, { runs: [{ kind: 'text' as const, text: '2小时' }] }]);
    const layout = layoutDocument(doc([{ kind: 'table', widths: [1, 1], header: [[{ runs: [{ kind: 'text', text: '项目' }] }, { runs: [{ kind: 'text', text: '时限' }] }]], rows }]), fonts);
    expect(layout.pages.length).toBeGreaterThan(2);
    for (const page of layout.pages) {
      const t = texts(page.ops);
      expect(t.slice(0, 3)).toEqual(['项目', '时限', expect.stringMatching(/^第\d+行$/)]);
    }
    // Every row once, in order.
    const all = layout.pages.flatMap((p) => texts(p.ops).filter((s) => /^第\d+行$/.test(s)));
    expect(all).toEqual(rows.map((r) => r[0]!.runs[0]!.text));
  });

  it('keeps a heading with the first line after it', () => {
    // Fill a page with one paragraph, leaving room for a heading's line but not the next line too.
    const filler: Block[] = Array.from({ length: 60 }, (_, i) => para(`填充第${i}段。`));
    const layout = layoutDocument(doc([...filler, heading(1), para('正文')]), fonts);
    const page = layout.pages.findIndex((p) => texts(p.ops).includes('1、第1章'));
    expect(texts(layout.pages[page]!.ops)).toContain('正文');
  });

  it('writes in the contents the page each heading is on, and links each entry to it', () => {
    const blocks: Block[] = [{ kind: 'toc', title: '目录', levels: 2 }];
    for (let n = 1; n <= 6; n++) blocks.push(heading(n), ...Array.from({ length: 25 }, (_, i) => para(`第${n}章第${i}段的文字。`)));
    const layout: Layout = layoutDocument(doc(blocks), fonts);
    const toc = layout.pages[0]!.ops;
    const lines = texts(toc);
    for (const h of layout.headings) {
      const entry = lines.indexOf(h.text);
      expect(entry, h.text).toBeGreaterThanOrEqual(0);
      // The number after the leaders is the heading's page.
      const page = lines.slice(entry + 1).find((t) => /^\d+$/.test(t));
      expect(Number(page)).toBe(h.page);
      expect(texts(layout.pages[h.page - 1]!.ops)).toContain(h.text);
    }
    expect(toc.filter((o) => o.kind === 'link')).toHaveLength(6);
  });

  it('puts the running header and 第 X 页 共 Y 页 on every page but the cover', () => {
    const layout = layoutDocument(doc([{ kind: 'cover', title: '项目', fields: [], date: '2026年12月1日' }, para('正文')]), fonts);
    expect(layout.pages).toHaveLength(2);
    expect(texts(layout.pages[0]!.ops)).not.toContain('某某工程');
    expect(texts(layout.pages[1]!.ops)).toEqual(expect.arrayContaining(['某某工程', '第 2 页 共 2 页']));
  });

  it('breaks a row taller than a third of a page between its lines, and keeps short rows whole', () => {
    const tall = '很长的说明。'.repeat(200);
    const layout = layoutDocument(
      doc([{ kind: 'table', widths: [1, 3], header: [[{ runs: [{ kind: 'text', text: '序号' }] }, { runs: [{ kind: 'text', text: '说明' }] }]], rows: [[{ runs: [{ kind: 'text', text: '1' }] }, { runs: [{ kind: 'text', text: tall }] }]] }]),
      fonts,
    );
    expect(layout.pages.length).toBeGreaterThan(1);
    const written = layout.pages.flatMap((p) => texts(p.ops).filter((t) => t.includes('说明。') || t.includes('很长'))).join('');
    expect(written).toBe(tall);
  });

  it('sets a cell spanning rows down across them: the rows keep their own height, and grow only by what it needs beyond', () => {
    const cell = (text: string, rowSpan?: number) => ({ runs: [{ kind: 'text' as const, text }], ...(rowSpan ? { rowSpan } : {}) });
    // Two lines beside three one-line rows; then many lines beside two rows.
    const rows = [[cell('甲乙丙丁戊己庚辛', 3), cell('一')], [cell('二')], [cell('三')], [cell('子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸天地玄黄宇宙洪荒日月', 2), cell('四')], [cell('五')]];
    const layout = layoutDocument(doc([{ kind: 'table', widths: [1, 5], header: [], rows }]), fonts);
    const ys = (t: string) => layout.pages[0]!.ops.filter((o) => o.kind === 'text' && o.text === t).map((o) => (o as Extract<Op, { kind: 'text' }>).y);
    const [one, two, three, four, five] = ['一', '二', '三', '四', '五'].map((t) => ys(t)[0]!) as [number, number, number, number, number];
    // Rows one to three are a line apart each (plus the cell margins): the span did not grow the first.
    const step = two - one;
    expect(three - two).toBeCloseTo(step);
    expect(four - three).toBeCloseTo(step);
    // The second span needs more lines than its two rows: the last of them grows.
    const spanLines = layout.pages[0]!.ops.filter((o) => o.kind === 'text' && o.x < 100 && o.y >= four - 1).length;
    expect(spanLines).toBeGreaterThan(2);
    expect(five - four).toBeCloseTo(step);
    const bottom = Math.max(...layout.pages[0]!.ops.filter((o) => o.kind === 'rule').map((o) => Math.max((o as Extract<Op, { kind: 'rule' }>).y1, (o as Extract<Op, { kind: 'rule' }>).y2)));
    const lastSpanLine = Math.max(...layout.pages[0]!.ops.filter((o) => o.kind === 'text' && o.x < 100).map((o) => (o as Extract<Op, { kind: 'text' }>).y));
    expect(bottom).toBeGreaterThan(lastSpanLine);
  });
});

describe('column widths', () => {
  it('share the width by the hints, never below a column’s minimum', () => {
    expect(shareWidths([1, 1], [10, 10], 100)).toEqual([50, 50]);
    expect(shareWidths([1, 1], [80, 10], 100)).toEqual([80, 20]);
  });

  it('take what the minimums lack from the widest columns, leaving a narrow one whole', () => {
    expect(shareWidths([1, 1, 1], [300, 300, 20], 400)).toEqual([190, 190, 20]);
    expect(shareWidths([1, 1, 1], [300, 200, 20], 400)).toEqual([190, 190, 20]);
  });
});
