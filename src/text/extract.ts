/**
 * The free-text commitment extractor: finds time limits, periods, frequencies, 7×24
 * coverage and unfilled template blanks in Chinese and English prose, and says what each
 * promises (target), how (bound) and under which conditions (qualifiers).
 *
 * How a number is read:
 * 1. Spans that are never durations are masked first: dates, clock times, month ranges,
 *    7×24 coverage, frequencies (每年不少于两次), list numbering.
 * 2. Each remaining number + unit is a quantity. Its clause (split at ，；。) is cut at the
 *    neighbouring quantities (and at 、 between them) into its own segment.
 * 3. Target: in Chinese the target usually follows the number (2小时内到达现场) unless the
 *    target is written first and only linker words stand between (到场时间不超过2小时);
 *    in English the target usually comes first. Then the rest of the clause, the other
 *    clauses of the sentence, the table's column and row headers, and the lead-in line
 *    and headings above. A negated target (若4小时内未能修复) is a condition: the promise is
 *    what follows (提供同档次备机 → loaner).
 * 4. Bound: the words right before or after the number (不超过, 内, at least …), else the
 *    kind's default (a bare time limit is a maximum, a bare warranty is exact).
 * 5. Qualifiers: nearest in the segment, then the clause, the earlier clauses of the
 *    sentence, the table row and header, and the context lines (only when unambiguous).
 *
 * Pure: no I/O. Offsets are UTF-16 indices into the given text; line and column are
 * 1-based, the column counted in Unicode code points.
 */
import {
  APPROX, BOUNDS, COMMITMENT_MARKERS, DEFAULT_BOUND, EN_FREQUENCY_ADVERBS, EN_PERIODS, EN_TIMES, FREQUENCY_KINDS, LINKERS,
  NEGATIONS, NOT_A_COMMITMENT, PRONOUNS, REQUIREMENT_MARKERS, ROUND_THE_CLOCK, TARGET_BLOCKERS, TARGET_TERMS, WITHIN_MEANS_AT_LEAST,
  ZH_PERIODS, type KnownKind, type Per, type TermSet,
} from './lexicon.ts';
import { EN_NUMBER_WORDS_SOURCE, parseChineseApprox, parseNumber, ZH_NUMBER_SOURCE } from './numbers.ts';
import { nonDurationSpans, pickQualifiers, scanQualifiers, type Occurrence, type Qualifiers, type Scope } from './qualifiers.ts';
import { normalise, Positions, spanAt, structure, type Clause, type Line, type Sentence, type Span } from './structure.ts';
import { compileSet, compileTerms } from './terms.ts';
import { EN_UNITS, enUnit, quantityOf, ZH_UNITS, ZH_UNITS_NEEDING_WITHIN, zhUnit, type Quantity, type Unit } from './units.ts';

export type Bound = 'max' | 'min' | 'exact';
/** A target kind; the known ones are listed in `KINDS` (lexicon.ts). */
export type Kind = KnownKind | (string & {});
export type { Quantity, Unit } from './units.ts';
export type { Qualifiers } from './qualifiers.ts';

/** Where a finding is: the matched words and the clause around them. */
export interface Source {
  /** UTF-16 offset of the match in the given text. */
  offset: number;
  /** UTF-16 length of the match. */
  length: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in code points. */
  column: number;
  /** The matched words ("2小时", "贰年", "每年至少要回访二次"). */
  match: string;
  /** The clause (or table cell) the match is in. */
  text: string;
}

interface FindingBase {
  kind: Kind;
  bound: Bound;
  qualifiers: Qualifiers;
  source: Source;
  /** Quoted from the tender (a 偏离表's 招标文件要求), not promised by us. */
  requirement?: true;
}

/** "2小时内到达现场": a length of time. */
export interface DurationFinding extends FindingBase {
  measure: 'duration';
  value: Quantity;
  /** When written as a range (2～4小时): `value` holds the upper bound, or the lower for a minimum. */
  range?: { from: number; to: number };
}

/** "每年不少于两次": a count per period; `value` is the period (1 year, 3 months …). */
export interface FrequencyFinding extends FindingBase {
  measure: 'frequency';
  frequency: { count: number; per: Per };
  /** What is counted: 'visit', 'patrol', 'check', 'test', 'maintenance'. Different activities never conflict. */
  activity?: string;
  value: Quantity;
  range?: { from: number; to: number };
}

/** "7×24小时": hours of coverage per day and days per week (kind `hotline`). Never a 24-hour time limit. */
export interface CoverageFinding extends FindingBase {
  measure: 'coverage';
  coverage: { days: number; hours: number };
}

export type TextFinding = DurationFinding | FrequencyFinding | CoverageFinding;

/** A unit without its number, as in an unfilled template: "于小时内到达现场", "within __ hours". */
export interface Blank {
  unit: Unit;
  /** The target, when one is recognisable. */
  kind?: Kind;
  source: Source;
}

export interface Extraction {
  commitments: TextFinding[];
  blanks: Blank[];
}

// ── Compiled word lists ──────────────────────────────────────────────────────────────

interface TargetHit extends Span {
  kind: KnownKind;
  negated: boolean;
  activity?: string;
}

const targetMatcher = compileTerms<KnownKind | null>([
  ...Object.entries(TARGET_TERMS).map(([kind, terms]) => ({ terms: { zh: terms.zh, en: terms.en }, value: kind as KnownKind })),
  { terms: TARGET_BLOCKERS, value: null },
]);
const needsMatchers = new Map(
  Object.entries(TARGET_TERMS)
    .filter(([, t]) => t.needs)
    .map(([kind, t]) => [kind, compileSet(t.needs!)] as const),
);
const frequencyKindMatcher = compileTerms(FREQUENCY_KINDS.map((f) => ({ terms: f.terms, value: f })));
const negationMatcher = compileSet(NEGATIONS);
const notCommitmentMatcher = compileSet(NOT_A_COMMITMENT);
const requirementMatcher = compileTerms([
  { terms: REQUIREMENT_MARKERS, value: 'requirement' as const },
  { terms: COMMITMENT_MARKERS, value: 'commitment' as const },
]);

