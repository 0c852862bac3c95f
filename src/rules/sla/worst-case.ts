/**
 * Shared by the sla rules that order commitments: which lists of commitments are judged
 * together, how a value reads in a message when its worst case differs from its face
 * value, and a guard so that a pair seen in an entry and again in a bid is reported once.
 */
import type { ChainCase, ChainNode, CommitmentNode, Model } from '../../model/model.ts';
import type { Entry } from '../../content/load.ts';
import type { Related, SourceRef } from '../../diagnostics/diagnostic.ts';
import { isChained } from '../../model/chains.ts';
import { formatDuration } from '../../time/duration.ts';
import { describeConditions } from '../../model/conditions.ts';
import { refKey } from '../../diagnostics/diagnostic.ts';
import type { Event, Target } from '../../schema/index.ts';
import { EVENT_LABELS, TARGET_LABELS } from '../../model/labels.ts';

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
 * The value as written (with the event it runs from, unless the report), and for a
 * business clock also its worst case in calendar time, because that is what the comparison
 * used and what surprises authors.
 */
export function describeValue(c: CommitmentNode): string {
  const business = c.duration.clock === 'business' || c.duration.unit === 'workday';
  const written = `${formatDuration(c.duration)}${c.from === 'report' ? '' : ` of ${EVENT_LABELS[c.from].en}`}`;
  if (!business || !c.span) return written;
  return `${written}, i.e. up to ${formatMinutes(c.span.max)} of calendar time,`;
}

/** "in all cases" or "for severity p1, zone city", to follow a value in a sentence. */
export function describeWhen(c: CommitmentNode): string {
  const d = describeConditions(c.when);
  return d === 'all cases' ? 'in all cases' : `for ${d}`;
}

/** A list of commitments judged together, with its chained commitments resolved. */
export interface ChainGroup {
  list: CommitmentNode[];
  chains: ChainNode[];
}

/** The groups of `commitmentGroups`, each with its chains: the entry's from the model, the bid's from the bid. */
export function chainGroups(model: Model): ChainGroup[] {
  return [
    ...model.entries['service-levels'].map((e) => ({
      list: model.commitments.filter((c) => c.origin === e.id),
      chains: model.chains.filter((ch) => ch.commitment.origin === e.id),
    })),
    ...model.bids.map((b) => ({ list: b.commitments, chains: b.chains })),
  ];
}

/**
 * What a commitment means from the fault report, case by case: its own time when counted
 * from the report, the resolved cases of its chain when counted from an earlier step. None
 * when that cannot be known: a broken chain (sla/chains reports it), a business clock
 * without service hours (coverage/business-hours), or a time from completion acceptance,
 * which is no step of a repair.
 */
export function casesFromReport(c: CommitmentNode, chains: readonly ChainNode[]): ChainCase[] {
  if (c.from === 'report') return c.span ? [{ when: c.when, path: [c], fromReport: c.span }] : [];
  if (!isChained(c)) return [];
  const chain = chains.find((ch) => ch.commitment === c);
  return chain && !chain.broken ? chain.cases : [];
}

/** "arrival on site (到达现场)". */
export const eventLabel = (e: Event) => `${EVENT_LABELS[e].en} (${EVENT_LABELS[e].zh})`;

/**
 * The value of one case as a sentence reads it: the value as written, and for a chained
 * commitment what it adds up to from the fault report.
 */
export function describeCaseValue(k: ChainCase): string {
  const c = k.path[k.path.length - 1]!;
  if (c.from === 'report') return describeValue(c);
  return `${formatDuration(c.duration)} of ${EVENT_LABELS[c.from].en}, i.e. up to ${formatMinutes(k.fromReport.max)} from the fault report,`;
}

/** "in all cases" or "for severity p1, zone city", for a case's conditions. */
export function describeCaseWhen(k: ChainCase): string {
  const d = describeConditions(k.when);
  return d === 'all cases' ? 'in all cases' : `for ${d}`;
}

/** One related location per earlier step of a chained case, so the reader sees what was added up. */
export function stepsRelated(k: ChainCase): Related[] {
  return k.path.slice(0, -1).map((s) => ({
    location: s.valueAt,
    message: `${s.target} within ${describeValue(s)} ${describeWhen(s)}: a step of the chain`,
  }));
}

/**
 * The location of one key of a commitment (`from`, `when` …), found from the commitment's
 * own location: the model keeps where the item and its value are, not every key. Falls back
 * to the item itself.
 */
export function locateInCommitment(model: Model, c: CommitmentNode, key: string): SourceRef {
  const matches = (entry: Entry, path: (string | number)[]) => refKey(entry.locate(path)) === refKey(c.at);
  if (c.origin.startsWith('bid:')) {
    const bid = model.bids.find((b) => `bid:${b.entry.id}` === c.origin)?.entry;
    const i = bid?.data.overrides.commitments.findIndex((_, i) => matches(bid, ['overrides', 'commitments', i])) ?? -1;
    return bid && i >= 0 ? bid.locate(['overrides', 'commitments', i, key]) : c.at;
  }
  const entry = model.entries['service-levels'].find((e) => e.id === c.origin);
  const i = entry?.data.commitments.findIndex((_, i) => matches(entry, ['commitments', i])) ?? -1;
  return entry && i >= 0 ? entry.locate(['commitments', i, key]) : c.at;
}
