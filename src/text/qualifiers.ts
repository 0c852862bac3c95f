/**
 * The conditions a commitment is stated under, read from its clause and context:
 * severity, zone, time window (with explicit week hours), season (named, or months) and
 * asset class / work category. And when two sets of conditions can hold at once.
 */
import {
  ASSET_BLOCKERS, ASSET_TERMS, AUDIENCE_TERMS, CASE_TERMS, CUSTOMER_TERMS, FAULT_TYPE_TERMS, REGION_TERMS, DAY_PARTS, EN_MONTHS, EXCLUSIVE_SEASONS, NEXT_YEAR, NOT_A_PLACE_NAME, OTHER_MONTHS, PLACE_SUFFIXES,
  RANGE_WORDS, SEASON_TERMS, SEVERITY_BLOCKERS, SEVERITY_TERMS, WEEKDAYS, WHOLE_WORKS, WINDOW_TERMS, ZONE_LEAD_CHARS, ZONE_TERMS,
  type SeverityWord, type WindowWord, type ZoneWord,
} from './lexicon.ts';
import { parseNumber, ZH_NUMERAL_CHARS } from './numbers.ts';
import { lowerBound } from './spans.ts';
import { normalise } from './structure.ts';
import { compileSet, compileTerms } from './terms.ts';

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const DAY_IDS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Explicit service hours: 周一至周五 8:00~18:00 → { days: [mon…fri], from: '08:00', to: '18:00' }. */
export interface WrittenHours {
  days: Day[];
  from?: string;
  to?: string;
}

export interface SeasonWords {
  /** A normalised name: `low` (淡季), `peak` (旺季), `flood`, `heating`, `summer` … */
  name?: string;
  /** Months, inclusive; { from: 11, to: 4 } wraps over the new year. */
  from?: number;
  to?: number;
}

/** An organisation's own item, named whole in the text (vocabulary.ts): `org:<id>`. */
export type OrgValue = `org:${string}`;

export interface Qualifiers {
  severity?: SeverityWord | OrgValue;
  zone?: ZoneWord | OrgValue;
  window?: WindowWord | OrgValue;
  hours?: WrittenHours;
  season?: SeasonWords;
  /** Asset classes / work categories, normalised and sorted ('cabling', 'roof-waterproofing' …). */
  asset?: string[];
  /** Special cases the promise is limited to ('factory-repair'). */
  case?: string[];
  /** Customer class: 维保合同客户 / 签约客户 → 'contract', 非合同客户 → 'non-contract'. */
  customer?: 'contract' | 'non-contract';
  /** Regions of the country named as tiers (华北、华东 → ['east', 'north']); 'other' (其余省份) meets no named one. */
  region?: string[];
  /** Fault types (硬件故障 'hardware', 软件故障 'software', 'configuration', 'parts-replacement', 'line', 'line-backup', 'line-no-backup'). */
  faultType?: string[];
  /** Training only: who is trained ('administrator', 'maintainer', 'operator', 'property', 'user'). */
  audience?: string[];
  /**
   * What the promise is about when the lexicon has no class for it, as written: a noun
   * before a warranty word (探测器质保期3年 → '探测器'), an asset word with its own modifier
   * (收费车道设备 → '收费车道设备'), the subject of an item in a list (A 12课时、B 18课时).
   */
  subject?: string[];
}

/**
 * `whole`: words naming the whole works (整体工程), which close the asset dimension with no
 * class; `audience` is read for training only.
 */
export type Dimension = 'severity' | 'zone' | 'window' | 'season' | 'asset' | 'case' | 'audience' | 'whole' | 'customer' | 'region' | 'faultType';
const SET_DIMENSIONS = ['asset', 'case', 'audience', 'region'] as const;
/** Conditions of service on a fault (SERVICE_KINDS): other kinds take them only from their own clause. */
export const SERVICE_DIMENSIONS: readonly Dimension[] = ['severity', 'zone', 'window', 'customer', 'region', 'faultType'];

export interface Occurrence {
  start: number;
  end: number;
  dim: Dimension;
  value: string;
  hours?: WrittenHours;
  months?: { from: number; to: number };
  /** Written as a label ("I级故障：", "严重故障（P1）："), so it heads what follows. */
  labelled?: boolean;
  /** A fault type joined to the one before it as one list ("硬件故障、软件及配置故障", "线路故障（有备用路由）"). */
  joined?: boolean;
  /** Asset words with a modifier of their own ("收费车道设备"): the phrase, which names a narrower scope. */
  subject?: string;
}

