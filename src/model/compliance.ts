/**
 * Tender compliance as data: one tender requirement set against what a bid offers,
 * judged 正偏离 / 无偏离 / 负偏离 (positive / none / negative), or `unknown` when the two
 * cannot be compared. Pure; the tender/compliance rule, the export and the deviation table
 * (偏离表) all read it, so the table never says something the checker did not prove.
 *
 * An assessment holds no words: the requirement, our offer as a typed value, the deviation
 * class and a reason id with its values. `describeAssessment` (compliance-words.ts) is the
 * one place that words it, in Chinese for the table and in English for messages.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Duration, Event, LocalizedText, PROVISIONS, Requirement, Target } from '../schema/index.ts';
import { EVENT_TARGET, isChained } from './chains.ts';
import { overlaps, resolveConditions, type ResolvedConditions } from './conditions.ts';
import { equalDurations, spanOf } from '../time/duration.ts';
import { intersect, isEmpty, minutesIn, union, type WeekSet } from '../time/week.ts';
import type { BidNode, ChainCase, CommitmentNode, Model } from './model.ts';

export { DEVIATION_LABELS } from './labels.ts';

export type Deviation = 'positive' | 'none' | 'negative' | 'unknown';
export type Bound = 'max' | 'min';
export type Provision = (typeof PROVISIONS)[number];
export type HotlinePromise = '7x24' | '5x8';
/** What a count counts. */
export type CountUnit = 'class-hours' | 'training-days' | 'trainees' | 'visits-per-year';

// ── the typed values ─────────────────────────────────────────────────────────────────

/** What the tender asks, in comparable form. */
export type Required =
  | { kind: 'duration'; bound: Bound; duration: Duration; from: Event; when?: ResolvedConditions; target?: Target }
  | { kind: 'count'; unit: CountUnit; min: number; role?: string }
  | { kind: 'provision'; item: Provision; min: number; /** The tender names no number: "provide loaners" means at least one. */ stated: boolean }
  | { kind: 'promise'; promise: HotlinePromise }
  | { kind: 'statement' };

/** What a duration of ours is for. */
export type Subject =
  | { kind: 'commitment'; target: Target; bound: Bound; from: Event; when: ResolvedConditions }
  | { kind: 'warranty'; asset?: string }
  | { kind: 'record'; record: string }
  | { kind: 'certificate' };

/** Why an offer cannot be compared with the requirement. */
export type Incomparable = 'seasons' | 'no-service-hours' | 'units' | 'chain-broken' | 'other-event';

/** One duration we offer that bears on the requirement, judged alone. */
export interface DurationOffer {
  /** The value compared: the stated one, or for a chained commitment its worst case from the requirement's event. */
  duration: Duration;
  subject: Subject;
  /**
   * A commitment timed from another event (修复 within 48 h of arrival), compared through
   * its chain: the event the requirement counts from, the worst case in calendar minutes
   * from it, and the steps that add up to it (earliest first, ending with the commitment).
   */
  chain?: { from: Event; minutes: number; steps: { target: Target; from: Event; duration: Duration }[] };
  deviation: Deviation;
  incomparable?: Incomparable;
  at?: SourceRef;
}

export interface ProvisionSource {
  /** A spare (loaner or part) of the resources entry, a resident team member's role, or a loaner commitment. */
  kind: 'spare' | 'member' | 'commitment';
  id: string;
  count: number;
  at?: SourceRef;
}

/** Our offer as typed value. */
export type Offer =
  | { kind: 'durations'; offers: DurationOffer[] }
  | { kind: 'count'; unit: CountUnit; count: number; role?: string }
  | { kind: 'provision'; item: Provision; count: number; sources: ProvisionSource[] }
  | { kind: 'promise'; promise?: HotlinePromise }
  | { kind: 'statement'; answer: LocalizedText }
  | { kind: 'unresolved'; entry: 'visits' | 'records' | 'warranty' | 'team' | 'resources' };

