/**
 * One value per commitment: the same target under overlapping conditions must not be
 * promised with two different values — the seed's "24 h on site" next to "2 h on site".
 * Like is compared with like: "fixed within 8 h of the report" and "fixed within 4 h of
 * arrival on site" count from different events and are a chain, not a contradiction
 * (sla/ordered-targets and sla/chains judge those).
 */
import { defineRule } from '../define-rule.ts';
import { describeConditions, overlaps } from '../../model/conditions.ts';
import { compareDurations, formatDuration } from '../../time/duration.ts';
import type { CommitmentNode, Model } from '../../model/model.ts';
import { compareRefs, refKey } from '../../diagnostics/diagnostic.ts';
import { EVENT_LABELS } from '../../model/labels.ts';

/** "8小时 (8 hours)", and "of arrival on site" when the time runs from a step of the repair. */
const valueOf = (c: CommitmentNode) => `${formatDuration(c.duration)}${c.from === 'report' ? '' : ` of ${EVENT_LABELS[c.from].en}`}`;

export default defineRule({
  meta: {
    id: 'sla/conflicting-commitments',
    severity: 'error',
    title: 'The same target under overlapping conditions is promised with two values',
    source: 'DOMAIN.md check 10: one value per commitment across every document',
    messages: {
      conflict:
        'The {{target}} target is promised as {{value}} ({{when}}) here and as {{other}} ({{otherWhen}}) at the related location; both hold in some cases, so the plan contradicts itself.',
    },
  },
  check(model: Model, ctx) {
    const seen = new Set<string>();
    // Each service-levels entry on its own (two entries may be alternatives), then each
    // bid's commitments in force, where applied entries and overrides meet.
    const groups: CommitmentNode[][] = [
      ...model.entries['service-levels'].map((e) => model.commitments.filter((c) => c.origin === e.id)),
      ...model.bids.map((b) => b.commitments),
    ];
    for (const list of groups) {
      for (const [i, a] of list.entries()) {
        ctx.examined();
        for (const b of list.slice(i + 1)) {
          if (a.target !== b.target || a.bound !== b.bound || a.from !== b.from || !overlaps(a.when, b.when)) continue;
          // A contradiction only when the two can never be the same length (30天 and 1个月 can):
          // the question the prose rule asks too (time/duration.ts, compareDurations).
          if (compareDurations(a.duration, b.duration, model.serviceHours) === 0) continue;
          const key = [refKey(a.at), refKey(b.at)].sort().join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          // Report at a bid's override if one is involved, else at the later of the two.
          const fromBid = (c: CommitmentNode) => c.origin.startsWith('bid:');
          const [first, second] = fromBid(a) !== fromBid(b) ? (fromBid(a) ? [b, a] : [a, b]) : compareRefs(a.at, b.at) <= 0 ? [a, b] : [b, a];
          ctx.report({
            messageId: 'conflict',
            data: {
              target: first.target,
              value: valueOf(second),
              other: valueOf(first),
              when: describeConditions(second.when),
              otherWhen: describeConditions(first.when),
            },
            location: second.valueAt,
            related: [{ location: first.valueAt, message: `${first.target} promised as ${valueOf(first)} (${describeConditions(first.when)})` }],
            hint:
              fromBid(second) && !fromBid(first)
                ? `Keep one value, or narrow the \`when\` of the override so that it covers the applied tier it replaces; if the tender redefines the ${second.target} tiers (its own windows or zones), write \`replace: [${second.target}]\` under \`overrides\` to drop the applied ones.`
                : 'Keep one value, or narrow the `when` of one commitment (severity, zone, window, season, asset, fault type) so that the two never hold at once.',
          });
        }
      }
    }
  },
});
