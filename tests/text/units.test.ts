/** Units and comparison after normalisation. */
import { describe, expect, it } from 'vitest';
import { compareDurations } from '../../src/time/duration.ts';
import { compareQuantities, enUnit, measureOf, quantityKey, sameQuantity, zhUnit, type Quantity } from '../../src/text/units.ts';

const q = (amount: number, unit: Quantity['unit'], extra: Partial<Quantity> = {}): Quantity => ({ amount, unit, ...extra });

describe('unit words', () => {
  it('reads Chinese units', () => {
    expect(zhUnit('小时')).toEqual({ unit: 'hour' });
    expect(zhUnit('工作小时')).toEqual({ unit: 'hour', clock: 'business' });
    expect(zhUnit('工作日')).toEqual({ unit: 'workday' });
    expect(zhUnit('季度')).toEqual({ unit: 'month', factor: 3 });
    expect(zhUnit('课时')).toEqual({ unit: 'hour', classHour: true });
    expect(zhUnit('采暖期')).toEqual({ unit: 'season' });
    expect(zhUnit('星期')).toEqual({ unit: 'week' });
  });
  it('reads English units with business/working qualifiers', () => {
    expect(enUnit('hours')).toEqual({ unit: 'hour' });
    expect(enUnit('hrs')).toEqual({ unit: 'hour' });
    expect(enUnit('days', 'working')).toEqual({ unit: 'workday' });
    expect(enUnit('days', 'business')).toEqual({ unit: 'workday' });
    expect(enUnit('hours', 'business')).toEqual({ unit: 'hour', clock: 'business' });
    expect(enUnit('quarters')).toEqual({ unit: 'month', factor: 3 });
    expect(enUnit('fortnights')).toBeUndefined();
  });
});

describe('comparison', () => {
  it('equal lengths in other units are the same', () => {
    expect(sameQuantity(q(120, 'minute'), q(2, 'hour'))).toBe(true);
    expect(sameQuantity(q(1, 'week'), q(7, 'day'))).toBe(true);
    expect(sameQuantity(q(2, 'year'), q(24, 'month'))).toBe(true);
    expect(sameQuantity(q(48, 'hour'), q(2, 'day'))).toBe(true);
    expect(quantityKey(q(2, 'year'))).toBe(quantityKey(q(24, 'month')));
    expect(quantityKey(q(120, 'minute'))).toBe(quantityKey(q(2, 'hour')));
  });
  it('months and days meet with a margin: 30 days may be a month, 365 days a year', () => {
    expect(sameQuantity(q(30, 'day'), q(1, 'month'))).toBe(true);
    expect(sameQuantity(q(365, 'day'), q(1, 'year'))).toBe(true);
    expect(compareQuantities(q(20, 'day'), q(1, 'month'))).toBe(-1);
    expect(compareQuantities(q(2, 'year'), q(700, 'day'))).toBe(1);
  });
  it('orders values', () => {
    expect(compareQuantities(q(2, 'hour'), q(24, 'hour'))).toBe(-1);
    expect(compareQuantities(q(0.5, 'hour'), q(15, 'minute'))).toBe(1);
    expect(compareQuantities(q(1, 'year'), q(2, 'year'))).toBe(-1);
  });
  it('does not compare different measures', () => {
    expect(compareQuantities(q(1, 'workday'), q(24, 'hour'))).toBeUndefined();
    expect(compareQuantities(q(4, 'hour', { clock: 'business' }), q(4, 'hour'))).toBeUndefined();
    expect(compareQuantities(q(40, 'hour', { classHour: true }), q(5, 'day'))).toBeUndefined();
    expect(compareQuantities(q(2, 'season'), q(2, 'year'))).toBeUndefined();
    expect(measureOf(q(2, 'day', { clock: 'business' }))).toBe('workday');
  });
  it('compares within a business measure', () => {
    expect(compareQuantities(q(1, 'workday'), q(1, 'week', { clock: 'business' }))).toBe(-1);
    expect(sameQuantity(q(5, 'workday'), q(1, 'week', { clock: 'business' }))).toBe(true);
    expect(sameQuantity(q(60, 'minute', { clock: 'business' }), q(1, 'hour', { clock: 'business' }))).toBe(true);
  });
});

describe('one comparison of durations (src/time/duration.ts)', () => {
  it('text and the model judge 30天 against 1个月 alike: they may be equal', () => {
    expect(compareDurations({ amount: 30, unit: 'day' }, { amount: 1, unit: 'month' })).toBe(0);
    expect(compareQuantities(q(30, 'day'), q(1, 'month'))).toBe(compareDurations({ amount: 30, unit: 'day' }, { amount: 1, unit: 'month' }));
    expect(compareDurations({ amount: 13, unit: 'month' }, { amount: 1, unit: 'year' })).toBe(1);
    expect(compareDurations({ amount: 40, unit: 'day' }, { amount: 1, unit: 'month' })).toBe(1);
    expect(compareDurations({ amount: 2, unit: 'workday' }, { amount: 1, unit: 'week', clock: 'business' })).toBe(-1);
    expect(compareDurations({ amount: 2, unit: 'workday' }, { amount: 48, unit: 'hour' })).toBeUndefined();
  });
});
