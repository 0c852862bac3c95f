/**
 * Time units as written in Chinese and English, and quantities in comparable form.
 *
 * Values keep the unit they were written in (120分钟 stays 120 minutes); comparison
 * normalises: minutes, hours, days and weeks are fixed lengths of calendar time; months,
 * quarters and years count in months; a month is 28–31 days and a year 365–366 when the two
 * families meet (30天 may equal 1个月). Working days, business hours, class hours and
 * heating/cooling seasons are separate measures, only compared among themselves.
 */
import type { Duration, TimeUnit } from '../schema/primitives.ts';
import { clockOf, compareDurations, onItsClock, spanOf } from '../time/duration.ts';

export type Unit = TimeUnit;

/** An amount of time read from text. */
export interface Quantity {
  amount: number;
  unit: Unit;
  /** `business`: counted in service hours ("4个工作小时", "4 business hours"). */
  clock?: 'business';
  /** Training class hours (课时), counted as hours but not calendar time. */
  classHour?: true;
  /** Stated as an estimate (约, 左右, about). */
  approx?: true;
}

interface UnitReading {
  unit: Unit;
  clock?: 'business';
  classHour?: true;
  /** Months per unit for quarters (季度 = 3 months). */
  factor?: number;
}

/** Chinese unit words (after the number and an optional 个), longest first when compiled. */
export const ZH_UNITS: Readonly<Record<string, UnitReading>> = {
  分钟: { unit: 'minute' },
  工作分钟: { unit: 'minute', clock: 'business' },
  分: { unit: 'minute' },
  小时: { unit: 'hour' },
  钟头: { unit: 'hour' },
  工作小时: { unit: 'hour', clock: 'business' },
  时: { unit: 'hour' },
  课时: { unit: 'hour', classHour: true },
  学时: { unit: 'hour', classHour: true },
  天: { unit: 'day' },
  日: { unit: 'day' },
  自然日: { unit: 'day' },
  日历天: { unit: 'day' },
  工作日: { unit: 'workday' },
  工作天: { unit: 'workday' },
  周: { unit: 'week' },
  星期: { unit: 'week' },
  礼拜: { unit: 'week' },
  月: { unit: 'month' },
  季度: { unit: 'month', factor: 3 },
  年: { unit: 'year' },
  '供暖(供冷)期': { unit: 'season' },
  供暖期: { unit: 'season' },
  采暖期: { unit: 'season' },
  供冷期: { unit: 'season' },
};

/**
 * Units that, written bare (without 个 or a following 内), are too often something else:
 * 时/分 (clock times, scores), 月 (a calendar month: 3月 is March).
 */
export const ZH_UNITS_NEEDING_WITHIN: ReadonlySet<string> = new Set(['时', '分', '月']);

/** English unit words (singular and plural), matched case-insensitively. */
export const EN_UNITS: Readonly<Record<string, UnitReading>> = {
  minute: { unit: 'minute' }, minutes: { unit: 'minute' }, min: { unit: 'minute' }, mins: { unit: 'minute' },
  hour: { unit: 'hour' }, hours: { unit: 'hour' }, hr: { unit: 'hour' }, hrs: { unit: 'hour' }, h: { unit: 'hour' },
  day: { unit: 'day' }, days: { unit: 'day' },
  workday: { unit: 'workday' }, workdays: { unit: 'workday' },
  week: { unit: 'week' }, weeks: { unit: 'week' },
  month: { unit: 'month' }, months: { unit: 'month' },
  quarter: { unit: 'month', factor: 3 }, quarters: { unit: 'month', factor: 3 },
  year: { unit: 'year' }, years: { unit: 'year' }, yr: { unit: 'year' }, yrs: { unit: 'year' },
  'class hour': { unit: 'hour', classHour: true }, 'class hours': { unit: 'hour', classHour: true },
  'heating/cooling season': { unit: 'season' }, 'heating/cooling seasons': { unit: 'season' },
  'heating season': { unit: 'season' }, 'heating seasons': { unit: 'season' },
};

/** The unit of a Chinese unit word; `business` when written 工作… ; undefined if unknown. */
export function zhUnit(word: string): UnitReading | undefined {
  return ZH_UNITS[word];
}

/**
 * The unit of an English unit word with its qualifier ("business"/"working"/"calendar"):
 * working days are `workday`, business hours `hour` on the business clock.
 */