const join = (...sets: TermSet[]): TermSet => ({ zh: sets.flatMap((s) => s.zh ?? []), en: sets.flatMap((s) => s.en ?? []) });
const FILLER = '(?:\\s|[在于为是:]|约|大约|需|须|应|将|要)*';
/** Bound words right before a number (longest, leftmost wins: 不超过 is no 超过). */
const boundBefore = compileTerms(
  [
    { terms: BOUNDS.maxBefore, value: 'max' as Bound },
    { terms: BOUNDS.minBefore, value: 'min' as Bound },
  ],
  (body) => `${body}${FILLER}$`,
);
const boundAfter = compileTerms(
  [
    { terms: BOUNDS.maxAfter, value: 'max' as Bound },
    { terms: BOUNDS.minAfter, value: 'min' as Bound },
  ],
  (body) => `^\\s*${body}`,
);
const leadInBound = compileTerms([
  { terms: BOUNDS.maxBefore, value: 'max' as Bound },
  { terms: BOUNDS.minBefore, value: 'min' as Bound },
]);
const approxBefore = compileSet(APPROX.before, (body) => `${body}\\s*$`);
const approxAfter = compileSet(APPROX.after, (body) => `^\\s*(?:以内|之内|内)?\\s*${body}`);
const pronounOrLinker = compileSet(join(PRONOUNS, LINKERS), (body) => `^(?:[\\s,:()、-]|${body})*$`);
const linkerOnly = compileSet(join(LINKERS, BOUNDS.maxBefore, BOUNDS.minBefore, APPROX.before), (body) => `^(?:\\s|[:,]|${body})*$`);
const roundTheClock = compileSet(ROUND_THE_CLOCK, (body) => `^\\s*-?\\s*(?:有人|均有人|专人|安排专人|均)?\\s*${body}`);

// ── Regular expressions for numbers, units, coverage, frequencies, blanks ────────────

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
const ZH_NUM = `(?:${ZH_NUMBER_SOURCE})`;
const EN_NUM = `(?:\\d+(?:\\.\\d+)?|${EN_NUMBER_WORDS_SOURCE})`;
const RANGE = '\\s*(?:至|到|~|-|—|–|－|〜)\\s*';
const ZH_UNIT = `(?:${byLength(Object.keys(ZH_UNITS).map(normalise))})`;
const EN_UNIT = `(?:${byLength(Object.keys(EN_UNITS)).replace(/ /g, '\\s+')})`;

const ZH_QUANTITY = new RegExp(
  `(?<![0-9.])(?:(${ZH_NUM})(?:${RANGE}(${ZH_NUM}))?\\s*(个)?\\s*(半)?\\s*(${ZH_UNIT})(半)?|(半)\\s*(个)?\\s*(${ZH_UNIT}))`,
  'g',
);
const EN_QUANTITY = new RegExp(
  `(?<![A-Za-z0-9.])(?:(${EN_NUM})(?:\\s*(?:-|–|to|~)\\s*(${EN_NUM}))?|(an?)|(half\\s+an?))\\s*-?\\s*` +
    `(?:(business|working|work|calendar)\\s+)?(${EN_UNIT})(?![A-Za-z])(\\s+and\\s+a\\s+half)?`,
  'gi',
);

const COVERAGE = new RegExp(
  [
    `(?<![0-9])([57]|七|五)\\s*(?:[xX*×✕╳]|天\\s*[xX*×]?)\\s*(24|8|二十四|八)\\s*(?:小时|h\\b|hrs?\\b|hours?\\b)?(?![0-9])`,
    `(?<![0-9])(24)\\s*(?:[xX*×]|/)\\s*(7)(?![0-9])`,
    `365\\s*(?:天|days?)\\s*[xX*×]\\s*24\\s*(?:小时|hours?|h\\b)?`,
    `24\\s*hours?\\s+a\\s+day\\s*,?\\s*(?:and\\s+)?7\\s*days?\\s+a\\s+week`,
    `7\\s*days?\\s+a\\s+week\\s*,?\\s*(?:and\\s+)?24\\s*hours?\\s+a\\s+day`,
  ].join('|'),
  'gi',
);
/** Round-the-clock wording: 7×24 coverage in other words. */
const ROUND_COVERAGE = /(?:全天|每天|每日|全日)\s*24\s*小时|24\s*hours\s+a\s+day|round[\s-]the[\s-]clock|around[\s-]the[\s-]clock/gi;
/** Wording that is neither a time limit nor coverage on its own: masked only. */
const ROUND_MASK = /全年\s*365\s*天|365\s*days\s+a\s+year/gi;

const DATES =
  /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〇零一二三四五六七八九]{4}年|\d{1,2}:\d{2}(?::\d{2})?/g;
