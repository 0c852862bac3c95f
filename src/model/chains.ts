/**
 * Times counted from another event, added up. Real plans promise 到场后48小时内修复 and
 * 备件到货后8小时内修复: each such commitment runs from an earlier step of the repair, whose
 * own time (perhaps tiered by zone or severity, perhaps itself chained) runs from the fault
 * report. Resolving the chain gives, per combination of tiers, the worst time from the
 * report — what a client actually waits, and what ordering, compliance and the documents
 * compare. Pure.
 */
import type { Event, Target } from '../schema/index.ts';
import { intersectConditions, overlaps } from './conditions.ts';
import type { ChainCase, ChainNode, CommitmentNode } from './model.ts';

/** The target whose commitment marks the event; `report` starts every chain, `acceptance` is no repair step. */
export const EVENT_TARGET: Readonly<Record<Event, Target | undefined>> = {
  report: undefined,
  acceptance: undefined,
  response: 'response',
  onsite: 'onsite',
  diagnosis: 'diagnosis',
  'parts-arrival': 'spare-parts',
};

/** Whether a commitment's time runs along a repair chain (from a step, not from the report or acceptance). */
export const isChained = (c: CommitmentNode) => EVENT_TARGET[c.from] !== undefined;

/**
 * The commitments that mark the event `c` is counted from, under conditions that can hold
 * with `c`'s: the possible previous steps of its chain (empty for a time from the report).
 */
export function stepsOf(list: readonly CommitmentNode[], c: CommitmentNode): CommitmentNode[] {
  const target = EVENT_TARGET[c.from];
  if (!target) return [];
  return list.filter((s) => s.target === target && s.bound === 'max' && overlaps(s.when, c.when));
}

/** Resolves every chained commitment of one list (a service-levels entry, or a bid's commitments in force). */
export function resolveChains(list: readonly CommitmentNode[]): ChainNode[] {
  const memo = new Map<CommitmentNode, ChainCase[] | ChainNode['broken']>();
  const chains: ChainNode[] = [];

  // Depth-first along `from`; `visiting` holds the commitments on the current path, so a
  // loop (on site counted from diagnosis, diagnosis from on site) is caught, not followed.
  const casesOf = (c: CommitmentNode, visiting: CommitmentNode[]): ChainCase[] | ChainNode['broken'] => {
    const known = memo.get(c);
    if (known) return known;
    if (!c.span) return [];
    const target = EVENT_TARGET[c.from];
    if (!target) return [{ when: c.when, path: [c], fromReport: c.span }];
    const steps = stepsOf(list, c);
    if (!steps.length) return { reason: 'no-step', event: c.from, path: [...visiting, c] };
    const cycleAt = steps.find((s) => s === c || visiting.includes(s));
    if (cycleAt) return { reason: 'cycle', event: c.from, path: [...visiting.slice(visiting.indexOf(cycleAt)), c] };
    const cases: ChainCase[] = [];
    for (const step of steps) {
      const before = casesOf(step, [...visiting, c]);
      if (!Array.isArray(before)) {
        // A broken link further up breaks this chain too; report it once, where it starts.
        memo.set(c, before);
        return before;
      }
      for (const b of before) {
        if (!overlaps(b.when, c.when)) continue;
        cases.push({
          when: intersectConditions(c.when, b.when),
          path: [...b.path, c],
          fromReport: { min: b.fromReport.min + c.span.min, max: b.fromReport.max + c.span.max },
        });
      }
    }
    memo.set(c, cases);
    return cases;
  };

  for (const c of list) {
    if (!isChained(c)) continue;
    const result = casesOf(c, []);
    chains.push(Array.isArray(result) ? { commitment: c, cases: result } : { commitment: c, cases: [], broken: result });
  }
  return chains;
}

/** The worst time from the report of a chained commitment over every case, in calendar minutes. */
export function worstFromReport(chain: ChainNode): number | undefined {
  return chain.cases.length ? Math.max(...chain.cases.map((c) => c.fromReport.max)) : undefined;
}