export function enUnit(word: string, qualifier?: string): UnitReading | undefined {
  const base = EN_UNITS[word.toLowerCase().replace(/\s+/g, ' ')];
  if (!base) return undefined;
  const q = qualifier?.toLowerCase();
  if (q === 'business' || q === 'working' || q === 'work') {
    if (base.unit === 'day') return { unit: 'workday' };
    if (base.unit === 'hour' || base.unit === 'minute') return { ...base, clock: 'business' };
  }
  return base;
}

/** Build a quantity from an amount and a reading, folding quarters into months. */
export function quantityOf(amount: number, reading: UnitReading): Quantity {
  const q: Quantity = { amount: reading.factor ? amount * reading.factor : amount, unit: reading.unit };
  if (reading.clock) q.clock = reading.clock;
  if (reading.classHour) q.classHour = true;
  return q;
}

type Measure = 'time' | 'workday' | 'business' | 'class' | 'season';

const MINUTES: Partial<Record<Unit, number>> = { minute: 1, hour: 60, day: 1440, week: 7 * 1440 };
const MONTHS: Partial<Record<Unit, number>> = { month: 1, year: 12 };

/** The measure a quantity is counted in; only quantities of the same measure compare. */
export function measureOf(q: Quantity): Measure {
  if (q.classHour) return 'class';
  const clock = clockOf(asDuration(q));
  return clock === 'calendar' ? 'time' : clock;
}

/** The value in the measure's own scale (working days, business minutes, class hours, seasons). */
function scaled(q: Quantity): number {
  return q.classHour ? q.amount : onItsClock(asDuration(q));
}

/**
 * Order of two quantities: negative when `a` is shorter, positive when longer, 0 when they
 * may be equal (same value after normalisation, or overlapping month/day spans),
 * undefined when they are counted in different measures (working days against hours).
 * Durations are compared by `compareDurations` (src/time/duration.ts), the one comparison the
 * model and compliance use too; class hours (课时), a text-only measure, compare among themselves.
 */
export function compareQuantities(a: Quantity, b: Quantity): number | undefined {
  if (!!a.classHour !== !!b.classHour) return undefined;
  if (a.classHour) return Math.sign(scaled(a) - scaled(b));
  return compareDurations(asDuration(a), asDuration(b));
}

/** A quantity as the schema's duration (estimates and class hours are the text's own). */
const asDuration = (q: Quantity): Duration => ({ amount: q.amount, unit: q.unit, ...(q.clock ? { clock: q.clock } : {}) });

/** a / b as a ratio of lengths (mid-points of month spans), or undefined across measures. */
export function ratioOf(a: Quantity, b: Quantity): number | undefined {
  const m = measureOf(a);
  if (m !== measureOf(b)) return undefined;
  if (m !== 'time') return scaled(a) / scaled(b);
  const mid = (q: Quantity) => {
    const span = spanOf(asDuration(q))!;
    return (span.min + span.max) / 2;
  };
  return mid(a) / mid(b);
}

/** Whether two quantities state the same length (120分钟 = 2小时, 两年 = 24个月). */
export const sameQuantity = (a: Quantity, b: Quantity) => compareQuantities(a, b) === 0;

/** A key equal for quantities that are certainly equal (used for grouping). */
export function quantityKey(q: Quantity): string {
  const m = measureOf(q);
  if (m === 'time') {
    const months = MONTHS[q.unit];
    if (months !== undefined) return `months:${q.amount * months}`;
    return `minutes:${q.amount * MINUTES[q.unit]!}`;
  }
  return `${m}:${scaled(q)}`;
}

const ZH_LABEL: Record<Unit, string> = {
  minute: '分钟', hour: '小时', day: '天', workday: '个工作日', week: '周', month: '个月', year: '年', season: '个供暖（供冷）期',
};

/** "2小时", "4个工作小时", "40课时", for messages. */
export function describeQuantity(q: Quantity): string {
  if (q.classHour) return `${q.amount}课时`;
  if (q.clock === 'business' && (q.unit === 'hour' || q.unit === 'minute')) return `${q.amount}个工作${ZH_LABEL[q.unit]}`;
  return `${q.amount}${ZH_LABEL[q.unit]}`;
}
