/**
 * Tiers must be monotonic: a commitment for a higher tier (more severe fault, nearer zone)
 * is never slower than one for a lower tier, where the two hold in the same situations
 * apart from the tier itself. Shared by sla/severity-monotonic and sla/zone-monotonic.
 */
import { overlapsExcept } from '../../model/conditions.ts';
import { compareWorst } from '../../time/duration.ts';
import type { CommitmentNode, Model, Ranked } from '../../model/model.ts';
import { commitmentGroups, pairGuard } from './worst-case.ts';

export type TierDimension = 'severity' | 'zone';

/** The ranks of a tier set, or undefined when it is open (every tier) or names an unknown id. */
function ranksOf(ids: ReadonlySet<string> | undefined, vocabulary: ReadonlyMap<string, Ranked>): number[] | undefined {
  if (!ids) return undefined;
  const ranks = [...ids].map((id) => vocabulary.get(id)?.rank);
  return ranks.every((r) => r !== undefined) ? (ranks as number[]) : undefined;
}

/**
 * Calls `found(higher, lower)` once per pair where every tier of `higher` ranks strictly
 * above every tier of `lower` (rank 1 is the highest) and `higher` is slower at worst.
 * Pairs whose tiers share a value are left to sla/conflicting-commitments.
 */
export function findTierInversions(
  model: Model,
  dimension: TierDimension,
  examined: () => void,
  found: (higher: CommitmentNode, lower: CommitmentNode) => void,
): void {
  const vocabulary = dimension === 'severity' ? model.vocabulary.severities : model.vocabulary.zones;
  const firstTime = pairGuard();
  for (const list of commitmentGroups(model)) {
    const tiered = list.filter((c) => c.bound === 'max' && c.span && c.when[dimension]);
    for (const higher of tiered) {
      examined();
      const high = ranksOf(higher.when[dimension], vocabulary);
      if (!high) continue;
      for (const lower of tiered) {
        if (lower.target !== higher.target) continue;
        const low = ranksOf(lower.when[dimension], vocabulary);
        if (!low || Math.max(...high) >= Math.min(...low)) continue;
        if (!overlapsExcept(higher.when, lower.when, dimension)) continue;
        if (compareWorst(higher.span!, lower.span!) <= 0) continue;
        if (firstTime(higher, lower)) found(higher, lower);
      }
    }
  }
}

/** "p1 (rank 1)" or "p1/p2 (ranks 1, 2)". */
export function describeTiers(ids: ReadonlySet<string>, vocabulary: ReadonlyMap<string, Ranked>): string {
  const ranks = [...ids].map((id) => vocabulary.get(id)?.rank ?? '?');
  return `${[...ids].join('/')} (${ranks.length > 1 ? 'ranks' : 'rank'} ${ranks.join(', ')})`;
}
