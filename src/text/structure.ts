/**
 * The shape of a text: lines (blank, heading, lead-in, table row, text), sentences and
 * clauses, and for each line the context it continues (the lead-in line above a list, the
 * headings it sits under). Also the normalised form every scanner reads and the
 * offset → line/column conversion.
 *
 * Offsets are UTF-16 indices into the original text (`text.slice(offset, offset + length)`
 * is the match). Lines and columns are 1-based; columns count Unicode code points.
 */

import { ABBREVIATIONS, TRADITIONAL } from './lexicon.ts';

const SIMPLIFIED = new Map(TRADITIONAL.map((pair) => [pair[0]!, pair[1]!] as const));
const TO_FOLD = new RegExp(`[\\uFF01-\\uFF5E\\u3000\\r${[...SIMPLIFIED.keys()].join('')}]`, 'g');

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ，；：（）～ …) folded to ASCII and the ideographic space to a
 * space; carriage returns become spaces; Traditional characters of the words read become
 * Simplified (時→时, lexicon.ts). Every character maps to exactly one, so offsets into the
 * normalised text are offsets into the original.
 */
export function normalise(text: string): string {
  return text.replace(TO_FOLD, (c) =>
    c === '\u3000' || c === '\r' ? ' ' : (SIMPLIFIED.get(c) ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
}

export type LineKind = 'blank' | 'heading' | 'lead-in' | 'table' | 'table-separator' | 'text';

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  kind: LineKind;
  /** Heading depth: Markdown #'s 1–6; numbered Chinese headings deeper. */
  level?: number;
  /** Table rows: their cells (trimmed). */
  cells?: Span[];
  /** Table rows under a header: the header line's index. */
  header?: number;
  /** Lines this one continues, nearest first: its lead-in lines, then headings innermost first. */
  context: number[];
}

export interface Sentence extends Span {
  line: number;
  /** Column index when the sentence is a table cell's text. */
  cell?: number;
}

export interface Clause extends Span {
  sentence: number;
}

export interface Structure {
  lines: Line[];
  sentences: Sentence[];
  clauses: Clause[];
}

const LIST_ITEM = /^\s*(?:[-*+•·]\s|\d+[.、)](?!\d)|\(\d+\)|[①-⑳]|[a-zA-Z][.)、]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/;
/** Numbering of list items, never of headings: 1、 1) (1) ① A、 a. and Markdown's "1. ". */
const ITEM_NUMBERING = /^\s*(?:\d+[、)]|\d+\.\s|\(\d+\)|[①-⑳]|[a-zA-Z][.)、])/;
const BULLET = /^\s*[-*+•·]\s/;
/** A line that starts something new, never the rest of the sentence above: a heading, list item, number or table row. */
const STARTS_ANEW =
  /^\s*(?:#{1,6}\s|[-*+•·]\s|\d+(?:\.\d+)*[.、)](?!\d)|\d+(?:\.\d+)+\s|\(\d+\)|[①-⑳]|[a-zA-Z][.)]\s|[A-Za-z]、|[A-Z][.)](?=[\u4e00-\u9fff])|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十\d]+[章节条款篇部]|\|)/;
/** Sentence punctuation a line may end with (normalised: full-width forms are ASCII here). */
const ENDS_SENTENCE = /[。;!?.:]\s*$/;
/** A word ending in a full stop that ends no sentence ("approx. 2 hours"). */
const ABBREVIATION = new RegExp(`(?:^|[^A-Za-z])(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')})$`, 'i');

function headingLevel(t: string): number {
  const md = /^(#{1,6})\s/.exec(t);
  if (md) return md[1]!.length;
  if (/^第[一二三四五六七八九十\d]+[章节篇部分]/.test(t) || /^篇[一二三四五六七八九十]/.test(t)) return 7;
  if (/^[一二三四五六七八九十]+、/.test(t)) return 8;
  if (/^\([一二三四五六七八九十]+\)/.test(t)) return 9;
  const num = /^(\d+(?:\.\d+)*)[.、\s]/.exec(t);
  if (num) return 10 + num[1]!.split('.').length;
  if (/^\(\d+\)/.test(t)) return 14;
  return 15;
}

/**
 * Split normalised text into lines, sentences and clauses. `hasNumber(start, end)` says
 * whether a span holds a commitment number (a line that does is no heading).
 */
export function structure(norm: string, hasNumber: (start: number, end: number) => boolean): Structure {
  const lines: Line[] = [];
  for (let start = 0; start <= norm.length; ) {
    let end = norm.indexOf('\n', start);
    if (end < 0) end = norm.length;
    lines.push({ start, end, kind: 'text', context: [] });
    start = end + 1;
  }
  // Classify.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = norm.slice(line.start, line.end);
    const t = raw.trim();
    if (t === '') line.kind = 'blank';
    // A table row is one however long its cells (a notes column runs long); the length limit
    // below keeps long prose from heading what follows.
    else if (t.startsWith('|')) {
      line.kind = /^\|?\s*:?-{3,}/.test(t) ? 'table-separator' : 'table';
    } else if (t.length > MAX_CONTEXT_LINE) continue;
    else if (/^#{1,6}\s/.test(t)) {
      line.kind = 'heading';
      line.level = headingLevel(t);
    } else if (/[:]$/.test(t)) line.kind = 'lead-in';
    else if (
      [...t].length <= 30 &&
      !/[。,;!?]/.test(t) &&
      !BULLET.test(raw) &&
      !ITEM_NUMBERING.test(raw) &&
      !hasNumber(line.start, line.end)
    ) {
      line.kind = 'heading';
      line.level = headingLevel(t);
    }
  }
  joinSoftWraps(norm, lines, hasNumber);
  // Tables: cells and header rows.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'table') continue;
    line.cells = cellsOf(norm, line);
    const prev = lines[i - 1];
    if (prev?.kind === 'table-separator' && lines[i - 2]?.kind === 'table') line.header = i - 2;
    else if (prev?.kind === 'table' && prev.header !== undefined) line.header = prev.header;
  }
  // Context: the heading stack and the current lead-in.
  const headings: number[] = [];
  // Lead-ins in scope, innermost last ("我们承诺：" then "各部位保修期限如下：").
  let leadIns: number[] = [];
  let blankSince = false;
  // Lines under the same headings and lead-ins share one context array (a million lines, one array).
  let shared: number[] | undefined;
  const context = () => (shared ??= contextOf(leadIns, headings));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      blankSince = true;
      line.context = context();
      continue;
    }
    if (line.kind === 'heading') {
      while (headings.length && lines[headings[headings.length - 1]!]!.level! >= line.level!) headings.pop();
      line.context = contextOf([], headings);
      headings.push(i);
      leadIns = [];
      shared = undefined;
      blankSince = false;
      continue;
    }
    if (leadIns.length) {
      const listLike = line.kind === 'table' || line.kind === 'table-separator' || LIST_ITEM.test(norm.slice(line.start, line.end));
      if (!listLike && blankSince) {
        leadIns = [];
        shared = undefined;
      }
    }
    line.context = context();
    if (line.kind === 'lead-in') {
      leadIns = [...leadIns.slice(-2), i];
      shared = undefined;
    }
    blankSince = false;
  }
  // Sentences and clauses.
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  const addSentence = (start: number, end: number, lineIndex: number, cell?: number) => {
    for (const s of splitSentences(norm, start, end)) {
      const sentence: Sentence = { start: s.start, end: s.end, line: lineIndex };
      if (cell !== undefined) sentence.cell = cell;
      sentences.push(sentence);
      for (const c of splitClauses(norm, s.start, s.end)) clauses.push({ start: c.start, end: c.end, sentence: sentences.length - 1 });
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank' || line.kind === 'table-separator') continue;
    if (line.kind === 'table') line.cells!.forEach((c, col) => addSentence(c.start, c.end, i, col));
    else addSentence(line.start, line.end, i);
  }
  return { lines, sentences, clauses };
}

