/** Durations become calendar spans; business clocks run through the service hours. */
import { describe, expect, it } from 'vitest';
import { equalDurations, formatEn, formatZh, spanOf } from '../../src/time/duration.ts';
import { weekSetOf } from '../../src/time/week.ts';

const officeHours = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' }]);

describe('spanOf', () => {
  it('fixed units are exact; months and years are ranges', () => {
    expect(spanOf({ amount: 2, unit: 'hour' })).toEqual({ min: 120, max: 120 });
    expect(spanOf({ amount: 1, unit: 'month' })).toEqual({ min: 28 * 1440, max: 31 * 1440 });
    expect(spanOf({ amount: 2, unit: 'year' })).toEqual({ min: 730 * 1440, max: 732 * 1440 });
  });

  it('8 business hours logged at 16:00 in an 08:00–17:00 day are due 15:00 the next day — and worse over a weekend', () => {
    const span = spanOf({ amount: 8, unit: 'hour', clock: 'business' }, officeHours)!;
    // Best: start at 08:00, done 16:00 the same day.
    expect(span.min).toBe(8 * 60);
    // Worst: reported Friday 17:00 (after close), done Monday 16:00 = 71 hours.
    expect(span.max).toBe(71 * 60);
  });

  it('cannot compare a business clock without service hours, nor seasons', () => {
    expect(spanOf({ amount: 4, unit: 'hour', clock: 'business' })).toBeUndefined();
    expect(spanOf({ amount: 2, unit: 'season' })).toBeUndefined();
  });

  it('one working day is at most three calendar days (over a weekend)', () => {
    const span = spanOf({ amount: 1, unit: 'workday' }, officeHours)!;
    expect(span.max).toBeLessThanOrEqual(4 * 1440);
    expect(span.min).toBeGreaterThanOrEqual(1440);
  });
});

it('equal values in other units are the same promise', () => {
  expect(equalDurations({ amount: 120, unit: 'minute' }, { amount: 2, unit: 'hour' })).toBe(true);
  expect(equalDurations({ amount: 1, unit: 'month' }, { amount: 30, unit: 'day' })).toBe(false);
  expect(equalDurations({ amount: 7, unit: 'day' }, { amount: 1, unit: 'week' })).toBe(true);
});

it('prints both languages', () => {
  expect(formatZh({ amount: 2, unit: 'hour' })).toBe('2小时');
  expect(formatZh({ amount: 4, unit: 'hour', clock: 'business' })).toBe('4个工作小时');
  expect(formatEn({ amount: 1, unit: 'workday' })).toBe('1 working day');
  expect(formatEn({ amount: 30, unit: 'minute' })).toBe('30 minutes');
});
