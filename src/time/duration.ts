/**
 * Durations in comparable form. Every duration becomes a span of calendar minutes
 * [min, max]: a month is 28–31 days, a year 365–366; business-clock durations are run
 * through the organisation's service hours from every start time of the week, so the
 * span holds the best and the worst case. Comparisons use the worst case.
 */
import type { Duration, TimeUnit } from '../schema/primitives.ts';
import { elapsedForBusiness, isEmpty, WEEK_MINUTES, type WeekSet } from './week.ts';

export interface Span {
  min: number;
  max: number;
}

const DAY = 1440;
const FIXED: Partial<Record<TimeUnit, number>> = { minute: 1, hour: 60, day: DAY, week: 7 * DAY };

/** Whether a unit counts seasons (heating / cooling), which no calendar span can express. */
export const isSeasonal = (d: Duration) => d.unit === 'season';

/**
 * The span of calendar minutes a duration may take, or undefined when it cannot be
 * known: seasons, or a business clock without service hours.
 */
export function spanOf(d: Duration, serviceHours?: WeekSet): Span | undefined {
  if (d.unit === 'season') return undefined;
  if (d.unit === 'month') return { min: d.amount * 28 * DAY, max: d.amount * 31 * DAY };
  if (d.unit === 'year') return { min: d.amount * 365 * DAY, max: d.amount * 366 * DAY };
  const business = d.clock === 'business' || d.unit === 'workday';
  if (!business) return { min: d.amount * FIXED[d.unit]!, max: d.amount * FIXED[d.unit]! };
  if (!serviceHours || isEmpty(serviceHours)) return undefined;
  // On a business clock a day is a working day and a week five of them.
  if (d.unit === 'workday' || d.unit === 'day') return workdaySpan(d.amount, serviceHours);
  if (d.unit === 'week') return workdaySpan(d.amount * 5, serviceHours);
  return businessSpan(d.amount * FIXED[d.unit]!, serviceHours);
}

const cache = new Map<string, Span>();

