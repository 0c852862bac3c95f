/**
 * Text out of a laid-out page (pdftotext of a PDF) breaks sentences where the page did:
 * - Chinese has no space to break at, so a layout breaks lines between any two characters,
 *   even inside a word or a number — 工作 | 时间, 72 | 小时, 17:3 | 0 — and the word no
 *   longer reads as the window, the number no longer as a time;
 * - at a page break, the running footer and header stand in the middle of a sentence
 *   ("后 72 | 第1页共2页 | 工程名称 | 小时内修复").
 * The reading joins them: a line break where a layout may break inside a sentence, after a
 * line long enough to have been filled and before a line that starts nothing new (a heading,
 * list item or table row), is no break; lines next to page breaks (\f) that recur on at
 * least half of the pages, digits aside, are left out.
 *
 * Like unglue.ts, the result is a reading only: `origin` maps each of its characters back to
 * the text the user gave, so findings keep their lines and columns.
 */
import type { Spaced } from './unglue.ts';

/** A filled line is at least this long (a 小四 line of A4 holds about 34 Chinese characters). */
const FILLED = 16;

/** Chinese characters and the punctuation that may stand mid-sentence at a line's end or start. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff（）“”‘’《》、，；]/;
/** What ends a line for good: a full stop or colon (after ；or ，a layout wraps too). */
const ENDS = /[。！？：:!?]/;
const DIGIT = /[0-9]/;
/** An English line wrapped mid-sentence ends in a clause mark (the structure reader joins the others already). */
const LATIN_WRAP = /[;,]/;
/** A filled English line: a heading or a short item is shorter. */
const FILLED_LATIN = 40;
/** A line that starts something new: a heading, a list item, a numbered clause, a table row. */
const STARTS_ANEW = /^\s*(?:[-*+•·#|]|\d+[.、)．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节条款篇部]|[①-⑳])/;

/** Where a layout may break inside a sentence: between Chinese characters, or at a number next to them or inside it. */
const softAt = (before: string, after: string) =>
  ((CJK.test(before) && !ENDS.test(before)) || DIGIT.test(before)) && (CJK.test(after) || DIGIT.test(after));

/** A line's shape, digits aside: "第1页共2页" and "第2页共2页" are one running footer. */
const shape = (line: string) => line.replace(/\f/g, '').trim().replace(/[0-9]+/g, '#');

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

/** Ranges to leave out around each page break: its running footer and header and the blank lines between. */
function pageFurniture(text: string, lines: readonly Line[]): [number, number][] {
  if (!text.includes('\f')) return [];
  const shapes = lines.map((l) => shape(text.slice(l.start, l.end)));
  // Pages: a line holding \f starts a new one.
  const pageOf: number[] = [];
  let page = 0;
  lines.forEach((l, i) => {
    if (text.slice(l.start, l.end).includes('\f')) page++;
    pageOf[i] = page;
  });
  const pages = page + 1;
  // The first and last three non-blank lines of each page, by shape: on how many pages each stands.
  const onPages = new Map<string, Set<number>>();
  const byPage: number[][] = Array.from({ length: pages }, () => []);
  lines.forEach((_, i) => shapes[i] !== '' && byPage[pageOf[i]!]!.push(i));
  for (let p = 0; p < pages; p++) {
    const here = byPage[p]!;
    for (const i of [...here.slice(0, 3), ...here.slice(-3)]) {
      if (!onPages.has(shapes[i]!)) onPages.set(shapes[i]!, new Set());
      onPages.get(shapes[i]!)!.add(p);
    }
  }
  const furniture = (i: number) => shapes[i] === '' || (onPages.get(shapes[i]!)?.size ?? 0) >= Math.max(2, Math.ceil(pages / 2));
  const drops: [number, number][] = [];
  for (let k = 1; k < lines.length; k++) {
    if (pageOf[k] === pageOf[k - 1]) continue;
    let a = k;
    while (a > 0 && furniture(a - 1)) a--;
    let b = k;
    while (b < lines.length && furniture(b)) b++;
    if (a === 0 || b >= lines.length) continue;
    // Keep the newline that ends the content line before; drop up to the content after (and its \f).
    const to = lines[b]!.start + (text[lines[b]!.start] === '\f' ? 1 : 0);
    if (lines[a]!.start < to) drops.push([lines[a]!.start, to]);
  }
  return drops;
}

/** The text with soft wraps joined and page furniture left out, or undefined when it has neither. */
export function unwrappedText(text: string): Spaced | undefined {
  const lines = linesOf(text);
  const drops = pageFurniture(text, lines);
  const dropAt = new Map(drops.map(([a, b]) => [a, b]));
  // Newlines read as a space: an English line wrapped after ; or , mid-sentence.
  const spaces: number[] = [];
  const furniture = drops.length;
  let d = 0; // furniture ranges are in text order: the first that does not end before this newline
  for (let n = 0; n < lines.length - 1; n++) {
    const i = lines[n]!.end; // the newline ending line n
    while (d < furniture && drops[d]![1] <= i) d++;
    if (d < furniture && drops[d]![0] <= i) continue;
    const j = dropAt.get(i + 1) ?? i + 1; // the next character read
    const before = text[i - 1] ?? '';
    const after = text[j] ?? '';
    const latin = LATIN_WRAP.test(before) && /[A-Za-z0-9(]/.test(after);
    if (!(softAt(before, after) || latin) || i - lines[n]!.start < (latin ? FILLED_LATIN : FILLED)) continue;
    const next = text.indexOf('\n', j);
    if (STARTS_ANEW.test(text.slice(j, next < 0 ? text.length : Math.min(next, j + 40)))) continue;
    if (latin) spaces.push(i);
    else drops.push([i, i + 1]);
  }
  if (!drops.length && !spaces.length) return undefined;
  drops.sort((x, y) => x[0] - y[0]);
  // Merged where they meet (two page breaks with nothing between them).
  const merged: [number, number][] = [];
  for (const [a, b] of drops) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const dropped = merged.reduce((sum, [a, b]) => sum + (b - a), 0);
  const origin = new Int32Array(text.length - dropped + 1);
  const pieces: string[] = [];
  let from = 0;
  let k = 0;
  for (const [a, b] of merged) {
    pieces.push(text.slice(from, a));
    for (let i = from; i < a; i++) origin[k++] = i;
    from = b;
  }
  pieces.push(text.slice(from));
  for (let i = from; i <= text.length; i++) origin[k++] = i;
  const read = pieces.join('');
  if (!spaces.length) return { text: read, origin };
  // A newline read as a space keeps its place: one character for one.
  const at = new Set(spaces);
  return { text: read.replace(/\n/g, (m, offset: number) => (at.has(origin[offset]!) ? ' ' : m)), origin };
}
