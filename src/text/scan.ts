/**
 * Scanners over normalised text: numbers with units (Chinese and English), frequencies
 * (每年不少于两次, twice a year), 7×24 coverage, unfilled blanks (于小时内, within __ hours),
 * and the spans that are never durations (dates, clock times, list numbering). Each returns
 * hits in text order; what a hit promises is read later (reader.ts). Pure.
 */
import {
  ARTICLE_AS_ONE_AFTER, BLANK_SLOTS, NEXT_WORKDAY, BOUNDS, EN_FREQUENCY_ADVERBS, EN_PERIODS, EN_TIMES, EVERY_DAY, FREQUENCY_FILLERS, FREQUENCY_KINDS,
  LEVEL_PERIODS, NOT_A_DURATION_BEFORE, NOT_A_UNIT_AFTER, RANGE_WORDS, ROUND_THE_CLOCK, ROUND_THE_CLOCK_LEAD, UNREAD_ACTIVITIES, ZH_PERIODS, type Bound,
  type Per, type TermSet,
} from './lexicon.ts';
import { EN_NUMBER_WORDS_SOURCE, parseChineseApprox, parseNumber, ZH_NUMBER_SOURCE } from './numbers.ts';
import { type Mask, overlapsAny } from './spans.ts';
import { normalise, type Span } from './structure.ts';
import { compileSet, compileTerms } from './terms.ts';
import { EN_UNITS, enUnit, quantityOf, ZH_UNITS, ZH_UNITS_NEEDING_WITHIN, zhUnit, type Quantity, type Unit } from './units.ts';

/** A number (or coverage, or blank) found in the text, before it is read. */
export interface Hit extends Span {
  type: 'duration' | 'frequency' | 'coverage' | 'blank';
  zh: boolean;
  quantity?: Quantity;
  range?: { from: number; to: number };
  frequency?: { count: number; per: Per };
  coverage?: { days: number; hours: number };
  boundHint?: Bound;
  unit?: Unit;
}

/** Verbs that say what a frequency counts (回访, 巡检, 保养 …), with their kind and activity. */
export const frequencyKindMatcher = compileTerms(FREQUENCY_KINDS.map((f) => ({ terms: f.terms, value: f })));
/** The same verbs, and the activities that are no commitment read here (演练, 备份): those stand for null. */
export const activityMatcher = compileTerms<(typeof FREQUENCY_KINDS)[number] | null>([
  ...FREQUENCY_KINDS.map((f) => ({ terms: f.terms, value: f })),
  { terms: UNREAD_ACTIVITIES, value: null },
]);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
const zh = (t: TermSet) => byLength(t.zh ?? []);
const en = (t: TermSet) => byLength(t.en ?? []);
const roundTheClock = compileSet(ROUND_THE_CLOCK, (body) => `^\\s*(?:-\\s*)?(?:(?:${zh(ROUND_THE_CLOCK_LEAD)})\\s*)?${body}`);
/** Bound words inside a frequency ("每年至少要回访二次"), as one regex source. */
const FREQUENCY_BOUNDS = byLength([...(BOUNDS.minBefore.zh ?? []), ...(BOUNDS.maxBefore.zh ?? [])].filter((w) => /^[\u4e00-\u9fff]+$/.test(w)));
const frequencyBound = compileTerms([
  { terms: { zh: BOUNDS.minBefore.zh.filter((w) => /^[\u4e00-\u9fff]+$/.test(w)) }, value: 'min' as Bound },
  { terms: { zh: BOUNDS.maxBefore.zh.filter((w) => /^[\u4e00-\u9fff]+$/.test(w)) }, value: 'max' as Bound },
  { terms: { zh: BOUNDS.minAfter.zh }, value: 'min' as Bound },
]);
const ZH_NUM = `(?:${ZH_NUMBER_SOURCE})`;
const EN_NUM = `(?:\\d+(?:\\.\\d+)?|${EN_NUMBER_WORDS_SOURCE})`;
const RANGE = `\\s*(?:${zh(RANGE_WORDS)}|~|-|—|–|－|〜)\\s*`;
const ZH_UNIT = `(?:${byLength(Object.keys(ZH_UNITS).map(normalise))})`;
const EN_UNIT = `(?:${byLength(Object.keys(EN_UNITS)).replace(/ /g, '\\s+')})`;

const ZH_QUANTITY = new RegExp(
  `(?<![0-9.])(?:(${ZH_NUM})(?:${RANGE}(${ZH_NUM}))?\\s*(?:(个)\\s*)?(?:(半)\\s*)?(${ZH_UNIT})(半)?|(半)\\s*(?:(个)\\s*)?(${ZH_UNIT}))`,
  'g',
);
const nextWorkday = compileSet(NEXT_WORKDAY);
const ARTICLE_AS_ONE = new RegExp(`(?:${en(ARTICLE_AS_ONE_AFTER)})\\s+$`, 'i');
/** "two (2) hours": a number in words repeated in digits, as contracts write it. */
const EN_REPEAT = `(?:\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*\\))?`;
const EN_QUANTITY = new RegExp(
  `(?<![A-Za-z0-9.])(?:(${EN_NUM})${EN_REPEAT}(?:\\s*(?:-|–|to|~)\\s*(${EN_NUM})${EN_REPEAT})?|(an?)|(half\\s+an?))\\s*(?:-\\s*)?` +
    `(?:(business|working|work|calendar)\\s+)?(${EN_UNIT})(?![A-Za-z])(\\s+and\\s+a\\s+half)?`,
  'gi',
);