const STATUTORY = new Set(ASSET_TERMS.filter((a) => a.statutory).map((a) => a.key));
/** Whether an asset key is a statutory work category (建设工程质量管理条例 Art. 40). */
export const isStatutory = (asset: string) => STATUTORY.has(asset);

const severityMatcher = compileTerms<SeverityWord | null>([
  ...Object.entries(SEVERITY_TERMS).map(([value, terms]) => ({ terms, value: value as SeverityWord })),
  { terms: SEVERITY_BLOCKERS, value: null },
]);
const zoneMatcher = compileTerms(Object.entries(ZONE_TERMS).map(([value, terms]) => ({ terms, value: value as ZoneWord })));
const windowMatcher = compileTerms(Object.entries(WINDOW_TERMS).map(([value, terms]) => ({ terms, value: value as WindowWord })));
const seasonMatcher = compileTerms(Object.entries(SEASON_TERMS).map(([value, terms]) => ({ terms, value })));
const otherMonthsMatcher = compileSet(OTHER_MONTHS);
const caseMatcher = compileTerms(Object.entries(CASE_TERMS).map(([value, terms]) => ({ terms, value })));
const assetMatcher = compileTerms<string | null>([
  ...ASSET_TERMS.map((a) => ({ terms: { zh: a.zh, en: a.en }, value: a.key })),
  { terms: ASSET_BLOCKERS, value: null },
]);
const customerMatcher = compileTerms(Object.entries(CUSTOMER_TERMS).map(([value, terms]) => ({ terms, value })));
const regionMatcher = compileTerms(Object.entries(REGION_TERMS).map(([value, terms]) => ({ terms, value })));
const faultTypeMatcher = compileTerms(Object.entries(FAULT_TYPE_TERMS).map(([value, terms]) => ({ terms, value })));
const audienceMatcher = compileTerms(Object.entries(AUDIENCE_TERMS).map(([value, terms]) => ({ terms, value })));
const wholeMatcher = compileSet(WHOLE_WORKS);
const notAPlaceName = compileSet(NOT_A_PLACE_NAME, (b) => `^${b}$`);

const isIdeograph = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff';
/**
 * A zone word inside a place name: "安平|县城区", "江州|市区" (a zone word starting with an
 * administrative suffix, right after other characters of the name), "江州市|城区" (right after
 * a name ending in one), "Anping County". Place names say where the project is, not a
 * condition of a promise.
 */
