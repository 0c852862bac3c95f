/**
 * Chains of times counted from another event: the worst case from the report adds up
 * every earlier step's tier under overlapping conditions; missing steps and loops break
 * the chain instead of being followed.
 */
import { describe, expect, it } from 'vitest';
import { resolveChains, worstFromReport } from '../../src/model/chains.ts';
import { resolveConditions } from '../../src/model/conditions.ts';
import type { CommitmentNode } from '../../src/model/model.ts';
import type { Conditions, Event, Target } from '../../src/schema/index.ts';
import { spanOf } from '../../src/time/duration.ts';

const vocab = { windows: new Map(), seasons: new Map() };
const at = { file: 'x.yaml', line: 1, column: 1 };
let line = 0;

function c(target: Target, hours: number, from: Event = 'report', when: Conditions = {}): CommitmentNode {
  const duration = { amount: hours, unit: 'hour' as const };
  line++;
  return {
    target, bound: 'max', duration, span: spanOf(duration), from, when: resolveConditions(when, vocab),
    at: { ...at, line }, valueAt: { ...at, line }, origin: 'standard',
  };
}

describe('resolveChains', () => {
  it('adds each tier of the earlier step to the chained time', () => {
    const city = c('onsite', 2, 'report', { zone: 'city' });
    const county = c('onsite', 6, 'report', { zone: 'county' });
    const fix = c('resolution', 48, 'onsite');
    const [chain] = resolveChains([city, county, fix]);
    expect(chain!.broken).toBeUndefined();
    expect(chain!.cases.map((k) => [k.path.map((p) => p.target), [...k.when.zone!], k.fromReport.max / 60])).toEqual([
      [['onsite', 'resolution'], ['city'], 50],
      [['onsite', 'resolution'], ['county'], 54],
    ]);
    expect(worstFromReport(chain!)! / 60).toBe(54);
  });

  it('follows a chain through several steps and keeps only overlapping tiers', () => {
    const respond = c('response', 1);
    const diagnose = c('diagnosis', 1, 'response');
    const p1 = c('resolution', 4, 'diagnosis', { severity: 'p1' });
    const chains = resolveChains([respond, diagnose, p1]);
    const fix = chains.find((k) => k.commitment === p1)!;
    expect(fix.cases).toHaveLength(1);
    expect(fix.cases[0]!.path).toEqual([respond, diagnose, p1]);
    expect(fix.cases[0]!.fromReport.max / 60).toBe(6);
  });

  it('breaks on a step that is never promised under these conditions', () => {
    const onsite = c('onsite', 2, 'report', { zone: 'city' });
    const fix = c('resolution', 48, 'onsite', { zone: 'county' });
    const [chain] = resolveChains([onsite, fix]);
    expect(chain!.broken).toMatchObject({ reason: 'no-step', event: 'onsite' });
  });

  it('breaks on a loop instead of following it', () => {
    const onsite = c('onsite', 2, 'diagnosis');
    const diagnose = c('diagnosis', 1, 'onsite');
    const chains = resolveChains([onsite, diagnose]);
    expect(chains).toHaveLength(2);
    for (const chain of chains) expect(chain.broken?.reason).toBe('cycle');
  });

  it('leaves commitments counted from the report or from acceptance alone', () => {
    expect(resolveChains([c('onsite', 2), c('resolution', 24, 'acceptance')])).toEqual([]);
  });
});