const COVERAGE = new RegExp(
  [
    `(?<![0-9])([57]|七|五)\\s*(?:[xX*×✕╳]|天(?:\\s*[xX*×])?)\\s*(24|8|二十四|八)\\s*(?:小时|h\\b|hrs?\\b|hours?\\b)?(?![0-9])`,
    `(?<![0-9])(24)\\s*(?:[xX*×]|/)\\s*(7)(?![0-9])`,
    `365\\s*(?:天|days?)\\s*[xX*×]\\s*24\\s*(?:小时|hours?|h\\b)?`,
    `24\\s*hours?\\s+a\\s+day\\s*(?:,\\s*)?(?:and\\s+)?7\\s*days?\\s+a\\s+week`,
    `7\\s*days?\\s+a\\s+week\\s*(?:,\\s*)?(?:and\\s+)?24\\s*hours?\\s+a\\s+day`,
  ].join('|'),
  'gi',
);
/** Round-the-clock wording: 7×24 coverage in other words. */
const ROUND_COVERAGE = new RegExp(`(?:${zh(EVERY_DAY)})\\s*24\\s*小时|24\\s*hours\\s+a\\s+day|round[\\s-]the[\\s-]clock|around[\\s-]the[\\s-]clock`, 'gi');
/** Wording that is neither a time limit nor coverage on its own: masked only. */
const ROUND_MASK = /全年\s*365\s*天|365\s*days\s+a\s+year/gi;

const DATES =
  /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〇零一二三四五六七八九]{4}年|\d{1,2}:\d{2}(?::\d{2})?/g;