const NUMBERING = /^[ \t]*(?:#{1,6}\s+)?(?:\d+(?:\.\d+)*[.、)](?!\d)|\(\d+\)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/gm;

const zhPeriods = byLength(Object.keys(ZH_PERIODS));
const FREQUENCY_VERBS_ZH = byLength(FREQUENCY_KINDS.flatMap((f) => f.terms.zh ?? []));
const ZH_FREQUENCY = new RegExp(
  `每\\s*(?:(${ZH_NUM})\\s*)?(${zhPeriods})|(?<![每前后0-9])(${ZH_NUM}|半)?\\s*个?\\s*(年|季度|个月|周)(?=\\s*(?:进行|开展|组织)?\\s*(?:(?:不少于|至少|最少|不低于|不超过)\\s*)?(?:${FREQUENCY_VERBS_ZH})?\\s*(?:(?:不少于|至少|最少|不低于|不超过)\\s*)?(?:要|应|须)?\\s*${ZH_NUM}\\s*次)`,
  'g',
);
/** "- 年度保养：…", "季度巡检：…": a level named by its period, at the start of an item. */
const ZH_LEVEL = /^[ \t]*(?:[-*+•·]\s*|\d+[.、)]\s*|\(\d+\)\s*|[一二三四五六七八九十]+、\s*)?(年度|季度|月度)(?=\s*(?:例行|定期)?(?:保养|巡检|巡查|检修|维护|回访))/gm;
const ZH_COUNT = new RegExp(`^([^,;。每]{0,14}?)(${ZH_NUM})(?:${RANGE}(${ZH_NUM}))?\\s*次`);
const enPeriods = byLength(Object.keys(EN_PERIODS));
const EN_FREQUENCY = new RegExp(
  `(?<![A-Za-z])(?:(once|twice|thrice)|(${EN_NUM})\\s+(?:times|(?:[a-z-]+\\s+){0,2}?(?:visits?|inspections?|checks?|calls?|services?)))` +
    `\\s+(?:a|per|each|every|a\\s+calendar)\\s+(${enPeriods})(?![A-Za-z])` +
    `|(?<![A-Za-z])every\\s+(?:(${EN_NUM})\\s+)?(${enPeriods})(?![A-Za-z])` +
    `|(?<![A-Za-z])(${byLength(Object.keys(EN_FREQUENCY_ADVERBS))})(?![A-Za-z])`,
  'gi',
);

const BLANK_UNITS: Readonly<Record<string, Unit>> = {
  个工作小时: 'hour', 工作小时: 'hour', 个工作日: 'workday', 个小时: 'hour', 小时: 'hour', 分钟: 'minute', 天: 'day', 个月: 'month',
  月: 'month', 年: 'year', 周: 'week', 个星期: 'week', 星期: 'week',
};
const PLACEHOLDER = '(?:_+|＿+|\\(\\s*\\)|\\[\\s*\\]|【\\s*】|□+|[xX×]{1,3}(?![A-Za-z0-9])|(?<=[\\u4e00-\\u9fff]) {2,})';
const ZH_BLANK = new RegExp(`(${PLACEHOLDER})?\\s*(${byLength(Object.keys(BLANK_UNITS))})`, 'g');
const EN_BLANK = new RegExp(
  `(?:(_{2,}|\\[\\s*\\]|\\(\\s*\\)|…|\\.{3})|(?<=\\b(?:within|in|for|of|than|to)\\s+)(X{1,3}|N))\\s*(?:(business|working)\\s+)?(minutes?|hours?|days?|weeks?|months?|years?)(?![A-Za-z])`,
  'gi',
);

const CJK = /[\u4e00-\u9fff]/;

// ── Internals ────────────────────────────────────────────────────────────────────────

interface Hit extends Span {
  type: 'duration' | 'frequency' | 'coverage' | 'blank';
  zh: boolean;
  quantity?: Quantity;
  range?: { from: number; to: number };
  frequency?: { count: number; per: Per };
  coverage?: { days: number; hours: number };
  boundHint?: Bound;
  unit?: Unit;
}

class Mask {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }
  add(start: number, end: number) {
    this.bits.fill(1, start, end);
  }
  any(start: number, end: number) {
    for (let i = start; i < end; i++) if (this.bits[i]) return true;
    return false;
  }
}

function lowerBound<T extends Span>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function within<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

const overlapsAny = (spans: readonly Span[], start: number, end: number) => {
  const i = lowerBound(spans, start);
  return (i > 0 && spans[i - 1]!.end > start) || (i < spans.length && spans[i]!.start < end);
};

function perOf(times: number, per: Per, count: number): { count: number; per: Per } {
  // "每3个月一次" is once a quarter; "每半年一次" twice a year; "每两年一次" half a year's worth.
  if (per === 'month' && times < 1) return { count: count / times, per: 'month' };
  if (per === 'month' && times === 3) return { count, per: 'quarter' };
  if (per === 'month' && times === 12) return { count, per: 'year' };
  if (per === 'month' && times !== 1) return { count: (count * 12) / times, per: 'year' };
  return { count: count / times, per };
}

const periodQuantity = (f: { per: Per }): Quantity =>
  f.per === 'quarter' ? { amount: 3, unit: 'month' } : { amount: 1, unit: f.per };

// ── Scanning ─────────────────────────────────────────────────────────────────────────

function scanCoverage(norm: string, mask: Mask): Hit[] {
  const hits: Hit[] = [];
  COVERAGE.lastIndex = 0;
  for (let m = COVERAGE.exec(norm); m; m = COVERAGE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    let days = 7;
    let hours = 24;
    if (m[1]) {
      days = parseNumber(m[1]) ?? 7;
      hours = parseNumber(m[2]!) ?? 24;
    }
    mask.add(start, end);
    hits.push({ start, end, type: 'coverage', zh: CJK.test(m[0]), coverage: { days, hours } });
  }
  ROUND_COVERAGE.lastIndex = 0;
  for (let m = ROUND_COVERAGE.exec(norm); m; m = ROUND_COVERAGE.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mask.any(start, end)) continue;
    mask.add(start, end);
    hits.push({ start, end, type: 'coverage', zh: CJK.test(m[0]), coverage: { days: 7, hours: 24 } });
  }
  ROUND_MASK.lastIndex = 0;
  for (let m = ROUND_MASK.exec(norm); m; m = ROUND_MASK.exec(norm)) mask.add(m.index, m.index + m[0].length);
  return hits.sort((a, b) => a.start - b.start);
}

