/**
 * Breaking a paragraph into lines, as a Chinese typesetter does:
 * - break opportunities by UAX #14 (the `linebreak` package), which already keeps
 *   ，。、；：？！）》” off a line's start and （《“ off its end, and never breaks inside a
 *   number ("17:30") or a Latin word; and never before or inside "——" (our rule: UAX #14
 *   allows it);
 * - greedy filling: as much as fits; a piece wider than a whole line (a long URL) is cut
 *   where it must, never lost;
 * - justification: the room left on a line is spread between its characters (Chinese and
 *   mixed lines) or between its words (Latin lines), never on a paragraph's last line;
 * - the first line may be indented (two characters in Chinese body text);
 * - a quarter em between a Chinese character and a Latin letter or digit beside it (as Word,
 *   WPS and Typst set "保修期 2 年"), dropped where a line breaks between them.
 * Pure: text and metrics in, positioned pieces out.
 */
import LineBreaker from 'linebreak';
import type { Face, Fonts } from './metrics.ts';

export interface Run {
  text: string;
  face: Face;
}

/** A piece of one line in one face, at its x from the line's left, with extra space after each character. */
export interface Piece {
  x: number;
  text: string;
  face: Face;
  charSpacing: number;
}

export interface Line {
  pieces: Piece[];
  /** Width of the text set, without trailing spaces, justification included. */
  width: number;
}

export interface LineOptions {
  /** Points. */
  size: number;
  /** Points. */
  width: number;
  /** Points, on the first line. */
  indent?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Han characters (not punctuation, which carries its own space) and Latin letters and digits: a quarter em between them. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ALNUM = /[A-Za-z0-9]/;
const AUTOSPACE = 0.25;

/** Extra space before each UTF-16 unit, in ems: the Han–Latin seams. */
function seams(text: string): Float64Array {
  const gap = new Float64Array(text.length);
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1]!;
    const b = text[i]!;
    if ((HAN.test(a) && ALNUM.test(b)) || (ALNUM.test(a) && HAN.test(b))) gap[i] = AUTOSPACE;
  }
  return gap;
}

/** Where a line may break (indices: a break before text[i]), and where it must. */
export function breakOpportunities(text: string): { at: number[]; required: Set<number> } {
  const at: number[] = [];
  const required = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    const p = b.position;
    // Never before "——" nor between its two dashes.
    if (!b.required && text[p] === '—') continue;
    at.push(p);
    if (b.required) required.add(p);
  }
  return { at, required };
}

/** Widths of each UTF-16 unit in ems (the second unit of a pair is 0), each character in the face that has it. */
function measure(text: string, faces: Face[], fonts: Fonts, missing: Set<string>): { widths: Float64Array; faces: Face[] } {
  const widths = new Float64Array(text.length);
  const used: Face[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    const own = faces[i]!;
    let face = own;
    let w = fonts[own].advance(cp);
    if (w < 0) {
      // The other face may have it (a symbol); else it is reported, and set as a space's width.
      const other: Face = own === 'body' ? 'bold' : 'body';
      const alt = fonts[other].advance(cp);
      if (alt >= 0) {
        face = other;
        w = alt;
      } else {
        if (!/\s/.test(text[i]!)) missing.add(String.fromCodePoint(cp));
        w = fonts[own].advance(32) > 0 ? fonts[own].advance(32) : 0.25;
      }
    }
    widths[i] = w;
    used[i] = face;
    if (cp > 0xffff) {
      i++;
      widths[i] = 0;
      used[i] = face;
    }
  }
  return { widths, faces: used };
}

/** What a layout had to make do with, for the caller to report. */
export interface LayoutNotes {
  /** Characters no font has: set as spaces, so the text still reads. */
  missing: Set<string>;
  /** Pieces with no break opportunity wider than their line or cell (a long URL, a table of too many columns): cut where they must. */
  cut: Set<string>;
}

export const newNotes = (): LayoutNotes => ({ missing: new Set(), cut: new Set() });

