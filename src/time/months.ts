/** Months of the year as a 12-bit set, so that seasons can be intersected. */
import type { MonthRange } from '../schema/primitives.ts';

export const ALL_MONTHS = 0xfff;

export function monthsOf(range: MonthRange): number {
  let bits = 0;
  for (let m = range.from; ; m = (m % 12) + 1) {
    bits |= 1 << (m - 1);
    if (m === range.to) break;
  }
  return bits;
}

export function describeMonths(bits: number): string {
  if (bits === ALL_MONTHS) return 'all year';
  const months = [...Array(12).keys()].filter((i) => bits & (1 << i)).map((i) => i + 1);
  return months.join(',');
}
