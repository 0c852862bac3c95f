/** Sorted spans of text: binary searches and a mask of characters already claimed. Pure. */
import type { Span } from './structure.ts';

/** Characters claimed by something that is no duration (a date, a clock time, 7×24, a frequency). */
export class Mask {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }
  add(start: number, end: number) {
    this.bits.fill(1, start, end);
  }
  any(start: number, end: number) {
    for (let i = start; i < end; i++) if (this.bits[i]) return true;
    return false;
  }
}

/** Index of the first item starting at or after `offset` (items sorted by start). */
export function lowerBound<T extends Span>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function within<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

export const overlapsAny = (spans: readonly Span[], start: number, end: number) => {
  const i = lowerBound(spans, start);
  return (i > 0 && spans[i - 1]!.end > start) || (i < spans.length && spans[i]!.start < end);
};
