/**
 * Tender compliance as data: one tender requirement set against what a bid offers,
 * judged 正偏离 / 无偏离 / 负偏离 (positive / none / negative), or `unknown` when the two
 * cannot be compared. Pure; the tender/compliance rule and the deviation table (偏离表)
 * both read it, so the table never says something the checker did not prove.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Duration, Requirement } from '../schema/index.ts';
import { describeConditions, overlaps, resolveConditions, type ResolvedConditions } from './conditions.ts';
import { equalDurations, formatDuration, spanOf } from '../time/duration.ts';
import type { BidNode, Model } from './model.ts';
import type { WeekSet } from '../time/week.ts';

export type Deviation = 'positive' | 'none' | 'negative' | 'unknown';

/** The words of the deviation table's 偏离 column. */
export const DEVIATION_LABELS: Record<Deviation, { zh: string; en: string }> = {
  positive: { zh: '正偏离', en: 'positive deviation' },
  none: { zh: '无偏离', en: 'no deviation' },
  negative: { zh: '负偏离', en: 'negative deviation' },
  unknown: { zh: '待核实', en: 'cannot be judged' },
};

export interface Assessment {
  deviation: Deviation;
  /** What we offer, in both languages: "2小时 (2 hours)", "未承诺 (not promised)". */
  ours: string;
  /** Why, as an English clause for messages: "we offer 2小时 (2 hours) — within the required maximum of 4小时 (4 hours)". */
  reason: string;
  /** Where our offer is stated, when it is stated in one place. */
  at?: SourceRef;
}

export interface RequirementAssessment {
  requirement: Requirement;
  /** The requirement's index in the bid's `requirements`. */
  index: number;
  assessment: Assessment;
}

const NOT_PROMISED = '未承诺 (not promised)';

/** Every requirement of a bid, in order. */
export function assessBid(bid: BidNode, model: Model): RequirementAssessment[] {
  return bid.entry.data.requirements.map((requirement, index) => ({ requirement, index, assessment: assessRequirement(bid, requirement, model) }));
}

export function assessRequirement(bid: BidNode, req: Requirement, model: Model): Assessment {
  switch (req.measure) {
    case 'sla':
      return assessSla(bid, req, model);
    case 'warranty':
      return assessWarranty(bid, req, model);
    case 'training-hours': {
      const total = sum(bid.courses.map((c) => c.data.totalHours));
      return judgeCount(total, req.min, (n) => `${n}课时 (${n} class hours)`, single(bid.courses, ['totalHours']));
    }
    case 'training-days': {
      const total = sum(bid.courses.map((c) => c.data.days));
      return judgeCount(total, req.min, (n) => `${n}天 (${n} days)`, single(bid.courses, ['days']));
    }
    case 'trainees': {
      const role = req.role;
      const total = role
        ? sum(bid.courses.flatMap((c) => c.data.audience.filter((a) => a.role === role).map((a) => a.min)))
        : sum(bid.courses.map((c) => c.data.minTrainees));
      const label = (n: number) => `${n}人 (${n} ${n === 1 ? 'trainee' : 'trainees'}${role ? ` as ${role}` : ''})`;
      return judgeCount(total, req.min, label, role ? undefined : single(bid.courses, ['minTrainees']));
    }
    case 'return-visits': {
      if (!bid.visits) return unresolved('visits');
      return judgeCount(bid.visits.data.floor.perYear, req.min, (n) => `每年${n}次 (${n} a year)`, bid.visits.locate(['floor', 'perYear']));
    }
    case 'retention': {
      if (!bid.records) return unresolved('records');
      const offers = bid.records.data.records.map((r, i) => ({ duration: r.retention, note: ` for ${r.id}`, at: bid.records!.locate(['records', i, 'retention']) }));
      return judgeDurations(offers, req.min, 'min', model.serviceHours, 'we keep no records');
    }
    case 'certificate': {
      if (!bid.warranty) return unresolved('warranty');
      const c = bid.warranty.data.certificate;
      const offers = c ? [{ duration: c.within, note: '', at: bid.warranty.locate(['certificate', 'within']) }] : [];
      return judgeDurations(offers, req.max, 'max', model.serviceHours, 'we promise no warranty certificate (保修书)');
    }
    case 'hotline':
      return assessHotline(bid, req.promise);
    case 'provide':
      // TODO(compliance typed data): count what the content provides.
      return { deviation: 'unknown', ours: NOT_PROMISED, reason: `provision of ${req.item} is not judged yet` };
    case 'statement':
      return { deviation: req.deviation ?? 'none', ours: req.answer.toString(), reason: 'answered in words' };
  }
}

// ── durations ────────────────────────────────────────────────────────────────────────

interface Offer {
  duration: Duration;
  /** Appended to the value in the reason: " for zone county", " for equipment". */
  note: string;
  at?: SourceRef;
}

const MONTHS: Partial<Record<Duration['unit'], number>> = { month: 1, year: 12 };

/**
 * One duration against the tender's bound. Months and years are compared as months (24
 * months are 2 years), seasons only with seasons; the rest by calendar spans, taking the
 * worst case: the longest an upper bound can take, the shortest a lower bound can last.
 */
