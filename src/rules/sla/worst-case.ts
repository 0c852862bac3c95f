/**
 * Shared by the sla rules that order commitments: which lists of commitments are judged
 * together, how a value reads in a message when its worst case differs from its face
 * value, and a guard so that a pair seen in an entry and again in a bid is reported once.
 */
import type { CommitmentNode, Model } from '../../model/model.ts';
import { formatDuration } from '../../time/duration.ts';
import { describeConditions } from '../../model/conditions.ts';
import { refKey } from '../../diagnostics/diagnostic.ts';
import type { Target } from '../../schema/index.ts';
import { TARGET_LABELS } from '../../model/labels.ts';

/**
 * Each service-levels entry on its own (two entries may be alternatives), then each bid's
 * commitments in force, where applied entries and overrides meet.
 */
export function commitmentGroups(model: Model): CommitmentNode[][] {
  return [
    ...model.entries['service-levels'].map((e) => model.commitments.filter((c) => c.origin === e.id)),
    ...model.bids.map((b) => b.commitments),
  ];
}

/** Remembers unordered pairs of commitments by source position. */
export function pairGuard(): (a: CommitmentNode, b: CommitmentNode) => boolean {
  const seen = new Set<string>();
  return (a, b) => {
    const key = [refKey(a.at), refKey(b.at)].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** The Chinese word of a target, for messages. */
export const TARGET_ZH = Object.fromEntries(Object.entries(TARGET_LABELS).map(([t, l]) => [t, l.zh])) as Record<Target, string>;

/** "onsite (到场)". */
export const targetLabel = (t: Target) => `${t} (${TARGET_ZH[t]})`;

/** Calendar minutes in the largest whole unit: "64小时 (64 hours)", "4天 (4 days)". */
export function formatMinutes(minutes: number): string {
  if (minutes % 60 !== 0) return formatDuration({ amount: minutes, unit: 'minute' });
  if (minutes % 1440 === 0 && minutes >= 2 * 1440) return formatDuration({ amount: minutes / 1440, unit: 'day' });
  return formatDuration({ amount: minutes / 60, unit: 'hour' });
}

/**
 * The value as written, and for a business clock also its worst case in calendar time,
 * because that is what the comparison used and what surprises authors.
 */
export function describeValue(c: CommitmentNode): string {
  const business = c.duration.clock === 'business' || c.duration.unit === 'workday';
  if (!business || !c.span) return formatDuration(c.duration);
  return `${formatDuration(c.duration)}, i.e. up to ${formatMinutes(c.span.max)} of calendar time,`;
}

/** "in all cases" or "for severity p1, zone city", to follow a value in a sentence. */
export function describeWhen(c: CommitmentNode): string {
  const d = describeConditions(c.when);
  return d === 'all cases' ? 'in all cases' : `for ${d}`;
}