function inPlaceName(norm: string, start: number): boolean {
  const first = norm[start]!;
  const before = norm[start - 1];
  if (isIdeograph(first)) {
    if (!isIdeograph(before) || ZONE_LEAD_CHARS.includes(before!)) return false;
    if (PLACE_SUFFIXES.includes(first)) return true;
    return PLACE_SUFFIXES.includes(before!) && isIdeograph(norm[start - 2]) && !ZONE_LEAD_CHARS.includes(norm[start - 2]!);
  }
  // English: a capitalised word right before ("Anping county-town", "Jiangzhou City").
  const m = /(?<![A-Za-z])([A-Za-z]+)[\s-]+$/.exec(norm.slice(Math.max(0, start - 30), start));
  return !!m && /^[A-Z]/.test(m[1]!) && !notAPlaceName.test(m[1]!);
}

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const ZH_MONTH = `(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const RANGE_SEP = `\\s*(?:${alternation(RANGE_WORDS.zh ?? [])}|~|-|—|–|－|〜)\\s*`;
const DAY_PART = alternation([...DAY_PARTS.am, ...DAY_PARTS.pm]);
const ZH_MONTH_RANGE = new RegExp(
  `(?<![0-9${ZH_NUMERAL_CHARS}])(${ZH_MONTH})(?:\\s*月份?)?${RANGE_SEP}(?:(?:${alternation(NEXT_YEAR.zh ?? [])})\\s*)?(${ZH_MONTH})\\s*月份?`,
  'g',
);
const enMonthNames = Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const EN_MONTH_RANGE = new RegExp(
  `\\b(?:from\\s+)?(${enMonthNames})\\.?\\s*(?:to|-|–|—|through|until|till)\\s*(?:the\\s+following\\s+)?(${enMonthNames})\\b\\.?`,
  'gi',
);
const ZH_DAY = '(?:周[一二三四五六日天]|星期[一二三四五六日天])';
const EN_DAY = '(?<![A-Za-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)(?![A-Za-z])';
const CLOCK = `(?:(?:${DAY_PART})?\\d{1,2}(?::\\d{2}|\\s*[点时](?:\\s*\\d{1,2}\\s*分|半)?)(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?)`;
const CLOCK_RANGE = `(${CLOCK})\\s*(?:至|到|~|-|—|–|to)\\s*(次日|翌日|next\\s+day\\s+)?(${CLOCK})`;
const DAY_SPAN = new RegExp(
  `(?:(${ZH_DAY}|${EN_DAY})\\s*(?:至|到|~|-|—|–|to|through)\\s*(${ZH_DAY}|${EN_DAY})|(工作日|weekdays?))` +
    `(?:\\s*(?:(?:\\(|的|,)\\s*)?${CLOCK_RANGE})?`,
  'gi',
);
const CLOCK_ONLY = new RegExp(CLOCK_RANGE, 'gi');

function clockOf(s: string): string | undefined {
  const m = new RegExp(`(${DAY_PART})?(\\d{1,2})` + String.raw`(?::(\d{2})|\s*[点时](?:\s*(\d{1,2})\s*分|(半))?)?\s*(am|pm|a\.m\.|p\.m\.)?`, 'i').exec(s);
  if (!m) return undefined;
  let h = Number(m[2]);
  const min = m[3] ? Number(m[3]) : m[4] ? Number(m[4]) : m[5] ? 30 : 0;
  const pm = (DAY_PARTS.pm as readonly string[]).includes(m[1] ?? '') || /^p/i.test(m[6] ?? '');
  if (pm && h < 12) h += 12;
  if (h > 24 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const dayOf = (s: string) => WEEKDAYS[s.toLowerCase()];

function daysBetween(a: number, b: number): Day[] {
  const out: Day[] = [];
  for (let d = a; ; d = (d + 1) % 7) {
    out.push(DAY_IDS[d]!);
    if (d === b || out.length === 7) break;
  }
  return out;
}

function monthOf(s: string): number | undefined {
  const n = /^\d+$/.test(s) ? Number(s) : (EN_MONTHS[s.toLowerCase()] ?? parseNumber(s));
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12 ? n : undefined;
}

/**
 * A name decides over its gloss: in "II级（严重故障）" (an organisation calling its level 2
 * serious) or "非工作时间（工作日夜间及双休日）" the words in the parentheses right after a
 * qualifier only describe it, so a word there of the same kind that says otherwise (严重 read
 * as critical, 工作日 as working hours) is no second, contradicting condition. Glosses that
 * agree ("I级（紧急故障）", "工作时间（周一至周五 8:30–17:30）" with its hours) stay.
 */
/** Kinds whose values exclude each other (a fault is one severity); a fault type's gloss narrows it instead (线路故障（有备用路由）). */
const EXCLUSIVE = new Set<Dimension>(['severity', 'zone', 'window', 'season']);

function withoutContradictingGlosses(norm: string, found: Occurrence[]): Occurrence[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const dropped = new Set<Occurrence>();
  for (const o of sorted) {
    let i = o.end;
    while (i < norm.length && (norm[i] === ' ' || norm[i] === '\t')) i++;
    if (norm[i] !== '(') continue;
    const close = norm.indexOf(')', i);
    // A gloss is short and on the same line.
    if (close < 0 || close - i > 40 || norm.slice(i, close).includes('\n')) continue;
    for (let k = lowerBound(sorted, i); k < sorted.length && sorted[k]!.start < close; k++) {
      const g = sorted[k]!;
      // Months in the gloss define a season's name (淡季（11月至次年4月）): they stay.
      if (g.dim === o.dim && EXCLUSIVE.has(g.dim) && g.value !== o.value && !g.months && g.end <= close + 1) dropped.add(g);
    }
  }
  return dropped.size ? found.filter((o) => !dropped.has(o)) : found;
}

/** Every qualifier word in the text, sorted by position. Month ranges and clock spans are returned for masking too. */
export function scanQualifiers(norm: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of severityMatcher.all(norm)) if (m.value) out.push({ start: m.start, end: m.end, dim: 'severity', value: m.value });
  for (const m of zoneMatcher.all(norm)) if (!inPlaceName(norm, m.start)) out.push({ start: m.start, end: m.end, dim: 'zone', value: m.value });
  for (const m of seasonMatcher.all(norm)) out.push({ start: m.start, end: m.end, dim: 'season', value: m.value });
  // Fault types (软件故障) are conditions, not asset classes: asset words inside them are none.
  const faultTypes = faultTypeMatcher.all(norm);
  for (const m of faultTypes) out.push({ start: m.start, end: m.end, dim: 'faultType', value: m.value });
  const inFaultType = (start: number, end: number) => faultTypes.some((f) => f.start < end && start < f.end);
  for (const m of assetMatcher.all(norm)) if (m.value && !(faultTypes.length && inFaultType(m.start, m.end))) out.push({ start: m.start, end: m.end, dim: 'asset', value: m.value });
  for (const m of customerMatcher.all(norm)) out.push({ start: m.start, end: m.end, dim: 'customer', value: m.value });
  for (const m of regionMatcher.all(norm)) out.push({ start: m.start, end: m.end, dim: 'region', value: m.value });
  for (const m of audienceMatcher.all(norm)) out.push({ start: m.start, end: m.end, dim: 'audience', value: m.value });
  for (const m of wholeMatcher.all(norm)) out.push({ start: m.start, end: m.end, dim: 'whole', value: 'whole' });
  for (const m of caseMatcher.all(norm)) out.push({ start: m.start, end: m.end, dim: 'case', value: m.value });
  for (const re of [ZH_MONTH_RANGE, EN_MONTH_RANGE]) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const from = monthOf(m[1]!);
      const to = monthOf(m[2]!);
      if (from !== undefined && to !== undefined) {
        out.push({ start: m.index, end: m.index + m[0].length, dim: 'season', value: '', months: { from, to } });
      }
    }
  }
  // "其他月份": the complement of the month range written just before, on the same line.
  const monthRanges = out.filter((o) => o.months).sort((a, b) => a.start - b.start);
  for (const m of otherMonthsMatcher.all(norm)) {
    const previous = monthRanges
      .filter((o) => o.end <= m.start && m.start - o.end <= 80 && !norm.slice(o.end, m.start).includes('\n'))
      .pop();
    if (!previous) continue;
    const { from, to } = previous.months!;
    out.push({ start: m.start, end: m.end, dim: 'season', value: '', months: { from: (to % 12) + 1, to: ((from + 10) % 12) + 1 } });
  }
  // Windows: explicit day spans (with hours), then the window words not inside them.
  const spans: Occurrence[] = [];
  DAY_SPAN.lastIndex = 0;
  for (let m = DAY_SPAN.exec(norm); m; m = DAY_SPAN.exec(norm)) {
    let days: Day[];
    if (m[3]) days = daysBetween(0, 4);
    else {
      const a = dayOf(m[1]!);
      const b = dayOf(m[2]!);
      if (a === undefined || b === undefined) continue;
      days = daysBetween(a, b);
    }
    const hours: WrittenHours = { days };
    const from = m[4] ? clockOf(m[4]) : undefined;
    const to = m[6] ? clockOf(m[6]) : undefined;
    if (from && to) {
      hours.from = from;
      hours.to = to;
    }
    const weekend = days.every((d) => d === 'sat' || d === 'sun');
    spans.push({ start: m.index, end: m.index + m[0].length, dim: 'window', value: weekend ? 'off-hours' : 'working-hours', hours });
  }
  // Day spans are found in order and do not overlap, so a binary search tells whether a match is inside one.
  const inSpan = (list: readonly Occurrence[], start: number, end: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && list[lo]!.start < end;
  };
  const days = [...spans];
  CLOCK_ONLY.lastIndex = 0;
  for (let m = CLOCK_ONLY.exec(norm); m; m = CLOCK_ONLY.exec(norm)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (inSpan(days, start, end)) continue;
    const from = clockOf(m[1]!);
    const to = clockOf(m[3]!);
    if (!from || !to) continue;
    const overnight = !!m[2] || to <= from;
    spans.push({ start, end, dim: 'window', value: overnight ? 'off-hours' : 'working-hours', hours: { days: [...DAY_IDS], from, to } });
  }
  spans.sort((a, b) => a.start - b.start);
  for (const m of windowMatcher.all(norm)) {
    if (inSpan(spans, m.start, m.end)) continue;
    out.push({ start: m.start, end: m.end, dim: 'window', value: m.value });
  }
  for (const s of spans) out.push(s);
  const kept = withoutContradictingGlosses(norm, out);
  return marked(norm, kept).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sets `labelled` (a label heading what follows) and `joined` (a fault type in one list with the one before). */
export function marked(norm: string, list: Occurrence[]): Occurrence[] {
  for (const o of list) if (/^[^,;。\n]{0,6}?:/.test(norm.slice(o.end, o.end + 8))) o.labelled = true;
  let previous: Occurrence | undefined;
  for (const o of [...list].sort((a, b) => a.start - b.start)) {
    if (o.dim !== 'faultType') continue;
    o.joined = !!previous && o.start >= previous.end && o.start - previous.end <= 40 && LIST_GAP.test(norm.slice(previous.end, o.start));
    previous = o;
  }
  return list;
}

/**
 * What may stand between two fault types of one list: a gloss, a list word, and a few words of
 * the next name ("（库存备件可更换）、软件及", " (spare in stock) or software or "), or only the
 * bracket that opens a narrower type's gloss ("线路故障（有备用路由）").
 */
const LIST_GAP = /^(?:\([^()]{0,20}\))? ?(?:、|,|和|及|或|与|以及|or|and) ?[^,;。:()\n]{0,12}$|^ ?\($/;

/** Spans that are clock times or month ranges (never durations). */
export function nonDurationSpans(occurrences: readonly Occurrence[]): { start: number; end: number }[] {
  return occurrences.filter((o) => o.months || o.hours?.from).map((o) => ({ start: o.start, end: o.end }));
}

/** A scope to look for qualifiers in, in priority order. */
export interface Scope {
  start: number;
  end: number;
  /**
   * `last`: the one nearest the end (before a number); `first`: nearest the start; `unique`:
   * only if unambiguous; `label`: if unambiguous, else the last one written as a label
   * ("I级故障：…，…，II级故障：…，4小时" takes II级, "市区1小时，县区2小时，4小时" neither).
   */
  take: 'last' | 'first' | 'unique' | 'label';
  /** Only these dimensions are read from this scope. */
  only?: readonly Dimension[];
}

/**
 * The qualifiers for one number: per dimension, the first scope that names it decides.
 * `occurrences` must be sorted by start.
 */
export function pickQualifiers(
  occurrences: readonly Occurrence[],
  scopes: readonly Scope[],
  /** `audience`: read who is trained (training); `whole`: the whole works closes the asset dimension (warranties). */
  options: { audience?: boolean; whole?: boolean } = {},
): Qualifiers {
  const q: Qualifiers = {};
  const open = new Set<Dimension>(['severity', 'zone', 'window', 'season', 'asset', 'case', 'customer', 'region', 'faultType', ...(options.audience ? (['audience'] as const) : [])]);
  for (const scope of scopes) {
    if (open.size === 0) break;
    const here = inRange(occurrences, scope.start, scope.end);
    if (here.length === 0) continue;
    for (const dim of [...open]) {
      if (scope.only && !scope.only.includes(dim)) continue;
      let found = here.filter((o) => o.dim === dim);
      // The whole works (整体工程) named here, and no class: no asset, and none from further out.
      if (dim === 'asset' && options.whole && found.length === 0 && here.some((o) => o.dim === 'whole') && (!scope.only || scope.only.includes('whole'))) {
        open.delete(dim);
        continue;
      }
      if (found.length === 0) continue;
      if (dim === 'faultType') {
        // "线路故障（无备用路由）": the narrower type stands for both words.
        let values = [...new Set(found.map((o) => o.value))];
        if (values.some((v) => v.startsWith('line-'))) values = values.filter((v) => v !== 'line');
        // Several types in one list are one condition: any of them.
        const oneList = found.slice(1).every((o) => o.joined);
        if ((scope.take === 'unique' || scope.take === 'label') && values.length > 1 && !oneList) continue;
        q.faultType = (oneList || scope.take === 'unique' || scope.take === 'label' ? values : scope.take === 'first' ? [values[0]!] : [values[values.length - 1]!]).sort();
        open.delete(dim);
        continue;
      }
      if (dim === 'asset' || dim === 'case' || dim === 'audience' || dim === 'region') {
        q[dim] = [...new Set(found.map((o) => o.value))].sort();
        if (dim === 'asset' && found.every((o) => o.subject)) q.subject = [...new Set(found.map((o) => o.subject!))].sort();
        open.delete(dim);
        continue;
      }
      if (scope.take === 'label') {
        const distinct = new Set(found.map((o) => (o.months ? `${o.months.from}-${o.months.to}` : o.value)));
        if (distinct.size > 1 && dim !== 'season') {
          const label = found.filter((o) => o.labelled).pop();
          if (!label) continue;
          found = [label];
        }
      }
      if (dim === 'season') {
        const season = seasonOf(found, scope.take);
        if (!season) continue;
        q.season = season;
        open.delete(dim);
        continue;
      }
      const values = new Set(found.map((o) => o.value));
      if ((scope.take === 'unique' || scope.take === 'label') && values.size > 1) continue;
      const o = scope.take === 'first' ? found[0]! : found[found.length - 1]!;
      if (dim === 'customer') q.customer = o.value as Qualifiers['customer'];
      else if (dim === 'severity') q.severity = o.value as SeverityWord | OrgValue;
      else if (dim === 'zone') q.zone = o.value as ZoneWord | OrgValue;
      else {
        q.window = o.value as WindowWord | OrgValue;
        if (o.hours) q.hours = o.hours;
      }
      open.delete(dim);
    }
  }
  return q;
}

/**
 * The season named in a scope: a name and/or months, merged when written together
 * (淡季（11月至次年4月）). In a context line (`unique`) only one name and one month range may appear.
 */
function seasonOf(found: Occurrence[], take: Scope['take']): SeasonWords | undefined {
  const season: SeasonWords = {};
  const add = (x: Occurrence) => {
    if (x.months) {
      if (season.from === undefined) {
        season.from = x.months.from;
        season.to = x.months.to;
      }
    }
    // An organisation's season (org:…) carries its name and its months.
    if (!x.months || x.value.startsWith('org:')) season.name ??= x.value;
  };
  if (take === 'unique' || take === 'label') {
    const names = new Set(found.filter((o) => !o.months || o.value.startsWith('org:')).map((o) => o.value));
    const ranges = new Set(found.filter((o) => o.months).map((o) => `${o.months!.from}-${o.months!.to}`));
    if (names.size > 1 || ranges.size > 1) return undefined;
    found.forEach(add);
    return season;
  }
  const o = take === 'first' ? found[0]! : found[found.length - 1]!;
  add(o);
  for (const x of found) if (x !== o && Math.min(Math.abs(x.start - o.end), Math.abs(o.start - x.end)) <= 8) add(x);
  return season;
}

function inRange(occurrences: readonly Occurrence[], start: number, end: number): Occurrence[] {
  let lo = 0;
  let hi = occurrences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (occurrences[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Occurrence[] = [];
  for (let i = lo; i < occurrences.length && occurrences[i]!.start < end; i++) {
    if (occurrences[i]!.end <= end) out.push(occurrences[i]!);
  }
  return out;
}

const monthBits = (from: number, to: number) => {
  let bits = 0;
  for (let m = from; ; m = (m % 12) + 1) {
    bits |= 1 << (m - 1);
    if (m === to) break;
  }
  return bits;
};

function seasonsOverlap(a?: SeasonWords, b?: SeasonWords): boolean {
  if (!a || !b) return true;
  if (a.from !== undefined && a.to !== undefined && b.from !== undefined && b.to !== undefined) {
    return (monthBits(a.from, a.to) & monthBits(b.from, b.to)) !== 0;
  }
  if (a.name !== undefined && b.name !== undefined && a.name !== b.name) {
    return !EXCLUSIVE_SEASONS.some(([x, y]) => (a.name === x && b.name === y) || (a.name === y && b.name === x));
  }
  return true;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

function hoursOverlap(a: WrittenHours, b: WrittenHours): boolean {
  if (!a.days.some((d) => b.days.includes(d))) return false;
  if (!a.from || !a.to || !b.from || !b.to) return true;
  const span = (h: WrittenHours): [number, number][] => {
    const f = minutesOf(h.from!);
    const t = minutesOf(h.to!);
    return t > f ? [[f, t]] : [[f, 1440], [0, t]];
  };
  return span(a).some(([a0, a1]) => span(b).some(([b0, b1]) => a0 < b1 && b0 < a1));
}

function windowsOverlap(a: Qualifiers, b: Qualifiers): boolean {
  if (a.hours && b.hours) return hoursOverlap(a.hours, b.hours);
  if (a.window && b.window) return a.window === b.window;
  return true;
}

/**
 * Whether some real situation satisfies both sets of conditions: every dimension must
 * overlap, a missing one meaning "any". For warranties, one naming an asset class or work
 * category (屋面防水 5年) covers that scope only and never overlaps the general promise; a
 * promise for a special case (返厂维修) likewise only meets promises for the same case.
 */
export function qualifiersOverlap(a: Qualifiers, b: Qualifiers, kind?: string): boolean {
  if (a.severity && b.severity && a.severity !== b.severity) return false;
  if (a.zone && b.zone && a.zone !== b.zone) return false;
  if (a.customer && b.customer && a.customer !== b.customer) return false;
  if (a.faultType && b.faultType && !a.faultType.some((x) => b.faultType!.some((y) => x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`)))) return false;
  if (!windowsOverlap(a, b)) return false;
  if (!seasonsOverlap(a.season, b.season)) return false;
  for (const dim of SET_DIMENSIONS) {
    const x = a[dim];
    const y = b[dim];
    if (x && y && !x.some((v) => y.includes(v))) return false;
  }
  if (!subjectsOverlap(a.subject, b.subject)) return false;
  if (kind === 'warranty' || kind === 'defect-liability') {
    const scoped = (q: Qualifiers) => !!(q.asset || q.subject);
    if (scoped(a) !== scoped(b)) return false;
    // Something the lexicon does not classify (LED灯具) is not shown to be in a class (cabling).
    const unknownOnly = (q: Qualifiers) => !!q.subject && !q.asset;
    const classOnly = (q: Qualifiers) => !!q.asset && !q.subject;
    if ((unknownOnly(a) && classOnly(b)) || (unknownOnly(b) && classOnly(a))) return false;
  }
  if (kind === 'training' && !a.audience !== !b.audience) return false;
  if (!a.case !== !b.case) return false;
  return true;
}

