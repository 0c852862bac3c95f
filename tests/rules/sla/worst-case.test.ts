import { describe, expect, it } from 'vitest';
import { formatMinutes } from '../../../src/rules/sla/worst-case.ts';
import { describeTiers } from '../../../src/rules/sla/tiers.ts';

describe('formatMinutes', () => {
  it('uses the largest whole unit, days only from two days on', () => {
    expect(formatMinutes(45)).toBe('45分钟 (45 minutes)');
    expect(formatMinutes(66 * 60)).toBe('66小时 (66 hours)');
    expect(formatMinutes(1440)).toBe('24小时 (24 hours)');
    expect(formatMinutes(4 * 1440)).toBe('4天 (4 days)');
    expect(formatMinutes(90)).toBe('90分钟 (90 minutes)');
  });
});

describe('describeTiers', () => {
  const ranks = new Map([
    ['p1', { id: 'p1', rank: 1, at: { file: 'x', line: 1, column: 1 } }],
    ['p2', { id: 'p2', rank: 2, at: { file: 'x', line: 2, column: 1 } }],
  ]);
  it('names the tiers with their ranks', () => {
    expect(describeTiers(new Set(['p1']), ranks)).toBe('p1 (rank 1)');
    expect(describeTiers(new Set(['p1', 'p2']), ranks)).toBe('p1/p2 (ranks 1, 2)');
  });
});