/** The reason id and its values; the words are in compliance-words.ts. */
export type Reason =
  | {
      reason: 'within-maximum' | 'at-maximum' | 'over-maximum' | 'above-minimum' | 'at-minimum' | 'below-minimum';
      /** The deciding offer: among those of the deciding class, the weakest. */
      offered: DurationOffer;
      required: Duration;
      /** How many offers bear on the requirement ("at worst" when more than one). */
      of: number;
      /**
       * The hours of the requirement's window where the offers of the deciding class hold,
       * when that is only part of it: a 负偏离 because our working hours start at 08:30
       * and the tender's at 08:00 names Mon–Fri 08:00–08:30, 17:30–18:00.
       */
      when?: WeekSet;
    }
  | { reason: 'not-promised'; required: Duration; bound: Bound }
  | { reason: 'incomparable'; offered: DurationOffer; required: Duration; bound: Bound; why: Incomparable }
  | { reason: 'count-above' | 'count-equal' | 'count-below'; offered: number; required: number; unit: CountUnit | Provision }
  | { reason: 'provided'; offered: number; item: Provision }
  | { reason: 'not-provided'; item: Provision; required: number; stated: boolean }
  | { reason: 'stronger-promise' | 'same-promise' | 'weaker-promise'; offered: HotlinePromise; required: HotlinePromise }
  | { reason: 'no-promise'; required: HotlinePromise }
  | { reason: 'unresolved'; entry: 'visits' | 'records' | 'warranty' | 'team' | 'resources' }
  | { reason: 'stated'; deviation: Exclude<Deviation, 'unknown'> };

export type ReasonId = Reason['reason'];

export interface Assessment {
  requirement: Requirement;
  required: Required;
  offer: Offer;
  deviation: Deviation;
  reason: Reason;
  /** Where our offer is stated, when it is stated in one place. */
  at?: SourceRef;
}

export interface RequirementAssessment extends Assessment {
  /** The requirement's index in the bid's `requirements`. */
  index: number;
}

/** Every requirement of a bid, in order: the deviation table never drops a clause. */
export function assessBid(bid: BidNode, model: Model): RequirementAssessment[] {
  return bid.entry.data.requirements.map((requirement, index) => ({ ...assessRequirement(bid, requirement, model), index }));
}

type Judged = Omit<Assessment, 'requirement'>;

export function assessRequirement(bid: BidNode, req: Requirement, model: Model): Assessment {
  return { requirement: req, ...judge(bid, req, model) };
}

function judge(bid: BidNode, req: Requirement, model: Model): Judged {
  switch (req.measure) {
    case 'sla':
      return assessSla(bid, req, model);
    case 'warranty':
      return assessWarranty(bid, req, model);
    case 'training-hours':
      return judgeCount('class-hours', sum(bid.courses.map((c) => c.data.totalHours)), req.min, undefined, single(bid.courses, ['totalHours']));
    case 'training-days':
      return judgeCount('training-days', sum(bid.courses.map((c) => c.data.days)), req.min, undefined, single(bid.courses, ['days']));
    case 'trainees': {
      const role = req.role;
      const total = role
        ? sum(bid.courses.flatMap((c) => c.data.audience.filter((a) => a.role === role).map((a) => a.min)))
        : sum(bid.courses.map((c) => c.data.minTrainees));
      return judgeCount('trainees', total, req.min, role, role ? undefined : single(bid.courses, ['minTrainees']));
    }
    case 'return-visits': {
      if (!bid.visits) return unresolved('visits', { kind: 'count', unit: 'visits-per-year', min: req.min });
      return judgeCount('visits-per-year', bid.visits.data.floor.perYear, req.min, undefined, bid.visits.locate(['floor', 'perYear']));
    }
    case 'retention': {
      const required: Required = { kind: 'duration', bound: 'min', duration: req.min, from: 'report' };
      if (!bid.records) return unresolved('records', required);
      const records = bid.records;
      const offers = records.data.records.map((r, i) => ({
        duration: r.retention,
        subject: { kind: 'record', record: r.id } as const,
        at: records.locate(['records', i, 'retention']),
      }));
      return judgeDurations(offers, required, model.serviceHours);
    }
    case 'certificate': {
      const required: Required = { kind: 'duration', bound: 'max', duration: req.max, from: 'acceptance' };
      if (!bid.warranty) return unresolved('warranty', required);
      const c = bid.warranty.data.certificate;
      const offers = c ? [{ duration: c.within, subject: { kind: 'certificate' } as const, at: bid.warranty.locate(['certificate', 'within']) }] : [];
      return judgeDurations(offers, required, model.serviceHours);
    }
    case 'hotline':
      return assessHotline(bid, req.promise);
    case 'provide':
      return assessProvision(bid, req);
    case 'statement': {
      const deviation = req.deviation ?? 'none';
      return { required: { kind: 'statement' }, offer: { kind: 'statement', answer: req.answer }, deviation, reason: { reason: 'stated', deviation } };
    }
  }
}