function scanFrequencies(norm: string, mask: Mask): Hit[] {
  const hits: Hit[] = [];
  ZH_FREQUENCY.lastIndex = 0;
  for (let m = ZH_FREQUENCY.exec(norm); m; m = ZH_FREQUENCY.exec(norm)) {
    const start = m.index;
    const periodWord = m[2] ?? m[4]!;
    const nWritten = m[1] ?? m[3];
    const n = nWritten === undefined ? 1 : nWritten === '半' ? 0.5 : parseNumber(nWritten);
    const period = ZH_PERIODS[periodWord];
    if (!period || n === undefined || n <= 0) continue;
    const times = n * period.times;
    const rest = norm.slice(start + m[0].length, start + m[0].length + 30);
    const c = ZH_COUNT.exec(rest);
    let count: number | undefined;
    let range: { from: number; to: number } | undefined;
    let end: number;
    let boundHint: Bound | undefined;
    if (c) {
      const a = parseNumber(c[2]!);
      const b = c[3] ? parseNumber(c[3]) : undefined;
      if (a === undefined) continue;
      count = a;
      if (b !== undefined) range = { from: a, to: b };
      end = start + m[0].length + c[0].length;
      const prefix = c[1]!;
      if (/不少于|至少|最少|不低于|以上/.test(prefix)) boundHint = 'min';
      else if (/不超过|最多|至多/.test(prefix)) boundHint = 'max';
    } else {
      // "每月巡检", "每季度例行保养": once per period when a maintenance or visit verb follows.
      const verb = frequencyKindMatcher.all(rest.slice(0, 8))[0];
      if (!verb || /[,;。]/.test(rest.slice(0, verb.start)) || !m[2]) continue;
      count = 1;
      end = start + m[0].length + verb.end;
    }
    const f = perOf(times, period.per, count);
    if (range) range = { from: perOf(times, period.per, range.from).count, to: perOf(times, period.per, range.to).count };
    mask.add(start, end);
    hits.push({ start, end, type: 'frequency', zh: true, frequency: f, ...(range ? { range } : {}), ...(boundHint ? { boundHint } : {}) });
  }
  ZH_LEVEL.lastIndex = 0;
  for (let m = ZH_LEVEL.exec(norm); m; m = ZH_LEVEL.exec(norm)) {
    const start = m.index + m[0].length - m[1]!.length;
    const verb = frequencyKindMatcher.all(norm.slice(start + 2, start + 8))[0];
    if (!verb || mask.any(start, start + 2)) continue;
    const end = start + 2 + verb.end;
    const period = ZH_PERIODS[m[1]!]!;
    mask.add(start, end);
    hits.push({ start, end, type: 'frequency', zh: true, frequency: perOf(period.times, period.per, 1) });
  }
  EN_FREQUENCY.lastIndex = 0;
  for (let m = EN_FREQUENCY.exec(norm); m; m = EN_FREQUENCY.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    let f: { count: number; per: Per } | undefined;
    if (m[3]) {
      const count = m[1] ? EN_TIMES[m[1].toLowerCase()] : parseNumber(m[2]!);
      const p = EN_PERIODS[m[3].toLowerCase()];
      if (count !== undefined && p) f = perOf(p.times, p.per, count);
    } else if (m[5]) {
      const n = m[4] ? parseNumber(m[4]) : 1;
      const p = EN_PERIODS[m[5].toLowerCase()];
      if (n !== undefined && p) f = p.per === 'month' ? perOf(n, 'month', 1) : perOf(n * p.times, p.per, 1);
    } else if (m[6]) f = EN_FREQUENCY_ADVERBS[m[6].toLowerCase()];
    if (!f) continue;
    mask.add(start, end);
    hits.push({ start, end, type: 'frequency', zh: false, frequency: { ...f } });
  }
  return hits;
}

function scanQuantities(norm: string, mask: Mask): Hit[] {
  const hits: Hit[] = [];
  ZH_QUANTITY.lastIndex = 0;
  for (let m = ZH_QUANTITY.exec(norm); m; m = ZH_QUANTITY.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const unitWord = m[5] ?? m[9]!;
    const reading = zhUnit(unitWord) ?? zhUnit(unitWord.replace('(', '（').replace(')', '）'));
    if (!reading || mask.any(start, end)) continue;
    const ge = m[3] ?? m[8];
    const before = norm[start - 1] ?? '';
    const after = norm.slice(end, end + 4);
    if (/[第每近前]/.test(before)) continue;
    if (ZH_UNITS_NEEDING_WITHIN.has(unitWord) && !ge && !/^\s*(?:以内|之内|内)/.test(after)) continue;
    if (unitWord === '年' && /^[度级龄份底初末中代]/.test(after)) continue;
    if ((unitWord === '周' || unitWord === '星期') && /^[一二三四五六日天末岁年]/.test(after)) continue;
    if (unitWord === '日' && /^[起止期常]/.test(after)) continue;
    let amount: number | undefined;
    let range: { from: number; to: number } | undefined;
    if (m[7]) amount = 0.5;
    else {
      const a = parseNumber(m[1]!);
      const b = m[2] !== undefined ? parseNumber(m[2]) : undefined;
      if (a === undefined) {
        const approx = parseChineseApprox(m[1]!);
        if (!approx || m[2] !== undefined) continue;
        range = approx;
        amount = approx.to;
      } else if (m[2] !== undefined) {
        if (b === undefined || b <= a) continue;
        range = { from: a, to: b };
        amount = b;
      } else amount = a;
      if (/^[百千万萬佰仟]$/.test(m[1]!)) continue; // 百年, 千年: not a period
      const half = m[4] ?? m[6] ? 0.5 : 0;
      amount += half;
      if (range && half) range = { from: range.from + half, to: range.to + half };
    }
    if (!(amount > 0)) continue;
    if (unitWord === '年' && amount >= 1000) continue;
    hits.push({ start, end, type: 'duration', zh: true, quantity: quantityOf(amount, reading), ...(range ? { range } : {}) });
  }
  EN_QUANTITY.lastIndex = 0;
  for (let m = EN_QUANTITY.exec(norm); m; m = EN_QUANTITY.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mask.any(start, end)) continue;
    const reading = enUnit(m[6]!, m[5]);
    if (!reading) continue;
    let amount: number | undefined;
    let range: { from: number; to: number } | undefined;
    if (m[4]) amount = 0.5;
    else if (m[3]) {
      // "within an hour", not "once a year" / "24 hours a day".
      if (!/(?:within|in|of|for|than|to|least|most|after|by|about|approximately|around|under|over)\s+$/i.test(norm.slice(Math.max(0, start - 16), start))) {
        continue;
      }
      amount = 1;
    } else {
      const a = parseNumber(m[1]!);
      const b = m[2] !== undefined ? parseNumber(m[2]) : undefined;
      if (a === undefined) continue;
      if (m[2] !== undefined) {
        if (b === undefined || b <= a) continue;
        range = { from: a, to: b };
        amount = b;
      } else amount = a;
    }
    if (m[7]) amount += 0.5;
    if (!(amount > 0)) continue;
    if (/^h$/i.test(m[6]!) && !/^\d/.test(m[1] ?? '')) continue; // "two h" is no unit
    hits.push({ start, end, type: 'duration', zh: false, quantity: quantityOf(amount, reading), ...(range ? { range } : {}) });
  }
  return hits;
}

