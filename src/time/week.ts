/**
 * Hours of the week as sets of minute intervals, so that time windows, hotline hours and
 * the duty rota can be intersected, joined and checked for gaps exactly.
 */
import { DAYS, type Day, type WeekHours } from '../schema/primitives.ts';

export const WEEK_MINUTES = 7 * 24 * 60;

/** Sorted, disjoint, half-open [start, end) intervals within [0, WEEK_MINUTES). */
export type WeekSet = readonly (readonly [number, number])[];

export const ALWAYS: WeekSet = [[0, WEEK_MINUTES]];
export const NEVER: WeekSet = [];

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

export function weekSetOf(hours: WeekHours): WeekSet {
  if (hours === 'always') return ALWAYS;
  const raw: [number, number][] = [];
  for (const span of hours) {
    const from = minutesOf(span.from);
    let to = minutesOf(span.to);
    if (to <= from) to += 24 * 60; // runs past midnight
    for (const day of span.days) {
      const start = DAYS.indexOf(day) * 1440 + from;
      const end = DAYS.indexOf(day) * 1440 + to;
      if (end <= WEEK_MINUTES) raw.push([start, end]);
      else raw.push([start, WEEK_MINUTES], [0, end - WEEK_MINUTES]);
    }
  }
  return normalise(raw);
}

function normalise(raw: [number, number][]): WeekSet {
  const sorted = raw.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export const union = (...sets: WeekSet[]): WeekSet => normalise(sets.flatMap((s) => s.map(([a, b]) => [a, b] as [number, number])));

export function complement(set: WeekSet): WeekSet {
  const out: [number, number][] = [];
  let cursor = 0;
  for (const [a, b] of set) {
    if (a > cursor) out.push([cursor, a]);
    cursor = b;
  }
  if (cursor < WEEK_MINUTES) out.push([cursor, WEEK_MINUTES]);
  return out;
}

export function intersect(x: WeekSet, y: WeekSet): WeekSet {
  const out: [number, number][] = [];
  for (const [a, b] of x) for (const [c, d] of y) if (Math.max(a, c) < Math.min(b, d)) out.push([Math.max(a, c), Math.min(b, d)]);
  return normalise(out);
}

export const minutesIn = (set: WeekSet) => set.reduce((sum, [a, b]) => sum + b - a, 0);
export const isEmpty = (set: WeekSet) => set.length === 0;

const DAY_ZH: Record<Day, string> = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' };
const DAY_EN: Record<Day, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** The days' names in both languages, Monday first: the one list messages and documents read. */
export const DAY_LABELS: readonly { zh: string; en: string }[] = DAYS.map((d) => ({ zh: DAY_ZH[d], en: DAY_EN[d] }));

const clockOf = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** "周六 00:00–08:00 (Sat 00:00–08:00)" for each interval, splitting at midnight. */
export function describeWeekSet(set: WeekSet): string[] {
  const out: string[] = [];
  for (const [a, b] of set) {
    for (let day = Math.floor(a / 1440); day * 1440 < b; day++) {
      const from = Math.max(a, day * 1440) - day * 1440;
      const to = Math.min(b, (day + 1) * 1440) - day * 1440;
      const d = DAYS[day]!;
      out.push(`${DAY_ZH[d]} ${clockOf(from)}–${clockOf(to)} (${DAY_EN[d]})`);
    }
  }
  return out;
}

/**
 * Calendar minutes needed to accumulate `business` minutes of open time in `open`,
 * starting at minute-of-week `start`. Open time must not be empty.
 */
export function elapsedForBusiness(open: WeekSet, start: number, business: number): number {
  let remaining = business;
  let t = start;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const weekBase = Math.floor(t / WEEK_MINUTES) * WEEK_MINUTES;
    const local = t - weekBase;
    const next = open.find(([, b]) => b > local);
    if (!next) {
      t = weekBase + WEEK_MINUTES;
      continue;
    }
    const from = Math.max(next[0], local);
    const available = next[1] - from;
    if (available >= remaining) return weekBase + from + remaining - start;
    remaining -= available;
    t = weekBase + next[1];
  }
  throw new Error('elapsedForBusiness: no open time');
}