// ── durations ────────────────────────────────────────────────────────────────────────

const MONTHS: Partial<Record<Duration['unit'], number>> = { month: 1, year: 12 };

/**
 * One duration against the tender's bound. Months and years are compared as months (24
 * months are 2 years), seasons only with seasons; the rest by calendar spans, taking the
 * worst case: the longest an upper bound can take, the shortest a lower bound can last.
 */
export function judgeDuration(ours: Duration, theirs: Duration, bound: Bound, serviceHours?: WeekSet): Deviation {
  if (equalDurations(ours, theirs, serviceHours)) return 'none';
  let diff: number;
  const calendar = (d: Duration) => (d.clock ?? 'calendar') === 'calendar';
  if (ours.unit === 'season' || theirs.unit === 'season') {
    if (ours.unit !== theirs.unit) return 'unknown';
    diff = ours.amount - theirs.amount;
  } else if (MONTHS[ours.unit] && MONTHS[theirs.unit] && calendar(ours) && calendar(theirs)) {
    diff = ours.amount * MONTHS[ours.unit]! - theirs.amount * MONTHS[theirs.unit]!;
  } else {
    const a = spanOf(ours, serviceHours);
    const b = spanOf(theirs, serviceHours);
    if (!a || !b) return 'unknown';
    diff = bound === 'max' ? a.max - b.max : a.min - b.min;
  }
  if (diff === 0) return 'none';
  // Less time is better for an upper bound, more for a lower one.
  return (diff < 0) === (bound === 'max') ? 'positive' : 'negative';
}

/** Worst first: a single weaker case makes the whole offer weaker. */
const ORDER: Deviation[] = ['negative', 'unknown', 'none', 'positive'];

const VERDICT: Record<Bound, Record<Exclude<Deviation, 'unknown'>, Extract<Reason, { of: number }>['reason']>> = {
  max: { positive: 'within-maximum', none: 'at-maximum', negative: 'over-maximum' },
  min: { positive: 'above-minimum', none: 'at-minimum', negative: 'below-minimum' },
};

type Unjudged = Omit<DurationOffer, 'deviation'>;

/** The worst judgement over all offers that apply, and the offer it comes from. */
function judgeDurations(unjudged: Unjudged[], required: Extract<Required, { kind: 'duration' }>, serviceHours: WeekSet | undefined): Judged {
  const { bound, duration: theirs } = required;
  const offers: DurationOffer[] = unjudged.map((o) => {
    if (o.incomparable) return { ...o, deviation: 'unknown' };
    const deviation = judgeDuration(o.duration, theirs, bound, serviceHours);
    return deviation === 'unknown' ? { ...o, deviation, incomparable: incomparable(o.duration, theirs, serviceHours) } : { ...o, deviation };
  });
  const offer: Offer = { kind: 'durations', offers };
  if (!offers.length) return { required, offer, deviation: 'negative', reason: { reason: 'not-promised', required: theirs, bound } };
  const deviation = ORDER.find((d) => offers.some((o) => o.deviation === d))!;
  const deciding = offers.filter((o) => o.deviation === deviation);
  // Among equally judged offers, name the weakest (longest upper bound, shortest lower bound).
  const worst = deciding.reduce((w, o) => (weaker(o.duration, w.duration, bound, serviceHours) ? o : w));
  const at = worst.at ? { at: worst.at } : {};
  if (deviation === 'unknown') {
    return { required, offer, deviation, reason: { reason: 'incomparable', offered: worst, required: theirs, bound, why: worst.incomparable ?? 'units' }, ...at };
  }
  // Hours are named for a deviation either way; an exact match needs no pointer.
  const when = deviation === 'none' ? undefined : partOfWindow(deciding, required.when);
  return {
    required, offer, deviation,
    reason: { reason: VERDICT[bound][deviation], offered: worst, required: theirs, of: offers.length, ...(when ? { when } : {}) },
    ...at,
  };
}

