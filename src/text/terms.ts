/**
 * Word lists (lexicon.ts) compiled into regular expressions, with a way back from the
 * matched text to the value the term stands for. Text is matched in its normalised form
 * (full-width ASCII folded, see structure.ts), so terms are normalised the same way.
 */
import type { TermSet } from './lexicon.ts';
import { normalise } from './structure.ts';

export interface Matcher<T> {
  /** Global, case-insensitive; alternatives longest first. */
  readonly regex: RegExp;
  /** The value of the term a matched text came from. */
  valueOf(matched: string): T | undefined;
  /** Whether the text matches anywhere (stateless). */
  test(text: string): boolean;
  /** Every match in `text[from, to)`, leftmost-longest, non-overlapping. */
  all(text: string, from?: number, to?: number): { start: number; end: number; value: T }[];
}

/** Characters of context kept around a searched range, for look-behinds and look-aheads. */
const CONTEXT = 8;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const GAP = '[^,;。!?\\n0-9]{0,6}?';
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

interface Alternative<T> {
  source: string;
  weight: number;
  value: T;
  exact?: string;
  pattern?: RegExp;
}

/**
 * Text taken out of a PDF puts a space between Latin and Chinese ("I 级故障", "P1 故障"):
 * a Chinese term reads the same with one space at each such seam.
 */
const SEAM = /(?<=[A-Za-z0-9\u2160-\u216f])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9\u2160-\u216f])/g;
const withSeams = (part: string) => part.split(SEAM).map(escape).join(' ?');
const SPACE_AT_SEAM = /(?<=[A-Za-z0-9\u2160-\u216f]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9\u2160-\u216f])/g;

function alternative<T>(term: string, lang: 'zh' | 'en', value: T): Alternative<T> {
  const t = normalise(term);
  if (lang === 'zh') {
    // A space the term has at a seam is the seam's optional space (a name such as
    // "办公时间（周一至周六 8:30–17:30）" matches with it or without it).
    return zhAlternative(t.replace(/\s+/g, ' ').replace(SPACE_AT_SEAM, ''), value);
  }
  return enAlternative(t, value);
}

function zhAlternative<T>(t: string, value: T): Alternative<T> {
  const parts = t.split('…');
  const source = parts.map(withSeams).join(GAP);
  const literal = parts.join('');
  return parts.length > 1
    ? { source, weight: literal.length, value, pattern: new RegExp(`^${source}$`, 'i') }
    : { source, weight: literal.length, value, exact: literal.toLowerCase() };
}

function enAlternative<T>(t: string, value: T): Alternative<T> {
  const star = t.endsWith('*');
  const body = star ? t.slice(0, -1) : t;
  let source = body.split(/\s+/).map(escape).join('\\s+');
  if (star) source += '[A-Za-z]*';
  if (isWordChar(body[0])) source = `(?<![A-Za-z0-9])${source}`;
  if (star || isWordChar(body[body.length - 1])) source = `${source}(?![A-Za-z0-9])`;
  return star || /\s/.test(body)
    ? { source, weight: body.length + (star ? 0.5 : 0), value, pattern: new RegExp(`^${source}$`, 'i') }
    : { source, weight: body.length, value, exact: body.toLowerCase() };
}

/** Compile groups of terms, each standing for a value (null for blockers). */
export function compileTerms<T>(groups: readonly { terms: TermSet; value: T }[], wrap?: (source: string) => string): Matcher<T> {
  const alts: Alternative<T>[] = [];
  for (const { terms, value } of groups) {
    for (const w of terms.zh ?? []) alts.push(alternative(w, 'zh', value));
    for (const w of terms.en ?? []) alts.push(alternative(w, 'en', value));
  }
  alts.sort((a, b) => b.weight - a.weight);
  const exact = new Map<string, T>();
  for (const a of alts) if (a.exact !== undefined && !exact.has(a.exact)) exact.set(a.exact, a.value);
  const patterns = alts.filter((a) => a.pattern);
  // The term itself is group 1, so that words a wrapper adds around it are not looked up.
  const body = alts.length ? `(${alts.map((a) => a.source).join('|')})` : '((?!))';
  const regex = new RegExp(wrap ? wrap(body) : body, 'gi');
  const valueOf = (matched: string): T | undefined => {
    const key = matched.toLowerCase().replace(/\s+/g, ' ').replace(SPACE_AT_SEAM, '');
    if (exact.has(key)) return exact.get(key);
    for (const p of patterns) if (p.pattern!.test(matched)) return p.value;
    return undefined;
  };
  const single = new RegExp(regex.source, 'i');
  const scanner = new RegExp(regex.source, 'gi');
  return {
    regex,
    valueOf,
    test: (text) => single.test(text),
    all(text, from = 0, to = text.length) {
      const out: { start: number; end: number; value: T }[] = [];
      // Search only [from, to), with a few characters either side for look-arounds, so that
      // many small searches in a long text stay linear.
      const base = Math.max(0, from - CONTEXT);
      const window = base === 0 && to + CONTEXT >= text.length ? text : text.slice(base, Math.min(text.length, to + CONTEXT));
      const re = scanner;
      re.lastIndex = from - base;
      for (let m = re.exec(window); m && m.index + base < to; m = re.exec(window)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const start = m.index + base;
        const end = start + m[0].length;
        if (end > to) continue;
        const v = valueOf(m[1] ?? m[0]);
        if (v !== undefined) out.push({ start, end, value: v });
      }
      return out;
    },
  };
}

/** Compile one term set standing for `true`. */
export const compileSet = (terms: TermSet, wrap?: (source: string) => string) => compileTerms([{ terms, value: true as const }], wrap);