const NUMBERING = /^[ \t]*(?:#{1,6}\s+)?(?:\d+(?:\.\d+)*[.、)](?!\d)|\(\d+\)|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/gm;

const zhPeriods = byLength(Object.keys(ZH_PERIODS));
const FREQUENCY_VERBS_ZH = byLength(FREQUENCY_KINDS.flatMap((f) => f.terms.zh ?? []));
const ZH_FREQUENCY = new RegExp(
  `每\\s*(?:(${ZH_NUM})\\s*)?(${zhPeriods})` +
    // "一年两次", "一年至少巡检四次": a period followed by (a verb and) a count.
    `|(?<![${NOT_A_DURATION_BEFORE.join('')}后0-9])(?:(${ZH_NUM}|半)\\s*)?(?:个\\s*)?(年|季度|个月|周)` +
    `(?=\\s*(?:(?:${zh(FREQUENCY_FILLERS)})\\s*)?(?:(?:${FREQUENCY_BOUNDS})\\s*)?(?:(?:${FREQUENCY_VERBS_ZH})\\s*)?(?:(?:${FREQUENCY_BOUNDS})\\s*)?(?:(?:${zh(FREQUENCY_FILLERS)})\\s*)?${ZH_NUM}\\s*次)`,
  'g',
);
/** "- 年度保养：…", "季度巡检：…": a level named by its period, at the start of an item. */
const ZH_LEVEL = new RegExp(
  `^[ \\t]*(?:[-*+•·]\\s*|\\d+[.、)]\\s*|\\(\\d+\\)\\s*|[一二三四五六七八九十]+、\\s*)?(${byLength(LEVEL_PERIODS)})(?=\\s*(?:${zh(FREQUENCY_FILLERS)})?(?:${FREQUENCY_VERBS_ZH}))`,
  'gm',
);
const ZH_COUNT = new RegExp(`^([^,;。每]{0,14}?)(${ZH_NUM})(?:${RANGE}(${ZH_NUM}))?\\s*次`);
const enPeriods = byLength(Object.keys(EN_PERIODS));
const EN_FREQUENCY = new RegExp(
  `(?<![A-Za-z0-9.])(?:(once|twice|thrice)|(${EN_NUM})\\s+(?:times|(?:[a-z-]+\\s+){0,2}?(?:visits?|inspections?|checks?|calls?|services?)))` +
    `\\s+(?:a|per|each|every|a\\s+calendar)\\s+(${enPeriods})(?![A-Za-z])` +
    `|(?<![A-Za-z])every\\s+(?:(${EN_NUM})\\s+)?(${enPeriods})(?![A-Za-z])` +
    `|(?<![A-Za-z])(${byLength(Object.keys(EN_FREQUENCY_ADVERBS))})(?![A-Za-z])`,
  'gi',
);

const BLANK_UNITS: Readonly<Record<string, Unit>> = {
  个工作小时: 'hour', 工作小时: 'hour', 个工作日: 'workday', 个小时: 'hour', 小时: 'hour', 分钟: 'minute', 天: 'day', 个月: 'month',
  月: 'month', 年: 'year', 周: 'week', 个星期: 'week', 星期: 'week', 课时: 'hour', 学时: 'hour',
};
const BLANK_SLOT_BEFORE = new RegExp(`(?:${zh(BLANK_SLOTS)}|^|[,;。(\\s])$`);
const PLACEHOLDER = '(?:(?<!_)_+|(?<!＿)＿+|\\(\\s*\\)|\\[\\s*\\]|【\\s*】|(?<!□)□+|[xX×]{1,3}(?![A-Za-z0-9])|(?<=[\\u4e00-\\u9fff]) {2,}(?! ))';
const ZH_BLANK = new RegExp(`(?:(${PLACEHOLDER})\\s*)?(${byLength(Object.keys(BLANK_UNITS))})`, 'g');
const EN_BLANK = new RegExp(
  `(?:((?<!_)_{2,}|\\[\\s*\\]|\\(\\s*\\)|…|\\.{3})|(?=[XN])(?<=\\b(?:within|in|for|of|than|to)\\s+)(X{1,3}|N))\\s*(?:(business|working)\\s+)?(minutes?|hours?|days?|weeks?|months?|years?)(?![A-Za-z])`,
  'gi',
);

export const CJK = /[\u4e00-\u9fff]/;

function perOf(times: number, per: Per, count: number): { count: number; per: Per } {
  // "每3个月一次" is once a quarter; "每半年一次" twice a year; "每两年一次" half a year's worth.
  if (per === 'month' && times < 1) return { count: count / times, per: 'month' };
  if (per === 'month' && times === 3) return { count, per: 'quarter' };
  if (per === 'month' && times === 12) return { count, per: 'year' };
  if (per === 'month' && times !== 1) return { count: (count * 12) / times, per: 'year' };
  return { count: count / times, per };
}

export const periodQuantity = (f: { per: Per }): Quantity =>
  f.per === 'quarter' ? { amount: 3, unit: 'month' } : { amount: 1, unit: f.per };


/** Mark what is never a duration: dates, clock times, list numbering. */
export function maskNonDurations(norm: string, mask: Mask): void {
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
}

export function scanCoverage(norm: string, mask: Mask): Hit[] {
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

export function scanFrequencies(norm: string, mask: Mask): Hit[] {
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
      boundHint = frequencyBound.all(c[1]!)[0]?.value;
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

export function scanQuantities(norm: string, mask: Mask): Hit[] {
  const hits: Hit[] = [];
  // "next business day", "by the end of the following working day", 下一个工作日: one working day.
  for (const m of nextWorkday.all(norm)) {
    if (mask.any(m.start, m.end)) continue;
    hits.push({ start: m.start, end: m.end, type: 'duration', zh: CJK.test(norm[m.start]!), quantity: { amount: 1, unit: 'workday' } });
  }
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
    if ((NOT_A_DURATION_BEFORE as readonly string[]).includes(before)) continue;
    if (ZH_UNITS_NEEDING_WITHIN.has(unitWord) && !ge && !/^\s*(?:以内|之内|内)/.test(after)) continue;
    if (NOT_A_UNIT_AFTER[unitWord]?.includes(after[0] ?? '\n')) continue;
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
      if (!ARTICLE_AS_ONE.test(norm.slice(Math.max(0, start - 16), start))) {
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

export function scanBlanks(norm: string, taken: readonly Span[]): Hit[] {
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
      if (!BLANK_SLOT_BEFORE.test(before)) continue;
      if (start > 0 && /\s$/.test(before) && !/[\u4e00-\u9fff,;。:(]\s*$/.test(norm.slice(Math.max(0, start - 3), start))) continue;
      if (word === '年') {
        if (/^\s*[月度级]/.test(after)) continue;
        if (!/^(?:$|[,;。)的内起\s]|以内|之内)/.test(after)) continue;
        if (!BLANK_SLOT_BEFORE.test(before.trimEnd()) || /[,;。(]$/.test(before.trimEnd())) continue;
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


/** Turn "24小时热线", "24小时有人值守" from a 24-hour quantity into round-the-clock coverage. */
export function roundTheClockCoverage(norm: string, quantities: Hit[], coverage: Hit[], mask: Mask): Hit[] {
  return quantities.filter((q) => {
    if (q.quantity!.unit === 'hour' && q.quantity!.amount === 24 && !q.range && roundTheClock.test(norm.slice(q.end, q.end + 10))) {
      mask.add(q.start, q.end);
      coverage.push({ start: q.start, end: q.end, type: 'coverage', zh: q.zh, coverage: { days: 7, hours: 24 } });
      return false;
    }
    return true;
  });
}

/** Where two scanners matched the same words (the Chinese and English unit "h"), keep the first, longest. */
export function dedupe(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