/**
 * The hours of the requirement's window where the deciding offers hold, when that is only
 * part of it and not simply our own window (the offers are commitments, each with hours).
 */
function partOfWindow(deciding: DurationOffer[], want: ResolvedConditions | undefined): WeekSet | undefined {
  if (!want) return undefined;
  const windows = deciding.flatMap((o) => (o.subject.kind === 'commitment' ? [o.subject.when.window] : []));
  if (windows.length !== deciding.length) return undefined;
  const ours = union(...windows);
  const part = intersect(ours, want.window);
  // Named only when the tender's hours cut our windows: otherwise our window's own name says it.
  return !isEmpty(part) && minutesIn(part) < minutesIn(want.window) && minutesIn(part) < minutesIn(ours) ? part : undefined;
}

function weaker(a: Duration, b: Duration, bound: Bound, serviceHours?: WeekSet): boolean {
  const sa = spanOf(a, serviceHours);
  const sb = spanOf(b, serviceHours);
  if (!sa || !sb) return false;
  return bound === 'max' ? sa.max > sb.max : sa.min < sb.min;
}

function incomparable(a: Duration, b: Duration, serviceHours?: WeekSet): Incomparable {
  if (a.unit === 'season' || b.unit === 'season') return 'seasons';
  if (!serviceHours) return 'no-service-hours';
  return 'units';
}

/** Calendar minutes as a duration in the largest whole unit (1,500 minutes are 25 hours; 2,880 are 2 days). */
export function minutesAsDuration(minutes: number): Duration {
  if (minutes > 0 && minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'day' };
  if (minutes % 60 === 0) return { amount: minutes / 60, unit: 'hour' };
  return { amount: minutes, unit: 'minute' };
}

// ── sla ──────────────────────────────────────────────────────────────────────────────

/**
 * The conditions a tender's SLA requirement holds under. A requirement without a zone
 * speaks of the project's site, so it is read in the bid's project zone when one is given:
 * our slower promise for a farther zone does not concern this tender.
 */
export function requirementConditions(bid: BidNode, when: Extract<Requirement, { measure: 'sla' }>['when'], model: Model): ResolvedConditions {
  const zone = bid.entry.data.project.zone;
  const effective = when?.zone === undefined && zone ? { ...when, zone } : when;
  return resolveConditions(effective, model.vocabulary);
}

/**
 * An SLA requirement against our commitments of its target (and bound) whose conditions
 * overlap it, each compared from the event the requirement counts from:
 *
 * - a commitment counted from that same event is compared as stated;
 * - upper bounds, requirement counted from the report (the default): a commitment timed
 *   from a later step (修复 within 48 h of arrival) is compared through its chain
 *   (`bid.chains`), case by case, with the worst time from the report of each case;
 * - upper bounds, requirement counted from a step (到场后48小时内修复, `from: onsite`): a
 *   commitment counted from the report bounds the time from arrival too, since arrival comes
 *   after the report — compared as stated, which can only understate our offer; a chained
 *   commitment is compared with the steps of its chain after that event (or, if the event
 *   is not on its chain, with its worst case from the report, for the same reason);
 * - lower bounds (no recurrence for at least 3 months): one counted from a later event
 *   also holds from the report, so it answers a requirement counted from the report; any
 *   other pairing, and anything counted from completion acceptance against a repair step,
 *   cannot be compared (warning, never a guess).
 */
