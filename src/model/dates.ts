/**
 * Calendar dates and period arithmetic for warranty expiry, visit dates and the
 * comparison of periods. Periods are counted the way the Civil Code counts them
 * (民法典 Arts. 201–202): the start day is not counted, and a period of months or years
 * ends on the corresponding day of its last month, or on that month's last day when it
 * has none — 2028-01-31 + 1 month is 2028-02-29, 2028-02-29 + 1 year is 2029-02-28.
 * Pure: no clock, no time zones (everything is a UTC calendar day).
 */
import type { Duration } from '../schema/primitives.ts';
import { spanOf } from '../time/duration.ts';
import type { WeekSet } from '../time/week.ts';

export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const DAY_MS = 86_400_000;

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `YYYY-MM-DD` to a date; undefined for text that is not a real calendar day (2026-02-30). */
export function parseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const formatDate = (d: CalendarDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

const toMs = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
const fromMs = (ms: number): CalendarDate => {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** Negative when `a` is earlier than `b`. */
export const compareDates = (a: CalendarDate, b: CalendarDate) => toMs(a) - toMs(b);

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: CalendarDate, b: CalendarDate) => Math.round((toMs(b) - toMs(a)) / DAY_MS);

/** A month or year period as a whole number of months; undefined for other units or fractions of a month. */
function calendarMonths(d: Duration): number | undefined {
  const months = d.unit === 'year' ? d.amount * 12 : d.unit === 'month' ? d.amount : undefined;
  return months !== undefined && Number.isInteger(months) ? months : undefined;
}

/** A day or week period as whole calendar days; undefined otherwise (a business clock has no calendar length). */
function calendarDays(d: Duration): number | undefined {
  if (d.clock === 'business') return undefined;
  const days = d.unit === 'week' ? d.amount * 7 : d.unit === 'day' ? d.amount : undefined;
  return days !== undefined && Number.isInteger(days) ? days : undefined;
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * The date a period starting on `date` ends on (or, with `sign` -1, the date that lies the
 * period before `date`). Undefined for periods that have no calendar-day meaning: minutes,
 * hours, working days, business clocks, seasons, fractions of a day or month.
 */
export function addDuration(date: CalendarDate, d: Duration, sign: 1 | -1 = 1): CalendarDate | undefined {
  const months = calendarMonths(d);
  if (months !== undefined) return addMonths(date, sign * months);
  const days = calendarDays(d);
  if (days !== undefined) return fromMs(toMs(date) + sign * days * DAY_MS);
  return undefined;
}

/**
 * Whether period `a` lasts at least as long as `b` in every case. Months and years are
 * compared exactly (24 months is 2 years); seasons only with seasons; anything else by
 * the worst case of their calendar spans (`a` at its shortest against `b` at its
 * longest, so 365 days is not taken to cover a year). Undefined when the two cannot be
 * compared (a season against a year, a business clock without service hours).
 */
export function lastsAtLeast(a: Duration, b: Duration, serviceHours?: WeekSet): boolean | undefined {
  if (a.unit === 'season' || b.unit === 'season') return a.unit === b.unit ? a.amount >= b.amount : undefined;
  const ma = calendarMonths(a);
  const mb = calendarMonths(b);
  if (ma !== undefined && mb !== undefined) return ma >= mb;
  const sa = spanOf(a, serviceHours);
  const sb = spanOf(b, serviceHours);
  return sa && sb ? sa.min >= sb.max : undefined;
}

/**
 * Of several periods starting on the same date, the one ending last, with its end date.
 * Periods without a calendar end (see addDuration) are left out.
 */
export function latestEnd<T>(start: CalendarDate, items: readonly T[], periodOf: (item: T) => Duration): { item: T; end: CalendarDate } | undefined {
  let best: { item: T; end: CalendarDate } | undefined;
  for (const item of items) {
    const end = addDuration(start, periodOf(item));
    if (end && (!best || compareDates(end, best.end) > 0)) best = { item, end };
  }
  return best;
}
