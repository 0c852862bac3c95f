/**
 * The seed document (a real pasted-together bid template, /work/shared/seed) shows the
 * contradictions it is known for. Skipped where the seed is not present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/text/conflicts.ts';
import { extract } from '../../src/text/extract.ts';

const SEED = '/work/shared/seed/000_994cdae80465292a.txt';

describe.skipIf(!existsSync(SEED))('the seed', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const { commitments, blanks } = extract(text);
  const conflicts = findConflicts(commitments);
  const values = (i: number) => {
    const f = commitments[i]!;
    return f.measure === 'duration' ? `${f.value.amount} ${f.value.unit}` : '';
  };
  const conflictValues = (kind: string) =>
    conflicts.filter((c) => c.kind === kind).map((c) => [values(c.sides[0][0]!), values(c.sides[1][0]!)].sort());

  it('finds free warranty of one year against two years', () => {
    expect(conflictValues('warranty')).toContainEqual(['1 year', '2 year']);
  });
  it('finds on site within 24 h against within 2 h', () => {
    expect(conflictValues('onsite')).toContainEqual(['2 hour', '24 hour']);
  });
  it('finds the blank on-site time', () => {
    expect(blanks).toEqual([expect.objectContaining({ unit: 'hour', kind: 'onsite', source: expect.objectContaining({ match: '小时' }) })]);
  });
  it('reads 7X24 as coverage only, and the approximate 7-day training against "at least 1 week" as consistent', () => {
    expect(commitments.filter((f) => f.kind === 'hotline').length).toBeGreaterThanOrEqual(5);
    expect(commitments.some((f) => f.measure === 'duration' && /7[X×]24/i.test(f.source.text) && f.value.amount === 24)).toBe(false);
    expect(conflicts.filter((c) => c.kind === 'training')).toEqual([]);
  });
});