function assessSla(bid: BidNode, req: Extract<Requirement, { measure: 'sla' }>, model: Model): Judged {
  const bound: Bound = req.max ? 'max' : 'min';
  const from = req.from ?? 'report';
  const want = requirementConditions(bid, req.when, model);
  const required: Required = { kind: 'duration', bound, duration: (req.max ?? req.min)!, from, when: want, target: req.target };
  const offers: Unjudged[] = [];
  const subject = (c: CommitmentNode, when = c.when): Subject => ({ kind: 'commitment', target: c.target, bound: c.bound, from: c.from, when });
  const direct = (c: CommitmentNode) => offers.push({ duration: c.duration, subject: subject(c), at: c.valueAt });
  const cannot = (c: CommitmentNode, why: Incomparable) => offers.push({ duration: c.duration, subject: subject(c), at: c.valueAt, incomparable: why });

  for (const c of bid.commitments) {
    if (c.target !== req.target || c.bound !== bound || !overlaps(c.when, want)) continue;
    if (c.from === from) direct(c);
    else if (bound === 'min') {
      if (from === 'report' && c.from !== 'acceptance') direct(c);
      else cannot(c, 'other-event');
    } else if (c.from === 'report' && from !== 'acceptance') direct(c);
    else if (isChained(c) && from !== 'acceptance') {
      const chain = bid.chains.find((ch) => ch.commitment === c);
      if (!chain || chain.broken) {
        cannot(c, 'chain-broken');
        continue;
      }
      for (const k of chain.cases) {
        if (!overlaps(k.when, want)) continue;
        const minutes = minutesFrom(k, from);
        offers.push({
          duration: minutesAsDuration(minutes),
          subject: subject(c, k.when),
          chain: { from, minutes, steps: k.path.map((s) => ({ target: s.target, from: s.from, duration: s.duration })) },
          at: c.valueAt,
        });
      }
    } else cannot(c, 'other-event');
  }
  return judgeDurations(offers, required, model.serviceHours);
}

/** The worst calendar minutes of a chain case counted from `from`: the steps after that event, or the whole chain when the event is not on it. */
function minutesFrom(k: ChainCase, from: Event): number {
  const target = EVENT_TARGET[from];
  const i = target ? k.path.findIndex((s) => s.target === target) : -1;
  if (i < 0) return k.fromReport.max;
  return sum(k.path.slice(i + 1).map((s) => s.span?.max ?? 0));
}

// ── warranty, hotline ────────────────────────────────────────────────────────────────

function assessWarranty(bid: BidNode, req: Extract<Requirement, { measure: 'warranty' }>, model: Model): Judged {
  const whole = bid.freeWarranty.filter((f) => !f.data.asset);
  const forAsset = req.asset ? bid.freeWarranty.filter((f) => f.data.asset === req.asset) : [];
  // For one asset class: its own period, else the whole-works one. For the whole works:
  // the whole-works period, else every asset class must reach it, so the shortest counts.
  const chosen = req.asset ? (forAsset.length ? forAsset : whole) : whole.length ? whole : bid.freeWarranty;
  const offers = chosen.map((f) => ({
    duration: f.data.period,
    subject: { kind: 'warranty', ...(f.data.asset ? { asset: f.data.asset } : {}) } as const,
    at: f.at,
  }));
  return judgeDurations(offers, { kind: 'duration', bound: 'min', duration: req.min, from: 'acceptance' }, model.serviceHours);
}

function assessHotline(bid: BidNode, wanted: HotlinePromise): Judged {
  // The strongest promise among the applied service levels is the one the bid makes.
  const promising = bid.serviceLevels.filter((s) => s.data.promise);
  const best = promising.find((s) => s.data.promise === '7x24') ?? promising[0];
  const required: Required = { kind: 'promise', promise: wanted };
  if (!best) return { required, offer: { kind: 'promise' }, deviation: 'negative', reason: { reason: 'no-promise', required: wanted } };
  const ours = best.data.promise!;
  const deviation: Deviation = ours === wanted ? 'none' : ours === '7x24' ? 'positive' : 'negative';
  const reason = deviation === 'none' ? 'same-promise' : deviation === 'positive' ? 'stronger-promise' : 'weaker-promise';
  return { required, offer: { kind: 'promise', promise: ours }, deviation, reason: { reason, offered: ours, required: wanted }, at: best.locate(['promise']) };
}

