/**
 * Lines wrapped by a page layout (text out of a PDF: "工作\n时间（周一至周五…）的，1小时内到达现场"):
 * Chinese has no space to break at, so a layout breaks lines between any two characters, even
 * inside a word — 工作时间 becomes 工作 | 时间 and no longer reads as the window. A line break
 * between two Chinese characters, after a line long enough to have been filled and before a
 * line that starts nothing new (no heading, list item or table row), is read as no break.
 *
 * Like unglue.ts, the unwrapped text is a reading only: `origin` maps each of its characters
 * back to the text the user gave, so findings keep their lines and columns.
 */
import type { Spaced } from './unglue.ts';

/** A filled line is at least this long (a 小四 line of A4 holds about 34 Chinese characters). */
const FILLED = 16;

/** Chinese characters and the punctuation that may stand mid-sentence at a line's end or start. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff（）“”‘’《》、，；]/;
/** What may not end a wrapped line: a full stop or colon (the break after it is real; after ；or ，a layout wraps too). */
const ENDS = /[。！？：:!?]/;
/** A line that starts something new: a heading, a list item, a numbered clause, a table row. */
const STARTS_ANEW = /^\s*(?:[-*+•·#|]|\d+[.、)．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节条款篇部]|[①-⑳])/;

/** The text with soft wraps between Chinese characters removed, or undefined when it has none. */
export function unwrappedText(text: string): Spaced | undefined {
  const drops: number[] = [];
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (!CJK.test(before) || ENDS.test(before) || !CJK.test(after)) continue;
    if (i - lineStart < FILLED) continue;
    const next = text.indexOf('\n', i + 1);
    if (STARTS_ANEW.test(text.slice(i + 1, next < 0 ? text.length : Math.min(next, i + 41)))) continue;
    drops.push(i);
  }
  if (!drops.length) return undefined;
  const origin = new Int32Array(text.length - drops.length + 1);
  const pieces: string[] = [];
  let from = 0;
  let k = 0;
  for (const at of drops) {
    pieces.push(text.slice(from, at));
    for (let i = from; i < at; i++) origin[k++] = i;
    from = at + 1;
  }
  pieces.push(text.slice(from));
  for (let i = from; i <= text.length; i++) origin[k++] = i;
  return { text: pieces.join(''), origin };
}
