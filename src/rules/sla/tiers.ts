/**
 * Tiers must be monotonic: a commitment for a higher tier (more severe fault, nearer zone)
 * is never slower than one for a lower tier, where the two hold in the same situations
 * apart from the tier itself. Two commitments counted from the same event are compared by
 * their own times; counted from different events (修复 from the report for P2, 到场后修复 for
 * P1), by what they add up to from the fault report, case by case. A chained time is never
 * compared with the tiers of its own earlier steps, so an inversion of on-site times is
 * reported once, at the on-site times, and not again at every time counted from arrival.
 * Shared by sla/severity-monotonic and sla/zone-monotonic.
 */
import { overlapsExcept } from '../../model/conditions.ts';
import { compareWorst } from '../../time/duration.ts';
import type { Related } from '../../diagnostics/diagnostic.ts';
import type { ChainCase, CommitmentNode, Model, Ranked } from '../../model/model.ts';
import {
  casesFromReport, chainGroups, describeCaseValue, describeCaseWhen, describeValue, describeWhen, pairGuard, stepsRelated,
} from './worst-case.ts';

export type TierDimension = 'severity' | 'zone';

/** One inversion, with its values already in words for the message. */
export interface Inversion {
  higher: CommitmentNode;
  lower: CommitmentNode;
  /** The higher tier's value and conditions, the lower tier's, for the sentence. */
  value: string;
  when: string;
  other: string;
  otherWhen: string;
  /** The lower tier's value, then the steps of any chain that was added up. */
  related: Related[];
}

/** The ranks of a tier set, or undefined when it is open (every tier) or names an unknown id. */
function ranksOf(ids: ReadonlySet<string> | undefined, vocabulary: ReadonlyMap<string, Ranked>): number[] | undefined {
  if (!ids) return undefined;
  const ranks = [...ids].map((id) => vocabulary.get(id)?.rank);
  return ranks.every((r) => r !== undefined) ? (ranks as number[]) : undefined;
}

/**
 * Calls `found` once per pair where every tier of `higher` ranks strictly above every tier
 * of `lower` (rank 1 is the highest) and `higher` is slower at worst. Pairs whose tiers
 * share a value are left to sla/conflicting-commitments.
 */
export function findTierInversions(model: Model, dimension: TierDimension, examined: () => void, found: (inversion: Inversion) => void): void {
  const lowerTier = dimension === 'severity' ? 'the less severe tier' : 'the farther zone';
  const vocabulary = dimension === 'severity' ? model.vocabulary.severities : model.vocabulary.zones;
  const firstTime = pairGuard();
  for (const { list, chains } of chainGroups(model)) {
    const tiered = list.filter((c) => c.bound === 'max' && c.when[dimension]);
    for (const higher of tiered) {
      examined();
      const high = ranksOf(higher.when[dimension], vocabulary);
      if (!high) continue;
      for (const lower of tiered) {
        if (lower.target !== higher.target) continue;
        const low = ranksOf(lower.when[dimension], vocabulary);
        if (!low || Math.max(...high) >= Math.min(...low)) continue;
        if (!overlapsExcept(higher.when, lower.when, dimension)) continue;
        const inversion = lower.from === higher.from ? ownTimes(higher, lower, lowerTier) : fromReport(higher, lower, lowerTier, casesFromReport(higher, chains), casesFromReport(lower, chains), dimension);
        if (inversion && firstTime(higher, lower)) found(inversion);
      }
    }
  }
}

/** Same event: the times as written (their worst case for a business clock). */
function ownTimes(higher: CommitmentNode, lower: CommitmentNode, lowerTier: string): Inversion | undefined {
  if (!higher.span || !lower.span || compareWorst(higher.span, lower.span) <= 0) return undefined;
  return {
    higher, lower,
    value: describeValue(higher), when: describeWhen(higher), other: describeValue(lower), otherWhen: describeWhen(lower),
    related: [{ location: lower.valueAt, message: `${lower.target} for ${lowerTier} promised within ${describeValue(lower)} ${describeWhen(lower)}` }],
  };
}

/** Different events: the worst case from the report, over the cases that can hold together but for the tier. */
function fromReport(higher: CommitmentNode, lower: CommitmentNode, lowerTier: string, highCases: ChainCase[], lowCases: ChainCase[], dimension: TierDimension): Inversion | undefined {
  let worst: [ChainCase, ChainCase] | undefined;
  for (const h of highCases) {
    for (const l of lowCases) {
      if (!overlapsExcept(h.when, l.when, dimension) || compareWorst(h.fromReport, l.fromReport) <= 0) continue;
      if (!worst || h.fromReport.max - l.fromReport.max > worst[0].fromReport.max - worst[1].fromReport.max) worst = [h, l];
    }
  }
  if (!worst) return undefined;
  const [h, l] = worst;
  return {
    higher, lower,
    value: describeCaseValue(h), when: describeCaseWhen(h), other: describeCaseValue(l), otherWhen: describeCaseWhen(l),
    related: [
      { location: lower.valueAt, message: `${lower.target} for ${lowerTier} promised within ${describeCaseValue(l)} ${describeCaseWhen(l)}` },
      ...stepsRelated(h),
      ...stepsRelated(l),
    ],
  };
}

/** "p1 (rank 1)" or "p1/p2 (ranks 1, 2)". */
export function describeTiers(ids: ReadonlySet<string>, vocabulary: ReadonlyMap<string, Ranked>): string {
  const ranks = [...ids].map((id) => vocabulary.get(id)?.rank ?? '?');
  return `${[...ids].join('/')} (${ranks.length > 1 ? 'ranks' : 'rank'} ${ranks.join(', ')})`;
}
