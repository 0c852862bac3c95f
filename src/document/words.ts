/**
 * How documents word values, the way bids write them: 2小时, 30分钟, 贰年 where a formal
 * numeral is asked for, 2026年12月4日; "2 hours", "4 December 2026" in English. The one
 * place documents turn typed values into words (helpers and builders both call it).
 */
import type { ResolvedConditions } from '../model/conditions.ts';
import type { Names } from '../model/compliance-words.ts';
import { EVENT_LABELS, TARGET_LABELS } from '../model/labels.ts';
import { en, zh } from '../schema/localized.ts';
import type { Duration, Event, LocalizedText } from '../schema/primitives.ts';
import type { Target } from '../schema/service-level.ts';
import { formatEn, formatZh } from '../time/duration.ts';
import type { Inline, Locale } from './nodes.ts';

export const say = (t: LocalizedText, locale: Locale) => (locale === 'zh' ? zh(t) : en(t));

const FORMAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/** 2 → 贰, 12 → 拾贰, 36 → 叁拾陆 (amounts on certificates and letters); other numbers stay digits. */
export function formalNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return FORMAL_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : FORMAL_DIGITS[tens]}拾${ones ? FORMAL_DIGITS[ones] : ''}`;
}

/** A duration in words; `formal` writes the amount as a formal numeral in Chinese (贰年). */
export function durationWords(d: Duration, locale: Locale, formal = false): string {
  if (locale === 'en') return formatEn(d);
  const plain = formatZh(d);
  return formal ? plain.replace(/^\d+/, (n) => formalNumeral(Number(n))) : plain;
}

/** A duration as an inline value, its typed value kept beside the words. */
export const durationRun = (d: Duration, locale: Locale, formal = false): Inline => ({
  kind: 'value',
  text: durationWords(d, locale, formal),
  value: { kind: 'duration', duration: d },
});

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-12-04' → 2026年12月4日 / 4 December 2026. */
export function dateWords(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** The date line to fill in by hand under a signature. */
export const blankDate = (locale: Locale) => (locale === 'zh' ? '        年    月    日' : 'Date: ____________');

/** A day to fill in by hand after a form's own "日期 / Date" label. */
export const blankDay = (locale: Locale) => (locale === 'zh' ? blankDate(locale) : '____________');

/** A target as the matrix names it, with the event it runs from: 响应 / 到达现场后修复. */
export function targetWords(target: Target, from: Event, locale: Locale): string {
  const t = TARGET_LABELS[target][locale];
  if (from === 'report') return locale === 'zh' ? t : capitalise(t);
  return locale === 'zh' ? `${EVENT_LABELS[from].zh}后${t}` : `${capitalise(t)} (from ${EVENT_LABELS[from].en})`;
}

/** What follows a label: 招标编号：… / Tender number: … */
export const colon = (locale: Locale) => (locale === 'zh' ? '：' : ': ');

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The content's name for one of its ids (the id itself when it has none). */
export const nameOf = (names: Names, kind: Parameters<Names>[0], id: string, locale: Locale) => names(kind, id)?.[locale] ?? id;

const join = (parts: string[], locale: Locale) => parts.join(locale === 'zh' ? '、' : ', ');

/** The zones a commitment holds in, or "all" when it names none. */
export function zoneWords(when: ResolvedConditions, names: Names, locale: Locale): string {
  if (!when.zone) return locale === 'zh' ? '全部区域' : 'all areas';
  return join([...when.zone].map((z) => nameOf(names, 'zone', z, locale)), locale);
}

/**
 * Conditions other than severity and zone, each in the content's words: window, season, asset
 * classes, fault types. Several classes or types are any of them: listed with 、 (or, in
 * English, with ", " in a table and " or " in a sentence).
 */
export function conditionParts(when: ResolvedConditions, names: Names, locale: Locale, sentence = false): string[] {
  const parts: string[] = [];
  const raw = when.raw;
  const any = (items: string[]) => (sentence && locale === 'en' ? items.join(' or ') : join(items, locale));
  if (raw.window) parts.push(nameOf(names, 'window', raw.window, locale));
  if (raw.season) parts.push(typeof raw.season === 'string' ? nameOf(names, 'season', raw.season, locale) : locale === 'zh' ? '指定月份' : 'given months');
  if (when.asset) parts.push(any([...when.asset].map((a) => nameOf(names, 'asset', a, locale))));
  if (when.faultType) parts.push(any([...when.faultType].map((f) => nameOf(names, 'fault-type', f, locale))));
  return parts;
}

/** The conditions of a table cell: conditionParts joined, "—" when none. */
export function otherConditionWords(when: ResolvedConditions, names: Names, locale: Locale): string {
  const parts = conditionParts(when, names, locale);
  return parts.length ? parts.join(locale === 'zh' ? '，' : '; ') : '—';
}

/** Words of a document that are not content: chapter titles, column headers, labels. */
export function pick<T>(locale: Locale, words: { zh: T; en: T }): T {
  return words[locale];
}