/** The lines of a paragraph; what had to be made do with goes into `notes`. */
export function breakLines(runs: readonly Run[], fonts: Fonts, o: LineOptions, notes: LayoutNotes = newNotes()): Line[] {
  const { missing } = notes;
  const text = runs.map((r) => r.text).join('');
  if (!text) return [{ pieces: [], width: 0 }];
  const runFaces: Face[] = [];
  for (const r of runs) for (let i = 0; i < r.text.length; i++) runFaces.push(r.face);
  const { widths, faces } = measure(text, runFaces, fonts, missing);
  const gap = seams(text);
  const { at, required } = breakOpportunities(text);
  const size = o.size;
  /** The width of text[from, to): its characters and the seams inside it (none at its ends). */
  const wide = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; i++) w += widths[i]! + (i > from ? gap[i]! : 0);
    return w * size;
  };
  // Segments between opportunities.
  const ends = at.filter((p) => p > 0 && p <= text.length);
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  const lines: { from: number; to: number; last: boolean }[] = [];
  const lineWidth = () => o.width - (lines.length === 0 ? (o.indent ?? 0) : 0);
  const fits = (a: number, b: number) => wide(a, trimEnd(text, a, b)) <= lineWidth() + 0.01;
  let from = 0;
  let fit = 0; // the end of the last segment that fits on the line begun at `from`
  for (const to of ends) {
    if (!fits(from, to)) {
      if (fit > from) {
        lines.push({ from, to: fit, last: false });
        from = fit;
      }
      // One piece wider than a whole line (a long URL): cut where it must, never lost, and said.
      if (!fits(from, to)) notes.cut.add(text.slice(from, trimEnd(text, from, to)));
      // At least one character a line, however narrow the line (a column squeezed to nothing).
      while (from < to && !fits(from, to)) {
        let k = from + 1;
        while (k < to && wide(from, k + 1) <= lineWidth()) k++;
        lines.push({ from, to: k, last: false });
        from = k;
      }
    }
    fit = to;
    if (required.has(to) && to < text.length) {
      lines.push({ from, to, last: true });
      from = fit = to;
    }
  }
  lines.push({ from, to: text.length, last: true });

  return lines.map((l, n) => {
    const to = trimEnd(text, l.from, l.to);
    const indent = n === 0 ? (o.indent ?? 0) : 0;
    const natural = wide(l.from, to);
    const room = o.width - indent - natural;
    const justify = o.align === 'justify' && !l.last && room > 0;
    const offset = indent + (o.align === 'center' ? room / 2 : o.align === 'right' ? room : 0);
    const chars = [...text.slice(l.from, to)].length;
    const latin = !CJK.test(text.slice(l.from, to)) && /\s/.test(text.slice(l.from, to));
    const spaces = latin ? text.slice(l.from, to).match(/ /g)?.length ?? 0 : 0;
    const perChar = justify && !latin && chars > 1 ? room / (chars - 1) : 0;
    const perSpace = justify && latin && spaces > 0 ? room / spaces : 0;
    const pieces: Piece[] = [];
    let x = offset;
    let i = l.from;
    while (i < to) {
      // A piece: one face, no seam inside, and (for word spacing) one word with its space.
      let j = i;
      while (j < to && faces[j] === faces[i] && !(j > i && gap[j]) && !(perSpace && j > i && text[j - 1] === ' ')) j++;
      const t = text.slice(i, j).replace(/\n/g, '');
      if (t) pieces.push({ x, text: t, face: faces[i]!, charSpacing: perChar });
      x += wide(i, j) + perChar * [...text.slice(i, j)].length + (perSpace && text[j - 1] === ' ' ? perSpace : 0) + (j < to ? gap[j]! * size : 0);
      i = j;
    }
    return { pieces, width: justify ? o.width - indent : natural };
  });
}

/** The end of a line's text without its trailing spaces and newline. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /[ \n\u3000]/.test(text[to - 1]!)) to--;
  return to;
}