function scanBlanks(norm: string, taken: readonly Span[]): Hit[] {
  const hits: Hit[] = [];
  ZH_BLANK.lastIndex = 0;
  for (let m = ZH_BLANK.exec(norm); m; m = ZH_BLANK.exec(norm)) {
    const start = m.index + (m[1] ? 0 : m[0].length - m[2]!.length);
    const end = m.index + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    const word = m[2]!;
    const after = norm.slice(end, end + 8);
    if (!m[1]) {
      const before = norm.slice(Math.max(0, start - 3), start);
      if (!/(?:[于在为是:]|不超过|不少于|不低于|最迟|至少|^|[,;。(\s])$/.test(before)) continue;
      if (start > 0 && /\s$/.test(before) && !/[\u4e00-\u9fff,;。:(]\s*$/.test(norm.slice(Math.max(0, start - 3), start))) continue;
      if (word === '年') {
        if (/^\s*[月度级]/.test(after)) continue;
        if (!/^(?:$|[,;。)的内起\s]|以内|之内)/.test(after)) continue;
        if (!/[于在为是:]$/.test(before.trimEnd())) continue;
      } else if (word === '月' || word === '星期' || word === '周') continue;
      else if (!/^\s*(?:以内|之内|内)/.test(after)) continue;
    } else if ((word === '年' && /^\s*[月度]/.test(after)) || (word === '月' && /^\s*[日号]/.test(after))) continue;
    hits.push({ start, end, type: 'blank', zh: true, unit: BLANK_UNITS[word]! });
  }
  EN_BLANK.lastIndex = 0;
  for (let m = EN_BLANK.exec(norm); m; m = EN_BLANK.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    const reading = enUnit(m[4]!, m[3]);
    if (!reading) continue;
    hits.push({ start, end, type: 'blank', zh: false, unit: reading.unit });
  }
  return hits;
}

// ── Reading one text ─────────────────────────────────────────────────────────────────

/** Find every commitment and every unfilled blank in `text`. */
export function extract(text: string): Extraction {
  const norm = normalise(text);
  const positions = new Positions(text);
  const mask = new Mask(norm.length);
  const qualifierOccurrences = scanQualifiers(norm);
  for (const s of nonDurationSpans(qualifierOccurrences)) mask.add(s.start, s.end);
  for (const re of [DATES, NUMBERING]) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      mask.add(m.index, m.index + m[0].length);
    }
  }
  // "24小时热线": round-the-clock, no time limit.
  const coverage = scanCoverage(norm, mask);
  const frequencies = scanFrequencies(norm, mask);
  // "24小时热线", "24小时有人值守": round-the-clock coverage, no time limit.
  const quantities = dedupe(scanQuantities(norm, mask)).filter((q) => {
    if (q.quantity!.unit === 'hour' && q.quantity!.amount === 24 && !q.range && roundTheClock.test(norm.slice(q.end, q.end + 10))) {
      mask.add(q.start, q.end);
      coverage.push({ start: q.start, end: q.end, type: 'coverage', zh: q.zh, coverage: { days: 7, hours: 24 } });
      return false;
    }
    return true;
  });
  const numbered = [...coverage, ...frequencies, ...quantities].sort((a, b) => a.start - b.start);
  const blanks = scanBlanks(norm, numbered);
  const hits = [...numbered, ...blanks].sort((a, b) => a.start - b.start);

  const targets: TargetHit[] = [];
  for (const t of targetMatcher.all(norm)) {
    if (t.value === null || overlapsAny(numbered, t.start, t.end)) continue;
    targets.push({ start: t.start, end: t.end, kind: t.value, negated: isNegated(norm, t.start) });
  }
  const frequencyVerbs: TargetHit[] = frequencyKindMatcher
    .all(norm)
    .map((v) => ({ start: v.start, end: v.end, kind: v.value.kind, activity: v.value.activity, negated: false }));
  // Qualifier words inside a number (个工作日) or, for assets, inside a target (备用设备) are none.
  const occurrences: Occurrence[] = qualifierOccurrences.filter(
    (o) => !overlapsAny(quantities, o.start, o.end) && !(o.dim === 'asset' && overlapsAny(targets, o.start, o.end)),
  );

  const doc = structure(norm, (start, end) => {
    const i = lowerBound(numbered, start);
    return i < numbered.length && numbered[i]!.start < end;
  });
  const reader = new Reader(text, norm, doc, targets, frequencyVerbs, occurrences, hits);

  const commitments: TextFinding[] = [];
  const blankFindings: Blank[] = [];
  for (const hit of hits) {
    const clauseIndex = spanAt(doc.clauses, hit.start);
    const clause = doc.clauses[clauseIndex];
    if (!clause || clause.start > hit.start) continue;
    const source = sourceOf(text, positions, hit, clause);
    if (hit.type === 'blank') {
      const kind = reader.target(hit, clauseIndex, targets)?.kind;
      blankFindings.push({ unit: hit.unit!, ...(kind ? { kind } : {}), source });
      continue;
    }
    if (hit.type === 'duration' && reader.notACommitment(hit, clauseIndex)) continue;
    const target = hit.type === 'coverage' ? undefined : reader.target(hit, clauseIndex, hit.type === 'frequency' ? frequencyVerbs : targets);
    const kind: KnownKind | undefined = hit.type === 'coverage' ? 'hotline' : target?.kind;
    if (!kind) continue;
    const qualifiers = reader.qualifiers(hit, clauseIndex);
    const requirement = reader.isRequirement(hit, clauseIndex);
    const base = { kind, qualifiers, source, ...(requirement ? { requirement: true as const } : {}) };
    if (hit.type === 'coverage') {
      commitments.push({ ...base, measure: 'coverage', bound: 'exact', coverage: hit.coverage! });
    } else if (hit.type === 'frequency') {
      const bound = hit.boundHint ?? reader.bound(hit, clauseIndex) ?? 'exact';
      const frequency = { ...hit.frequency! };
      if (hit.range) frequency.count = bound === 'max' ? hit.range.to : hit.range.from;
      commitments.push({
        ...base,
        measure: 'frequency',
        bound,
        frequency,
        value: periodQuantity(frequency),
        ...(target?.activity ? { activity: target.activity } : {}),
        ...(hit.range ? { range: hit.range } : {}),
      });
    } else {
      let bound = reader.bound(hit, clauseIndex) ?? DEFAULT_BOUND[kind];
      if (bound === 'max' && WITHIN_MEANS_AT_LEAST.has(kind) && reader.saysWithin(hit)) bound = 'min';
      const value: Quantity = { ...hit.quantity! };
      if (hit.range) value.amount = bound === 'min' ? rangeAmount(hit, 'from') : rangeAmount(hit, 'to');
      if (reader.isApprox(hit, clauseIndex) || (hit.range && hit.zh && !/[至到~\-—–〜]/.test(norm.slice(hit.start, hit.end)))) value.approx = true;
      commitments.push({ ...base, measure: 'duration', bound, value, ...(hit.range ? { range: hit.range } : {}) });
    }
  }
  return { commitments, blanks: blankFindings };
}