/**
 * Soft wraps (Markdown, hard-wrapped plain text): a text line that does not end a sentence,
 * followed by a line that continues it (not blank, not a heading, list item, number or table
 * row), is one line with it — one sentence, one context. Lines are merged in place; offsets
 * are untouched, so positions stay exact. A short unpunctuated line without a number is a
 * title (a heading, or a numbered item's title such as "C、防盗报警系统设备维护"), not the
 * start of a wrapped sentence.
 */
function joinSoftWraps(norm: string, lines: Line[], hasNumber: (start: number, end: number) => boolean): void {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out.push(line);
    if (line.kind !== 'text') continue;
    const t = norm.slice(line.start, line.end).trim();
    if ([...t].length <= 30 && !/[。,;!?]/.test(t) && !hasNumber(line.start, line.end)) continue;
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      if (ENDS_SENTENCE.test(norm.slice(Math.max(line.start, line.end - 8), line.end))) break;
      if (next.kind === 'blank' || next.kind === 'table' || next.kind === 'table-separator') break;
      if (STARTS_ANEW.test(norm.slice(next.start, Math.min(next.end, next.start + 40)))) break;
      line.end = next.end;
      if (next.kind === 'lead-in') line.kind = 'lead-in';
      i++;
    }
  }
  // Copied back one by one: spreading a list of lines as arguments overflows the stack.
  lines.length = 0;
  for (const line of out) lines.push(line);
}