// ── provisions ───────────────────────────────────────────────────────────────────────

/**
 * A "must provide" clause, counted from the content: loaners are the resources' spares
 * marked `loaner`, spare parts the others — only those for the project's systems, since a
 * camera in stock does not serve a CATV network — and resident engineers the team's members
 * marked `resident`. A `loaner` commitment in force promises loaners too: with no loaner in
 * stock it still answers a clause that names no number. With no number the clause asks for
 * one, and more is no deviation; with a number, more is positive and fewer negative.
 */
function assessProvision(bid: BidNode, req: Extract<Requirement, { measure: 'provide' }>): Judged {
  const required: Extract<Required, { kind: 'provision' }> = { kind: 'provision', item: req.item, min: req.min ?? 1, stated: req.min !== undefined };
  const sources: ProvisionSource[] = [];
  if (req.item === 'resident-engineer') {
    const team = bid.team;
    if (!team) return unresolved('team', required);
    team.data.members.forEach((m, i) => {
      if (m.resident) sources.push({ kind: 'member', id: m.role, count: m.count, at: team.locate(['members', i, 'count']) });
    });
  } else {
    const resources = bid.resources;
    if (!resources) return unresolved('resources', required);
    const systems = new Set(bid.entry.data.project.systems);
    resources.data.spares.forEach((s, i) => {
      if (systems.has(s.system) && !!s.loaner === (req.item === 'loaner')) {
        sources.push({ kind: 'spare', id: s.id, count: s.quantity, at: resources.locate(['spares', i, 'quantity']) });
      }
    });
  }
  const count = sum(sources.map((s) => s.count));
  if (req.item === 'loaner') {
    const promised = bid.commitments.filter((c) => c.target === 'loaner');
    promised.forEach((c) => sources.push({ kind: 'commitment', id: c.origin, count: 0, at: c.valueAt }));
  }
  const offer: Offer = { kind: 'provision', item: req.item, count, sources };
  const located = sources.filter((s) => s.at);
  const at = located.length === 1 ? { at: located[0]!.at! } : {};
  const promisedOnly = count === 0 && sources.some((s) => s.kind === 'commitment');
  if (!required.stated && (count >= 1 || promisedOnly)) {
    return { required, offer, deviation: 'none', reason: { reason: 'provided', offered: count, item: req.item }, ...at };
  }
  if (count === 0 && !promisedOnly) {
    return { required, offer, deviation: 'negative', reason: { reason: 'not-provided', item: req.item, required: required.min, stated: required.stated } };
  }
  const deviation: Deviation = count > required.min ? 'positive' : count === required.min ? 'none' : 'negative';
  return { required, offer, deviation, reason: { reason: COUNT_REASON[deviation], offered: count, required: required.min, unit: req.item }, ...at };
}

// ── counts ───────────────────────────────────────────────────────────────────────────

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The location of a field when exactly one entry states it. */
function single(entries: readonly { locate(path: (string | number)[]): SourceRef }[], path: (string | number)[]): SourceRef | undefined {
  return entries.length === 1 ? entries[0]!.locate(path) : undefined;
}

const COUNT_REASON = { positive: 'count-above', none: 'count-equal', negative: 'count-below' } as const;

function judgeCount(unit: CountUnit, ours: number, min: number, role: string | undefined, at?: SourceRef): Judged {
  const deviation = ours > min ? 'positive' : ours === min ? 'none' : 'negative';
  return {
    required: { kind: 'count', unit, min, ...(role ? { role } : {}) },
    offer: { kind: 'count', unit, count: ours, ...(role ? { role } : {}) },
    deviation,
    reason: { reason: COUNT_REASON[deviation], offered: ours, required: min, unit },
    ...(at ? { at } : {}),
  };
}

/** The bid's own entry did not resolve: references/resolve reports it; nothing to judge. */
function unresolved(entry: Extract<Offer, { kind: 'unresolved' }>['entry'], required: Required): Judged {
  return { required, offer: { kind: 'unresolved', entry }, deviation: 'unknown', reason: { reason: 'unresolved', entry } };
}