/** The amount at one end of a range, in the quantity's unit (季度 ranges were folded into months). */
function rangeAmount(hit: Hit, end: 'from' | 'to'): number {
  const q = hit.quantity!;
  const factor = hit.range!.to === 0 ? 1 : q.amount / hit.range!.to;
  return hit.range![end] * factor;
}

/** Where two scanners matched the same words (the Chinese and English unit "h"), keep the first, longest. */
function dedupe(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

function isNegated(norm: string, start: number): boolean {
  const zh = CJK.test(norm[start] ?? '');
  const window = norm.slice(Math.max(0, start - (zh ? 6 : 24)), start);
  const tail = window.split(/[,;。]/).pop() ?? '';
  return negationMatcher.all(tail).length > 0;
}

function sourceOf(text: string, positions: Positions, hit: Span, clause: Clause): Source {
  const { line, column } = positions.locate(hit.start);
  return {
    offset: hit.start,
    length: hit.end - hit.start,
    line,
    column,
    match: text.slice(hit.start, hit.end),
    text: text.slice(clause.start, clause.end),
  };
}

/** Reads targets, bounds and qualifiers around hits, over one text's structure. */
class Reader {
  private readonly needsCache = new Map<string, boolean>();
  constructor(
    private readonly text: string,
    private readonly norm: string,
    private readonly doc: ReturnType<typeof structure>,
    private readonly targets: readonly TargetHit[],
    private readonly verbs: readonly TargetHit[],
    private readonly occurrences: readonly Occurrence[],
    private readonly hits: readonly Hit[],
  ) {}

  /** The hit's own stretch of its clause: cut at the neighbouring hits, and at 、 between them. */
  segment(hit: Hit, clause: Clause): Span {
    const i = lowerBound(this.hits, hit.start);
    const prev = i > 0 ? this.hits[i - 1] : undefined;
    const next = this.hits[i + 1];
    let start = clause.start;
    let end = clause.end;
    if (prev && prev.end > clause.start && prev.end <= hit.start) {
      start = prev.end;
      const cut = this.norm.lastIndexOf('、', hit.start);
      if (cut >= start) start = cut + 1;
    }
    if (next && next.start < clause.end && next.start >= hit.end) {
      end = next.start;
      const cut = this.norm.indexOf('、', hit.end);
      if (cut >= 0 && cut < end) end = cut;
    }
    return { start, end };
  }

  private needsMet(kind: KnownKind, sentenceIndex: number): boolean {
    const matcher = needsMatchers.get(kind);
    if (!matcher) return true;
    const key = `${kind}:${sentenceIndex}`;
    const cached = this.needsCache.get(key);
    if (cached !== undefined) return cached;
    const s = this.doc.sentences[sentenceIndex]!;
    const line = this.doc.lines[s.line]!;
    const spans: Span[] = [s, ...line.context.map((c) => this.doc.lines[c]!)];
    if (line.kind === 'table' && line.header !== undefined) spans.push(this.doc.lines[line.header]!);
    const met = spans.some((sp) => matcher.all(this.norm, sp.start, sp.end).length > 0);
    this.needsCache.set(key, met);
    return met;
  }

  private usable(list: readonly TargetHit[], start: number, end: number, sentenceIndex: number): TargetHit[] {
    return within(list, start, end).filter((t) => !t.negated && this.needsMet(t.kind, sentenceIndex));
  }

  /** The target word a hit is about, or undefined when none can be found. */
  target(hit: Hit, clauseIndex: number, list: readonly TargetHit[]): TargetHit | undefined {
    const clause = this.doc.clauses[clauseIndex]!;
    const si = clause.sentence;
    const sentence = this.doc.sentences[si]!;
    const seg = this.segment(hit, clause);
    if (hit.type === 'frequency') {
      const inside = within(list, hit.start, hit.end);
      if (inside[0]) return inside[0];
    }
    const before = this.usable(list, seg.start, hit.start, si);
    const afterAll = within(list, hit.end, seg.end);
    const after = afterAll.filter((t) => !t.negated && this.needsMet(t.kind, si));
    const nearestBefore = before[before.length - 1];
    const rawBefore = within(list, seg.start, hit.start).filter((t) => !t.negated);
    const rawAfter = afterAll.filter((t) => !t.negated);
    // A negated target right after the number is a condition: "4小时内未能修复，则提供备机".
    if (afterAll[0]?.negated && hit.type !== 'frequency') {
      const rest = this.usable(list, afterAll[0].end, sentence.end, si);
      const chosen = rest.find((t) => t.kind === 'loaner') ?? rest[0];
      if (chosen) return chosen;
    }
    // The nearest target word in the reading direction decides; when it lacks its companion
    // (递交 without a 保修书) the number is about something else, and nothing further is tried.
    if (hit.zh) {
      if (nearestBefore && linkerOnly.test(this.norm.slice(nearestBefore.end, hit.start))) return nearestBefore;
      if (rawAfter[0]) return after[0] === rawAfter[0] ? after[0] : undefined;
      if (nearestBefore) return nearestBefore;
    } else {
      if (rawBefore.length) return nearestBefore === rawBefore[rawBefore.length - 1] ? nearestBefore : undefined;
      if (after[0]) return after[0];
    }
    if (rawBefore.length || rawAfter.length) return undefined;
    // The rest of the clause.
    const clauseBefore = this.usable(list, clause.start, seg.start, si);
    const clauseAfter = this.usable(list, seg.end, clause.end, si);
    const restOfClause = hit.zh ? (clauseAfter[0] ?? clauseBefore[clauseBefore.length - 1]) : (clauseBefore[clauseBefore.length - 1] ?? clauseAfter[0]);
    if (restOfClause) return restOfClause;
    // The other clauses of the sentence: earlier ones nearest first, then later ones.
    for (let c = clauseIndex - 1; c >= 0 && this.doc.clauses[c]!.sentence === si; c--) {
      const found = this.usable(list, this.doc.clauses[c]!.start, this.doc.clauses[c]!.end, si);
      if (found.length) return found[found.length - 1]!;
    }
    for (let c = clauseIndex + 1; c < this.doc.clauses.length && this.doc.clauses[c]!.sentence === si; c++) {
      const found = this.usable(list, this.doc.clauses[c]!.start, this.doc.clauses[c]!.end, si);
      if (found.length) return found[0]!;
    }
    // An earlier sentence of the same line ("I级故障30分钟内响应；II级故障1小时").
    for (let p = si - 1; p >= 0 && this.doc.sentences[p]!.line === sentence.line && this.doc.sentences[p]!.cell === sentence.cell; p--) {
      const found = this.usable(list, this.doc.sentences[p]!.start, this.doc.sentences[p]!.end, si);
      if (found.length) return found[found.length - 1]!;
    }
    // A table's column header, then the row's header cell.
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table' && sentence.cell !== undefined) {
      const header = line.header !== undefined ? this.doc.lines[line.header]!.cells?.[sentence.cell] : undefined;
      const rowHeader = sentence.cell > 0 ? line.cells?.[0] : undefined;
      for (const span of [header, rowHeader]) {
        if (!span) continue;
        const found = this.usable(list, span.start, span.end, si);
        if (found.length) return found[0]!;
      }
    }
    // The lead-in lines above, then the innermost heading (a chapter title such as
    // "质量保修及售后服务" names no target for everything under it).
    const leadIns = line.context.filter((c) => this.doc.lines[c]!.kind === 'lead-in');
    const heading = line.context.find((c) => this.doc.lines[c]!.kind === 'heading');
    for (const c of heading === undefined ? leadIns : [...leadIns, heading]) {
      const l = this.doc.lines[c]!;
      const found = this.usable(list, l.start, l.end, si);
      if (found.length) return found[found.length - 1]!;
    }
    return undefined;
  }

  /** The bound written right at the number, if any. */
  bound(hit: Hit, clauseIndex: number): Bound | undefined {
    const clause = this.doc.clauses[clauseIndex]!;
    const seg = this.segment(hit, clause);
    const before = this.norm.slice(Math.max(seg.start, hit.start - 24), hit.start);
    const b = boundBefore.all(before)[0];
    if (b) return b.value;
    const after = this.norm.slice(hit.end, Math.min(clause.end, hit.end + 16));
    const a = boundAfter.all(after)[0];
    if (a) return a.value;
    // A list under "各部位的最低保修期限如下：" states minimums.
    const line = this.doc.lines[this.doc.sentences[clause.sentence]!.line]!;
    for (const c of line.context) {
      const l = this.doc.lines[c]!;
      if (l.kind !== 'lead-in') continue;
      const words = new Set(leadInBound.all(this.norm, l.start, l.end).map((m) => m.value));
      if (words.size === 1) return [...words][0];
    }
    return undefined;
  }

  /** Whether the number is followed by 内 / within-words (for kinds where that means "at least"). */
  saysWithin(hit: Hit): boolean {
    return /^\s*(?:以内|之内|内)/.test(this.norm.slice(hit.end, hit.end + 3)) || /within\s*$/i.test(this.norm.slice(Math.max(0, hit.start - 8), hit.start));
  }

  isApprox(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    const before = this.norm.slice(Math.max(clause.start, hit.start - 8), hit.start);
    const after = this.norm.slice(hit.end, Math.min(clause.end, hit.end + 8));
    return approxBefore.all(before).length > 0 || approxAfter.all(after).length > 0;
  }

  /** Facts about the company ("具有10年以上经验") are no promises. */
  notACommitment(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    const seg = this.segment(hit, clause);
    return notCommitmentMatcher.all(this.norm, seg.start, seg.end).length > 0;
  }

  /**
   * Qualifiers, nearest first: the number's own segment (before it, then after it), the rest
   * of its clause, the earlier clauses of its sentence, earlier sentences of its line (a label
   * such as "严重故障（P1）：核心业务中断。"), the table row and column header, then the lead-in
   * lines and headings above. Coverage (7×24) reads only its own segment. Asset classes and
   * special cases come only from the nearest heading, not from a chapter or document title.
   */
  qualifiers(hit: Hit, clauseIndex: number): Qualifiers {
    const clause = this.doc.clauses[clauseIndex]!;
    const seg = this.segment(hit, clause);
    const scopes: Scope[] = [];
    if (hit.type === 'frequency') scopes.push({ start: hit.start, end: hit.end, take: 'last' });
    scopes.push({ start: seg.start, end: hit.start, take: 'last' }, { start: hit.end, end: seg.end, take: 'first' });
    if (hit.type === 'coverage') return pickQualifiers(this.occurrences, scopes);
    scopes.push({ start: clause.start, end: seg.start, take: 'last' });
    const sentence = this.doc.sentences[clause.sentence]!;
    // A clause naming its own subject ("探测器质保期3年") takes no asset from the one before.
    const inherit = this.ownSubject(hit, clause) ? { only: ['severity', 'zone', 'window', 'season'] as const } : {};
    if (sentence.start < clause.start) scopes.push({ start: sentence.start, end: clause.start, take: 'label', ...inherit });
    for (let p = clause.sentence - 1; p >= 0; p--) {
      const prev = this.doc.sentences[p]!;
      if (prev.line !== sentence.line || prev.cell !== sentence.cell) break;
      scopes.push({ start: prev.start, end: prev.end, take: 'label', ...inherit });
    }
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table' && sentence.cell !== undefined) {
      line.cells?.forEach((cell, i) => {
        if (i !== sentence.cell && !this.hasHit(cell)) scopes.push({ ...cell, take: 'unique' });
      });
      const header = line.header !== undefined ? this.doc.lines[line.header]!.cells?.[sentence.cell] : undefined;
      if (header) scopes.push({ ...header, take: 'unique' });
    }
    const innermostHeading = line.context.find((c) => this.doc.lines[c]!.kind === 'heading');
    for (const c of line.context) {
      const l = this.doc.lines[c]!;
      const narrow = l.kind === 'lead-in' || c === innermostHeading;
      scopes.push({ start: l.start, end: l.end, take: 'unique', ...(narrow ? {} : { only: ['severity', 'zone', 'window', 'season'] as const }) });
    }
    return pickQualifiers(this.occurrences, scopes);
  }

  /** Whether the clause opens with words of its own before its first target word or number (not just 我司在, 为). */
  private ownSubject(hit: Hit, clause: Clause): boolean {
    const firstTarget = within(this.targets, clause.start, clause.end)[0];
    const firstHit = this.hits[lowerBound(this.hits, clause.start)];
    const end = Math.min(firstTarget?.start ?? clause.end, firstHit && firstHit.start < clause.end ? firstHit.start : clause.end, hit.start);
    // Qualifier words (县区, 非汛期) are conditions, not a subject.
    let opening = '';
    let at = clause.start;
    for (const o of within(this.occurrences, clause.start, end)) {
      if (o.start < at) continue;
      opening += this.norm.slice(at, o.start) + ' ';
      at = o.end;
    }
    opening += this.norm.slice(at, end);
    opening = opening.replace(/^\s*(?:\d+[.、)]|\(\d+\)|[一二三四五六七八九十]+、)/, '');
    return !pronounOrLinker.test(opening);
  }

  private hasHit(span: Span): boolean {
    const i = lowerBound(this.hits, span.start);
    return i < this.hits.length && this.hits[i]!.start < span.end;
  }

  /** Quoted from the tender: in a requirement column, or after 招标文件要求 with no turn back to 我方. */
  isRequirement(hit: Hit, clauseIndex: number): boolean {
    const clause = this.doc.clauses[clauseIndex]!;
    const sentence = this.doc.sentences[clause.sentence]!;
    const line = this.doc.lines[sentence.line]!;
    if (line.kind === 'table' && sentence.cell !== undefined && line.header !== undefined) {
      const header = this.doc.lines[line.header]!.cells?.[sentence.cell];
      if (header) {
        const marks = requirementMatcher.all(this.norm, header.start, header.end);
        if (marks.length) return marks[marks.length - 1]!.value === 'requirement';
      }
    }
    const marks = requirementMatcher.all(this.norm, sentence.start, hit.start);
    return marks.length > 0 && marks[marks.length - 1]!.value === 'requirement';
  }
}

export type { Line, Sentence };