export function judgeDuration(ours: Duration, theirs: Duration, bound: 'max' | 'min', serviceHours?: WeekSet): Deviation {
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

/** The worst judgement over all offers that apply, and the offer it comes from. */
function judgeDurations(offers: Offer[], theirs: Duration, bound: 'max' | 'min', serviceHours: WeekSet | undefined, nothing: string): Assessment {
  const wanted = formatDuration(theirs);
  if (!offers.length) {
    return { deviation: 'negative', ours: NOT_PROMISED, reason: `${nothing}, where the tender requires ${bound === 'max' ? 'at most' : 'at least'} ${wanted}` };
  }
  const judged = offers.map((o) => ({ o, d: judgeDuration(o.duration, theirs, bound, serviceHours) }));
  const deviation = ORDER.find((d) => judged.some((j) => j.d === d))!;
  const candidates = judged.filter((j) => j.d === deviation).map((j) => j.o);
  // Among equally judged offers, name the weakest (longest upper bound, shortest lower bound).
  const worst = candidates.reduce((w, o) => (weaker(o.duration, w.duration, bound, serviceHours) ? o : w));
  const value = `${offers.length > 1 ? 'at worst ' : ''}${formatDuration(worst.duration)}${worst.note}`;
  const reason =
    deviation === 'unknown'
      ? `we offer ${value}, which cannot be compared with the required ${bound === 'max' ? 'maximum' : 'minimum'} of ${wanted} (${incomparable(worst.duration, theirs, serviceHours)})`
      : `we offer ${value} — ${VERDICT[bound][deviation]} ${wanted}`;
  return { deviation, ours: formatDuration(worst.duration), reason, ...(worst.at ? { at: worst.at } : {}) };
}

const VERDICT: Record<'max' | 'min', Record<Exclude<Deviation, 'unknown'>, string>> = {
  max: { positive: 'within the required maximum of', none: 'exactly the required maximum of', negative: 'over the required maximum of' },
  min: { positive: 'above the required minimum of', none: 'exactly the required minimum of', negative: 'below the required minimum of' },
};

function weaker(a: Duration, b: Duration, bound: 'max' | 'min', serviceHours?: WeekSet): boolean {
  const sa = spanOf(a, serviceHours);
  const sb = spanOf(b, serviceHours);
  if (!sa || !sb) return false;
  return bound === 'max' ? sa.max > sb.max : sa.min < sb.min;
}

function incomparable(a: Duration, b: Duration, serviceHours?: WeekSet): string {
  if (a.unit === 'season' || b.unit === 'season') return 'heating/cooling seasons against calendar time';
  if (!serviceHours) return 'a business clock, and the organisation defines no service hours';
  return 'incomparable units';
}

// ── the measures ─────────────────────────────────────────────────────────────────────

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

function assessSla(bid: BidNode, req: Extract<Requirement, { measure: 'sla' }>, model: Model): Assessment {
  const want = requirementConditions(bid, req.when, model);
  const offers = bid.commitments
    .filter((c) => c.target === req.target && c.bound === (req.max ? 'max' : 'min') && overlaps(c.when, want))
    .map((c) => ({ duration: c.duration, note: ` for ${describeConditions(c.when)}`, at: c.valueAt }));
  return judgeDurations(offers, (req.max ?? req.min)!, req.max ? 'max' : 'min', model.serviceHours, `we promise no ${req.target} time for ${describeConditions(want)}`);
}

function assessWarranty(bid: BidNode, req: Extract<Requirement, { measure: 'warranty' }>, model: Model): Assessment {
  const whole = bid.freeWarranty.filter((f) => !f.data.asset);
  const forAsset = req.asset ? bid.freeWarranty.filter((f) => f.data.asset === req.asset) : [];
  // For one asset class: its own period, else the whole-works one. For the whole works:
  // the whole-works period, else every asset class must reach it, so the shortest counts.
  const chosen = req.asset ? (forAsset.length ? forAsset : whole) : whole.length ? whole : bid.freeWarranty;
  const offers = chosen.map((f) => ({ duration: f.data.period, note: f.data.asset ? ` for ${f.data.asset}` : ' for the whole works', at: f.at }));
  return judgeDurations(offers, req.min, 'min', model.serviceHours, `we promise no free warranty${req.asset ? ` for ${req.asset}` : ''}`);
}

const PROMISE_LABEL = { '7x24': '7×24小时 (7×24)', '5x8': '5×8小时 (5×8)' } as const;

function assessHotline(bid: BidNode, wanted: '7x24' | '5x8'): Assessment {
  // The strongest promise among the applied service levels is the one the bid makes.
  const promising = bid.serviceLevels.filter((s) => s.data.promise);
  const best = promising.find((s) => s.data.promise === '7x24') ?? promising[0];
  const required = PROMISE_LABEL[wanted];
  if (!best) return { deviation: 'negative', ours: NOT_PROMISED, reason: `no applied service level promises hotline hours, where the tender requires ${required}` };
  const ours = best.data.promise!;
  const deviation: Deviation = ours === wanted ? 'none' : ours === '7x24' ? 'positive' : 'negative';
  const reason = `we offer ${PROMISE_LABEL[ours]} ${deviation === 'none' ? 'as' : 'where'} the tender requires ${deviation === 'positive' ? 'only ' : ''}${required}`;
  return { deviation, ours: PROMISE_LABEL[ours], reason, at: best.locate(['promise']) };
}

// ── counts ───────────────────────────────────────────────────────────────────────────

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The location of a field when exactly one entry states it. */
function single(entries: readonly { locate(path: (string | number)[]): SourceRef }[], path: (string | number)[]): SourceRef | undefined {
  return entries.length === 1 ? entries[0]!.locate(path) : undefined;
}

function judgeCount(ours: number, min: number, label: (n: number) => string, at?: SourceRef): Assessment {
  const deviation: Deviation = ours > min ? 'positive' : ours === min ? 'none' : 'negative';
  const reason = `we offer ${label(ours)} — ${VERDICT.min[deviation]} ${label(min)}`;
  return { deviation, ours: label(ours), reason, ...(at ? { at } : {}) };
}

/** The bid's own entry did not resolve: references/resolve reports it; nothing to judge. */
function unresolved(what: string): Assessment {
  return { deviation: 'unknown', ours: NOT_PROMISED, reason: `the bid's ${what} entry does not resolve` };
}
