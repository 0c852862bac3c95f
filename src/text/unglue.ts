/**
 * Words glued together by PDF extraction ("attend site withintwo(2)hoursfor priorityrequests"):
 * a run of ten or more letters (with digits and brackets) that is no word of its own but can
 * be split, all of it, into dictionary words, numbers and "(2)"s is read with spaces between
 * them. The dictionary is every English word of the lexicon and `GLUE_WORDS`; a starred word
 * (respond*) takes the usual endings. A run that cannot be split wholly is left alone, so a
 * long real word the dictionary lacks is never cut.
 *
 * The split text is a reading only: `spacedText` maps every one of its characters back to
 * the original, so findings keep positions in the text the user gave. Linear: each run is
 * split by dynamic programming over at most `MAX_WORD` characters per position.
 */
import * as lexicon from './lexicon.ts';
import { EN_UNITS } from './units.ts';

const MAX_WORD = 24;
const MIN_RUN = 10;

let dictionary: { words: Set<string>; stems: Set<string> } | undefined;

/** All English words of the lexicon, once. */
function dict(): { words: Set<string>; stems: Set<string> } {
  if (dictionary) return dictionary;
  const words = new Set<string>(lexicon.GLUE_WORDS);
  const stems = new Set<string>();
  const add = (term: string) => {
    for (const w of term.toLowerCase().split(/[\s/-]+/)) {
      const clean = w.replace(/[^a-z*']/g, '');
      if (!clean) continue;
      if (clean.endsWith('*')) stems.add(clean.slice(0, -1));
      else words.add(clean.replace(/'/g, ''));
    }
  };
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || v === undefined) return;
    if (typeof v === 'string') {
      if (/^[\x20-\x7e]+$/.test(v)) add(v);
      return;
    }
    if (v instanceof Set || v instanceof Map) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'zh') visit(x, depth + 1);
  };
  for (const [name, value] of Object.entries(lexicon)) if (name !== 'TRADITIONAL' && name !== 'GLUE_ENDINGS') visit(value, 0);
  for (const u of Object.keys(EN_UNITS)) add(u);
  dictionary = { words, stems };
  return dictionary;
}

function isWord(w: string): boolean {
  const { words, stems } = dict();
  if (words.has(w)) return true;
  for (const e of lexicon.GLUE_ENDINGS) {
    if (w.length > e.length + 2 && w.endsWith(e) && stems.has(w.slice(0, w.length - e.length))) return true;
  }
  return false;
}

/** Runs seen before (a document repeats its words): their splits, or null. Bounded. */
const seen = new Map<string, number[] | null>();

/** Token boundaries splitting `run` wholly into words, numbers and (n)s, fewest tokens; undefined if none. */
function split(run: string): number[] | undefined {
  const known = seen.get(run);
  if (known !== undefined) return known ?? undefined;
  const cuts = splitOnce(run);
  if (seen.size > 10_000) seen.clear();
  seen.set(run, cuts ?? null);
  return cuts;
}

function splitOnce(run: string): number[] | undefined {
  const lower = run.toLowerCase();
  if (isWord(lower)) return undefined;
  const n = lower.length;
  const best: number[] = new Array(n + 1).fill(Infinity);
  const prev: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    const relax = (j: number) => {
      if (best[i]! + 1 < best[j]!) {
        best[j] = best[i]! + 1;
        prev[j] = i;
      }
    };
    const c = lower[i]!;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < n && /[0-9.]/.test(lower[j]!)) j++;
      relax(j);
    } else if (c === '(') {
      const close = lower.indexOf(')', i);
      if (close > i && close - i <= 6 && /^\([0-9.]+\)$/.test(lower.slice(i, close + 1))) relax(close + 1);
    } else {
      for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
        const w = lower.slice(i, j);
        if (!/^[a-z']+$/.test(w)) break;
        if ((w.length >= 2 || w === 'a') && isWord(w)) relax(j);
      }
    }
  }
  if (best[n] === Infinity || best[n]! < 2) return undefined;
  const cuts: number[] = [];
  for (let j = n; j > 0; j = prev[j]!) cuts.unshift(j);
  return cuts.slice(0, -1);
}

export interface Spaced {
  text: string;
  /** For each character of `text` (and its end), its offset in the original (an inserted space: the next character's). */
  origin: Int32Array;
}

/** Letters, digits, brackets and apostrophes: what a glued run is made of. */
const inRun = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 40 || c === 41 || c === 39;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The text with glued runs split, or undefined when nothing is glued. One pass over the text. */
export function spacedText(text: string): Spaced | undefined {
  const inserts: number[] = [];
  for (let i = 0; i < text.length; ) {
    if (!inRun(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    for (; j < text.length && inRun(text.charCodeAt(j)); j++) if (isLetter(text.charCodeAt(j))) letters++;
    if (j - i >= MIN_RUN && letters) {
      const cuts = split(text.slice(i, j));
      if (cuts) for (const c of cuts) inserts.push(i + c);
    }
    i = j;
  }
  if (!inserts.length) return undefined;
  const origin = new Int32Array(text.length + inserts.length + 1);
  const pieces: string[] = [];
  let from = 0;
  let k = 0;
  for (const at of inserts) {
    pieces.push(text.slice(from, at), ' ');
    for (let i = from; i < at; i++) origin[k++] = i;
    origin[k++] = at;
    from = at;
  }
  pieces.push(text.slice(from));
  for (let i = from; i <= text.length; i++) origin[k++] = i;
  return { text: pieces.join(''), origin };
}
