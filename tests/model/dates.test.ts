import { describe, expect, it } from 'vitest';
import { addDuration, compareDates, daysBetween, formatDate, lastsAtLeast, latestEnd, parseDate, type CalendarDate } from '../../src/model/dates.ts';
import type { Duration } from '../../src/schema/primitives.ts';
import { weekSetOf } from '../../src/time/week.ts';

const d = (text: string): CalendarDate => {
  const parsed = parseDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
};
const add = (date: string, amount: number, unit: Duration['unit'], sign: 1 | -1 = 1) => {
  const r = addDuration(d(date), { amount, unit }, sign);
  return r && formatDate(r);
};

describe('parseDate', () => {
  it('reads real calendar days', () => {
    expect(parseDate('2026-06-30')).toEqual({ year: 2026, month: 6, day: 30 });
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
  it('refuses days a month does not have, and other text', () => {
    expect(parseDate('2026-02-29')).toBeUndefined();
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('2026-04-31')).toBeUndefined();
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(parseDate('2026-00-10')).toBeUndefined();
    expect(parseDate('2026-6-30')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
  });
  it('round-trips through formatDate with zero padding', () => {
    expect(formatDate(d('0999-01-05'))).toBe('0999-01-05');
    expect(formatDate({ year: 2026, month: 3, day: 7 })).toBe('2026-03-07');
  });
});

describe('addDuration', () => {
  it('ends a period of years or months on the corresponding day', () => {
    expect(add('2026-06-30', 2, 'year')).toBe('2028-06-30');
    expect(add('2026-06-30', 5, 'year')).toBe('2031-06-30');
    expect(add('2026-01-15', 1, 'month')).toBe('2026-02-15');
    expect(add('2026-02-28', 1, 'month')).toBe('2026-03-28');
  });
  it('ends on the last day of the month when the corresponding day does not exist', () => {
    expect(add('2026-01-31', 1, 'month')).toBe('2026-02-28');
    expect(add('2028-01-31', 1, 'month')).toBe('2028-02-29');
    expect(add('2026-03-31', 1, 'month')).toBe('2026-04-30');
    expect(add('2028-02-29', 1, 'year')).toBe('2029-02-28');
    expect(add('2028-02-29', 4, 'year')).toBe('2032-02-29');
  });
  it('does not carry an earlier clamp into later months (each period is counted from the start)', () => {
    expect(add('2026-01-31', 2, 'month')).toBe('2026-03-31');
    expect(add('2026-08-31', 6, 'month')).toBe('2027-02-28');
  });
  it('crosses year ends both ways', () => {
    expect(add('2026-11-30', 3, 'month')).toBe('2027-02-28');
    expect(add('2026-12-31', 1, 'day')).toBe('2027-01-01');
    expect(add('2027-01-15', 1, 'month', -1)).toBe('2026-12-15');
    expect(add('2027-03-31', 1, 'month', -1)).toBe('2027-02-28');
  });
  it('counts fractional years that are whole months', () => {
    expect(add('2026-06-30', 1.5, 'year')).toBe('2027-12-30');
  });
  it('counts days and weeks in calendar days, across leap days', () => {
    expect(add('2028-02-28', 1, 'day')).toBe('2028-02-29');
    expect(add('2026-06-30', 2, 'week')).toBe('2026-07-14');
    expect(add('2028-03-01', 1, 'day', -1)).toBe('2028-02-29');
  });
  it('has no calendar answer for hours, working days, business clocks, seasons or part months', () => {
    expect(add('2026-06-30', 48, 'hour')).toBeUndefined();
    expect(add('2026-06-30', 5, 'workday')).toBeUndefined();
    expect(add('2026-06-30', 2, 'season')).toBeUndefined();
    expect(add('2026-06-30', 0.5, 'month')).toBeUndefined();
    expect(addDuration(d('2026-06-30'), { amount: 3, unit: 'day', clock: 'business' })).toBeUndefined();
  });
});

describe('compareDates and daysBetween', () => {
  it('orders dates and counts the days between them', () => {
    expect(compareDates(d('2026-01-05'), d('2026-01-25'))).toBeLessThan(0);
    expect(compareDates(d('2026-01-25'), d('2026-01-25'))).toBe(0);
    expect(daysBetween(d('2027-06-30'), d('2028-06-30'))).toBe(366);
    expect(daysBetween(d('2026-06-30'), d('2026-06-01'))).toBe(-29);
  });
});

describe('lastsAtLeast', () => {
  const y = (amount: number): Duration => ({ amount, unit: 'year' });
  const m = (amount: number): Duration => ({ amount, unit: 'month' });
  it('compares months and years exactly', () => {
    expect(lastsAtLeast(m(24), y(2))).toBe(true);
    expect(lastsAtLeast(y(2), m(24))).toBe(true);
    expect(lastsAtLeast(m(23), y(2))).toBe(false);
    expect(lastsAtLeast(y(5), y(2))).toBe(true);
  });
  it('compares seasons only with seasons', () => {
    expect(lastsAtLeast({ amount: 2, unit: 'season' }, { amount: 2, unit: 'season' })).toBe(true);
    expect(lastsAtLeast({ amount: 1, unit: 'season' }, { amount: 2, unit: 'season' })).toBe(false);
    expect(lastsAtLeast(y(3), { amount: 2, unit: 'season' })).toBeUndefined();
    expect(lastsAtLeast({ amount: 2, unit: 'season' }, y(1))).toBeUndefined();
  });
  it('takes the worst case across units', () => {
    expect(lastsAtLeast({ amount: 365, unit: 'day' }, y(1))).toBe(false);
    expect(lastsAtLeast({ amount: 366, unit: 'day' }, y(1))).toBe(true);
    expect(lastsAtLeast({ amount: 31, unit: 'day' }, m(1))).toBe(true);
    expect(lastsAtLeast({ amount: 4, unit: 'week' }, m(1))).toBe(false);
    expect(lastsAtLeast({ amount: 14, unit: 'day' }, { amount: 2, unit: 'week' })).toBe(true);
  });
  it('needs service hours for a business clock', () => {
    const business: Duration = { amount: 10, unit: 'workday' };
    expect(lastsAtLeast(business, { amount: 1, unit: 'week' })).toBeUndefined();
    const hours = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }]);
    expect(lastsAtLeast(business, { amount: 1, unit: 'week' }, hours)).toBe(true);
  });
});

describe('latestEnd', () => {
  it('picks the period that ends last, whatever its unit', () => {
    const periods: Duration[] = [{ amount: 2, unit: 'year' }, { amount: 30, unit: 'month' }, { amount: 100, unit: 'week' }];
    const r = latestEnd(d('2026-06-30'), periods, (p) => p);
    expect(r && formatDate(r.end)).toBe('2028-12-30');
    expect(r?.item).toBe(periods[1]);
  });
  it('skips periods without a calendar end', () => {
    expect(latestEnd(d('2026-06-30'), [{ amount: 2, unit: 'season' } as Duration], (p) => p)).toBeUndefined();
  });
});
