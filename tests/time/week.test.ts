/** Week sets: spans past midnight, complements, and readable gaps. */
import { expect, it } from 'vitest';
import { complement, describeWeekSet, minutesIn, union, weekSetOf, WEEK_MINUTES } from '../../src/time/week.ts';

it('a span past midnight runs into the next day, and Sunday night wraps to Monday', () => {
  const nights = weekSetOf([{ days: ['sun'], from: '22:00', to: '06:00' }]);
  expect(nights).toEqual([[0, 360], [WEEK_MINUTES - 120, WEEK_MINUTES]]);
});

it('shifts that cover the week leave no gap; a missing shift is named', () => {
  const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const day = weekSetOf([{ days: [...all], from: '08:00', to: '20:00' }]);
  const night = weekSetOf([{ days: [...all], from: '20:00', to: '08:00' }]);
  expect(minutesIn(union(day, night))).toBe(WEEK_MINUTES);
  const weekdayNights = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '20:00', to: '08:00' }]);
  const gaps = complement(union(day, weekdayNights));
  expect(describeWeekSet(gaps)).toEqual(['周一 00:00–08:00 (Mon)', '周六 20:00–24:00 (Sat)', '周日 00:00–08:00 (Sun)', '周日 20:00–24:00 (Sun)']);
});