/** Best and worst calendar time to accumulate `minutes` of open time, over starts every 15 minutes. */
function businessSpan(minutes: number, open: WeekSet): Span {
  const key = `${JSON.stringify(open)}|${minutes}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let min = Infinity;
  let max = 0;
  const starts = new Set<number>();
  for (let s = 0; s < WEEK_MINUTES; s += 15) starts.add(s);
  for (const [a, b] of open) starts.add(a).add(b);
  for (const s of starts) {
    const e = elapsedForBusiness(open, s, minutes);
    min = Math.min(min, e);
    max = Math.max(max, e);
  }
  const span = { min, max };
  cache.set(key, span);
  return span;
}

/** N working days: whole days on which the service is open, counted from the end of the day of the report. */
function workdaySpan(days: number, open: WeekSet): Span {
  const openDays = [...Array(7).keys()].filter((d) => open.some(([a, b]) => a < (d + 1) * DAY && b > d * DAY));
  let min = Infinity;
  let max = 0;
  for (let start = 0; start < 7; start++) {
    let counted = 0;
    let day = start;
    while (counted < days) {
      day++;
      if (openDays.includes(day % 7)) counted++;
    }
    min = Math.min(min, (day - start) * DAY);
    max = Math.max(max, (day - start + 1) * DAY);
  }
  return { min, max };
}

/** Worst-case order: negative when `a` can be later at worst than `b`'s worst, etc. */
export const compareWorst = (a: Span, b: Span) => a.max - b.max;

export function sameDuration(a: Duration, b: Duration): boolean {
  return a.amount === b.amount && a.unit === b.unit && (a.clock ?? 'calendar') === (b.clock ?? 'calendar');
}

/**
 * Exactly the same length, allowing for equal spans in other units (120 minutes = 2 hours):
 * what compliance asks before judging a worst case (1个月 is not guaranteed to be 30天).
 * Whether two statements contradict each other is `compareDurations` (30天 may be 1个月).
 */
export function equalDurations(a: Duration, b: Duration, serviceHours?: WeekSet): boolean {
  if (sameDuration(a, b)) return true;
  const sa = spanOf(a, serviceHours);
  const sb = spanOf(b, serviceHours);
  return !!sa && !!sb && sa.min === sb.min && sa.max === sb.max;
}

const ZH: Record<TimeUnit, string> = {
  minute: '分钟', hour: '小时', day: '天', workday: '个工作日', week: '周', month: '个月', year: '年', season: '个供暖（供冷）期',
};
const EN: Record<TimeUnit, [string, string]> = {
  minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], workday: ['working day', 'working days'],
  week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'], season: ['heating/cooling season', 'heating/cooling seasons'],
};

/** "2小时" / "4个工作小时". */
export function formatZh(d: Duration): string {
  if (d.clock === 'business' && (d.unit === 'hour' || d.unit === 'minute')) return `${d.amount}个工作${d.unit === 'hour' ? '小时' : '分钟'}`;
  return `${d.amount}${ZH[d.unit]}`;
}

/** "2 hours" / "4 business hours". */
export function formatEn(d: Duration): string {
  const [one, many] = EN[d.unit];
  const word = d.amount === 1 ? one : many;
  return `${d.amount} ${d.clock === 'business' && d.unit !== 'workday' ? 'business ' : ''}${word}`;
}

/** Both languages, for messages: "2小时 (2 hours)". */
export const formatDuration = (d: Duration) => `${formatZh(d)} (${formatEn(d)})`;

/** What a duration is counted in when no service hours are known: calendar time, working days, business time, seasons. */
export function clockOf(d: Duration): 'calendar' | 'workday' | 'business' | 'season' {
  if (d.unit === 'season') return 'season';
  if (d.unit === 'workday') return 'workday';
  if (d.clock === 'business') return d.unit === 'day' || d.unit === 'week' ? 'workday' : 'business';
  return 'calendar';
}

/** The amount in its clock's own scale: working days (a business week is five), business minutes, seasons. */
export function onItsClock(d: Duration): number {
  if (d.unit === 'week') return d.amount * 5;
  if (d.unit === 'hour') return d.amount * 60;
  return d.amount;
}

const MONTHS_PER: Partial<Record<TimeUnit, number>> = { month: 1, year: 12 };

/**
 * The order of two durations as a reader judges two promises: negative when `a` is surely
 * shorter, positive when surely longer, 0 when they may be the same length, undefined when
 * they cannot be compared. Used by the text extractor and available to every comparison, so
 * that 30天 against 1个月 is judged one way everywhere:
 * - months and years compare by their count of months (13 months is longer than a year);
 * - otherwise calendar spans: 120 minutes = 2 hours, 1 week = 7 days, and 30 days *may be*
 *   1 month (a month is 28–31 days), so they are not told apart (0);
 * - working days, business hours and seasons compare only among themselves (a business week
 *   is five working days), unless `serviceHours` turn business time into calendar spans —
 *   then spans that do not overlap are ordered and overlapping ones may be equal.
 * `equalDurations` stays the stricter test of "the same promise" (equal spans).
 */
export function compareDurations(a: Duration, b: Duration, serviceHours?: WeekSet): number | undefined {
  const ca = clockOf(a);
  const cb = clockOf(b);
  if (ca === 'calendar' && cb === 'calendar') {
    const ma = MONTHS_PER[a.unit];
    const mb = MONTHS_PER[b.unit];
    if (ma !== undefined && mb !== undefined) return Math.sign(a.amount * ma - b.amount * mb);
  }
  if (ca === cb && ca !== 'calendar') return Math.sign(onItsClock(a) - onItsClock(b));
  const sa = spanOf(a, serviceHours);
  const sb = spanOf(b, serviceHours);
  if (!sa || !sb) return undefined;
  if (sa.max < sb.min) return -1;
  if (sb.max < sa.min) return 1;
  return 0;
}