const contextOf = (leadIns: number[], headings: number[]) => [...leadIns].reverse().concat([...headings].reverse());

function cellsOf(norm: string, line: Span): Span[] {
  const cells: Span[] = [];
  let from = norm.indexOf('|', line.start) + 1;
  while (from <= line.end) {
    let to = norm.indexOf('|', from);
    if (to < 0 || to > line.end) to = line.end;
    let s = from;
    let e = to;
    while (s < e && isSpace(norm.charCodeAt(s))) s++;
    while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
    if (to === line.end && s === e) break; // after the closing pipe
    cells.push({ start: s, end: e });
    from = to + 1;
  }
  return cells;
}

/** Whitespace as \s knows it, for the characters that occur in text (ASCII, NBSP, ideographic space). */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;

function trimmed(norm: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

/** The trimmed, non-empty spans of [start, end) between the positions where `isBreak` holds. */
function splitAt(norm: string, start: number, end: number, isBreak: (i: number) => boolean): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isBreak(i)) continue;
    const s = trimmed(norm, from, i);
    if (s) out.push(s);
    from = i + 1;
  }
  return out;
}

/**
 * The longest sentence, in UTF-16 units. The reader looks across a sentence for each number
 * in it (targets, conditions, framing), so an unbounded sentence — a pasted line of thousands
 * of clauses with no full stop — would cost n² (tests/linear-time.test.ts). Real sentences in
 * bids are far shorter; a longer run is cut at its last comma, 、 or space before the limit.
 */
export const MAX_SENTENCE = 400;
/** Lines longer than this are prose, never a heading or a lead-in that every line below would read. */
const MAX_CONTEXT_LINE = 200;

/** Sentences end at 。 ! ? ; and at a full stop before a space (not after an abbreviation). */
function splitSentences(norm: string, start: number, end: number): Span[] {
  const sentences = splitAt(norm, start, end, (i) => {
    const c = norm.charCodeAt(i);
    return (
      c === 0x3002 || c === 33 || c === 63 || c === 59 ||
      (c === 46 && (i + 1 >= end || isSpace(norm.charCodeAt(i + 1))) && !ABBREVIATION.test(norm.slice(Math.max(start, i - 8), i)))
    );
  });
  return sentences.some((s) => s.end - s.start > MAX_SENTENCE) ? sentences.flatMap((s) => capped(norm, s)) : sentences;
}

/** A sentence cut into pieces of at most MAX_SENTENCE units, each ending at a comma, 、 or space where there is one. */
function capped(norm: string, s: Span): Span[] {
  const out: Span[] = [];
  let from = s.start;
  while (s.end - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    for (let i = cut - 1; i > from + MAX_SENTENCE / 2; i--) {
      const c = norm.charCodeAt(i);
      if (c === 44 || c === 0x3001 || isSpace(c)) {
        cut = i + 1;
        break;
      }
    }
    // Never between the halves of a surrogate pair.
    if (cut < s.end && norm.charCodeAt(cut) >= 0xdc00 && norm.charCodeAt(cut) <= 0xdfff) cut--;
    const piece = trimmed(norm, from, cut);
    if (piece) out.push(piece);
    from = cut;
  }
  const last = trimmed(norm, from, s.end);
  if (last) out.push(last);
  return out;
}

/**
 * Clauses end at a comma, but not one between digits (1,000) nor one inside brackets: a name
 * with a gloss ("Cables (fibre, copper, trays): 5 years") is one clause with its promise.
 */
function splitClauses(norm: string, start: number, end: number): Span[] {
  const digit = (i: number) => {
    const c = norm.charCodeAt(i);
    return c >= 48 && c <= 57;
  };
  // Bracket depth at each position, in one pass (normalised text: full-width brackets are ASCII).
  let depth = 0;
  const inside = new Uint8Array(Math.max(0, end - start));
  for (let i = start; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    inside[i - start] = depth > 0 ? 1 : 0;
  }
  return splitAt(norm, start, end, (i) => norm.charCodeAt(i) === 44 && !inside[i - start] && !(i > 0 && digit(i - 1) && digit(i + 1)));
}

/** Offsets to 1-based line and code-point column. */
export class Positions {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** The last offset located, so that many findings on one long line are counted on from it. */
  private last = { line: 0, offset: 0, column: 1 };
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const resume = this.last.line === lo && this.last.offset <= offset;
    let column = resume ? this.last.column : 1;
    for (let i = resume ? this.last.offset : this.starts[lo]!; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) column++; // a low surrogate continues the code point before it
    }
    this.last = { line: lo, offset, column };
    return { line: lo + 1, column };
  }
}

/** Index of the first span whose end is after `offset` (spans sorted, disjoint). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