/**
 * Subjects are noun phrases, and a Chinese or English noun phrase ends in its head: "收费车道设备"
 * is a kind of "车道设备", so the two may meet; "监控中心设备" and "车道设备" are two
 * different things. A missing subject is any.
 */
export function subjectsOverlap(a?: readonly string[], b?: readonly string[]): boolean {
  if (!a || !b) return true;
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  return a.some((x) => b.some((y) => key(x).endsWith(key(y)) || key(y).endsWith(key(x))));
}

/**
 * The qualifiers a label names on its own — for mapping an organisation's ids to the
 * extractor's keywords: qualifiersOf('一级故障') → { severity: 'critical' },
 * qualifiersOf('淡季（11月至次年4月）') → { season: { name: 'low', from: 11, to: 4 } }.
 * A dimension named twice with different values is left out.
 */
export function qualifiersOf(label: string): Qualifiers {
  const norm = normalise(label);
  return pickQualifiers(scanQualifiers(norm), [{ start: 0, end: norm.length, take: 'unique' }]);
}

/** "critical, city, working hours, months 11–4, roof-waterproofing" — or "all cases". */
export function describeQualifiers(q: Qualifiers): string {
  const parts: string[] = [];
  if (q.severity) parts.push(q.severity);
  if (q.zone) parts.push(q.zone);
  if (q.window) parts.push(q.hours?.from ? `${q.window} ${q.hours.days.join('/')} ${q.hours.from}–${q.hours.to}` : q.window);
  if (q.season) parts.push([q.season.name, q.season.from !== undefined ? `months ${q.season.from}–${q.season.to}` : ''].filter(Boolean).join(' '));
  if (q.asset) parts.push(q.asset.join('+'));
  if (q.subject) parts.push(q.subject.map((s) => `“${s}”`).join('+'));
  if (q.audience) parts.push(`for ${q.audience.join('+')}`);
  if (q.case) parts.push(q.case.join('+'));
  if (q.customer) parts.push(`${q.customer} customers`);
  if (q.region) parts.push(`region ${q.region.join('+')}`);
  if (q.faultType) parts.push(`${q.faultType.join('+')} faults`);
  return parts.length ? parts.join(', ') : 'all cases';
}
