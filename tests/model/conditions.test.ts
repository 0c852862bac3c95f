/**
 * Overlap is decided on sets, and must agree with brute force: two conditions overlap
 * exactly when some concrete case (a severity, a zone, an asset, an hour of the week, a
 * month) satisfies both. Property-tested over random conditions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers, overlaps, resolveConditions, type ConditionVocabulary } from '../../src/model/conditions.ts';
import { weekSetOf, complement } from '../../src/time/week.ts';
import { monthsOf } from '../../src/time/months.ts';
import type { Conditions } from '../../src/schema/primitives.ts';

const weekday = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }]);
const night = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '22:00', to: '06:00' }]);
const vocab: ConditionVocabulary = {
  windows: new Map([['weekday', weekday], ['other', complement(weekday)], ['night', night]]),
  seasons: new Map([['off', monthsOf({ from: 11, to: 4 })], ['peak', monthsOf({ from: 5, to: 10 })]]),
};
const SEVERITIES = ['p1', 'p2', 'p3'];
const ZONES = ['city', 'county'];
const ASSETS = ['equipment', 'cabling'];

const subset = (all: string[]) => fc.option(fc.subarray(all, { minLength: 1 }), { nil: undefined });
const conditions: fc.Arbitrary<Conditions> = fc.record(
  {
    severity: subset(SEVERITIES),
    zone: subset(ZONES),
    asset: subset(ASSETS),
    window: fc.option(fc.constantFrom('weekday', 'other', 'night'), { nil: undefined }),
    season: fc.option(fc.oneof(fc.constantFrom('off', 'peak'), fc.record({ from: fc.integer({ min: 1, max: 12 }), to: fc.integer({ min: 1, max: 12 }) })), { nil: undefined }),
  },
  { requiredKeys: [] },
).map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Conditions);

/** Does a concrete case satisfy the conditions? Checked minute by minute of the hour. */
function holds(c: ReturnType<typeof resolveConditions>, s: string, z: string, a: string, minute: number, month: number) {
  return (!c.severity || c.severity.has(s)) && (!c.zone || c.zone.has(z)) && (!c.asset || c.asset.has(a)) &&
    c.window.some(([x, y]) => minute >= x && minute < y) && (c.months & (1 << (month - 1))) !== 0;
}
function bruteOverlap(a: ReturnType<typeof resolveConditions>, b: ReturnType<typeof resolveConditions>) {
  for (const s of SEVERITIES) for (const z of ZONES) for (const as of ASSETS)
    for (let m = 0; m < 7 * 24 * 60; m += 30) for (let mo = 1; mo <= 12; mo++)
      if (holds(a, s, z, as, m, mo) && holds(b, s, z, as, m, mo)) return true;
  return false;
}

describe('overlaps', () => {
  it('agrees with brute force over concrete cases', () => {
    fc.assert(
      fc.property(conditions, conditions, (x, y) => {
        const a = resolveConditions(x, vocab);
        const b = resolveConditions(y, vocab);
        expect(overlaps(a, b)).toBe(bruteOverlap(a, b));
        expect(overlaps(b, a)).toBe(overlaps(a, b));
      }),
      { numRuns: 150 },
    );
  });

  it('a condition set covers itself and is covered by "all cases"', () => {
    fc.assert(
      fc.property(conditions, (x) => {
        const a = resolveConditions(x, vocab);
        expect(covers(a, a)).toBe(true);
        expect(covers(resolveConditions({}, vocab), a)).toBe(true);
      }),
    );
  });

  it.each<[string, Conditions, Conditions, boolean]>([
    ['different zones', { zone: 'city' }, { zone: 'county' }, false],
    ['a window and its complement', { window: 'weekday' }, { window: 'other' }, false],
    ['night spans midnight into the working day? no: 22:00–06:00 vs 08:00–18:00', { window: 'night' }, { window: 'weekday' }, false],
    ['off-season and peak season', { season: 'off' }, { season: 'peak' }, false],
    ['Nov–Apr and Apr–Oct share April', { season: 'off' }, { season: { from: 4, to: 10 } }, true],
    ['severity sets sharing p2', { severity: ['p1', 'p2'] }, { severity: 'p2' }, true],
    ['no conditions overlap everything', {}, { zone: 'city', window: 'night' }, true],
  ])('%s', (_, x, y, expected) => {
    expect(overlaps(resolveConditions(x, vocab), resolveConditions(y, vocab))).toBe(expected);
  });
});
