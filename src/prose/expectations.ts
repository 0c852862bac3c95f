/**
 * What the typed content says about a commitment read from prose: the values that hold
 * under the prose's conditions, and whether the prose agrees with them. The prose agrees
 * only when every typed value under overlapping conditions is the stated one — a sentence
 * that says "2小时内到场" for every case while the matrix says 3 h for the counties is wrong
 * for the counties.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Entry } from '../content/load.ts';
import type { BidNode, CommitmentNode, FreeWarrantyNode, Model } from '../model/model.ts';
import { overlaps } from '../model/conditions.ts';
import { formatDuration } from '../time/duration.ts';
import { FREQUENCY_MONTHS, TARGETS, type Duration, type Target } from '../schema/index.ts';
import type { TextFinding } from '../text/extract.ts';
import { sameQuantity, type Quantity } from '../text/units.ts';
import type { Bridge } from './bridge.ts';

/** The typed content a text is measured against: one bid's, or the whole organisation's. */
export interface Scope {
  label: string;
  /** The zone a text without one speaks of: the bid's project site. */
  zone?: string;
  commitments: CommitmentNode[];
  freeWarranty: FreeWarrantyNode[];
  warranties: Entry<'warranty'>[];
  courses: Entry<'courses'>[];
  visits: Entry<'visits'>[];
  records: Entry<'records'>[];
  maintenance: Entry<'maintenance'>[];
  serviceLevels: Entry<'service-levels'>[];
}

export function bidScope(bid: BidNode): Scope {
  const one = <T>(e: T | undefined) => (e ? [e] : []);
  return {
    label: `bid "${bid.entry.id}"`,
    ...(bid.entry.data.project.zone ? { zone: bid.entry.data.project.zone } : {}),
    commitments: bid.commitments,
    freeWarranty: bid.freeWarranty,
    warranties: one(bid.warranty),
    courses: bid.courses,
    visits: one(bid.visits),
    records: one(bid.records),
    maintenance: bid.maintenance,
    serviceLevels: bid.serviceLevels,
  };
}

export function organisationScope(model: Model): Scope {
  const e = model.entries;
  return {
    label: 'the content',
    commitments: model.commitments,
    freeWarranty: e.warranty.flatMap((w) => w.data.free.map((f, i) => ({ data: f, at: w.locate(['free', i]), origin: w.id }))),
    warranties: e.warranty,
    courses: e.courses,
    visits: e.visits,
    records: e.records,
    maintenance: e.maintenance,
    serviceLevels: e['service-levels'],
  };
}

/** One typed value, as a message shows it. */
export interface Expected {
  value: string;
  /** Under which conditions or for what, in words. */
  for: string;
  at: SourceRef;
}

export type Verdict =
  | { status: 'supported'; expected: Expected[] }
  | { status: 'mismatch'; expected: Expected[]; message: string };

const asQuantity = (d: Duration): Quantity => ({ amount: d.amount, unit: d.unit as Quantity['unit'], ...(d.clock === 'business' ? { clock: 'business' as const } : {}) });
const sameAs = (q: Quantity, d: Duration) => sameQuantity(q, asQuantity(d));
const PER_MONTHS = { week: 12 / 52, month: 1, quarter: 3, year: 12 } as const;

/** Checks one finding against a scope. */
export function judge(finding: TextFinding, scope: Scope, bridge: Bridge, model: Model): Verdict {
  const found = describeFinding(finding);
  const verdict = (expected: Expected[], agrees: boolean, none: string): Verdict =>
    agrees && expected.length
      ? { status: 'supported', expected }
      : {
          status: 'mismatch',
          expected,
          message: expected.length
            ? `The text says ${found}, but ${scope.label} states ${expected.map((e) => `${e.value} (${e.for})`).join('; ')}.`
            : `The text says ${found}, but ${scope.label} ${none}.`,
        };

  if (finding.measure === 'coverage') {
    const promise = `${finding.coverage.days}x${finding.coverage.hours}`;
    const expected = scope.serviceLevels.filter((s) => s.data.promise).map((s) => ({ value: s.data.promise!.replace('x', '×'), for: `service levels "${s.id}"`, at: s.locate(['promise']) }));
    return verdict(expected, expected.some((e) => e.value === promise.replace('x', '×')), 'states no 7×24 or 5×8 promise');
  }

  if ((TARGETS as readonly string[]).includes(finding.kind) && finding.measure === 'duration') {
    const stated = bridge.conditions(finding.qualifiers);
    const when = stated.zone || !scope.zone ? stated : { ...stated, zone: new Set([scope.zone]) };
    // 到场后48小时内修复 is measured against the time counted from arrival, not from the report.
    const from = finding.from ?? 'report';
    const typed = scope.commitments.filter((c) => c.target === (finding.kind as Target) && c.from === from && overlaps(c.when, when));
    const expected = typed.map((c) => ({ value: formatDuration(c.duration), for: describeWhen(c), at: c.valueAt }));
    return verdict(expected, typed.every((c) => sameAs(finding.value, c.duration)), `states no ${finding.kind} target${from === 'report' ? '' : ` counted from ${from}`} under these conditions`);
  }

  switch (finding.kind) {
    case 'warranty': {
      if (finding.measure !== 'duration') break;
      const categories = bridge.categories(finding.qualifiers);
      if (categories.length) {
        const typed = scope.warranties.flatMap((w) => w.data.statutory.map((s, i) => ({ s, at: w.locate(['statutory', i, 'period']) }))).filter(({ s }) => categories.includes(s.category));
        const expected = typed.map(({ s, at }) => ({ value: s.period === 'design-life' ? '设计使用年限 (design life)' : formatDuration(s.period), for: `statutory category ${s.category}`, at }));
        return verdict(expected, typed.every(({ s }) => s.period !== 'design-life' && sameAs(finding.value, s.period)), `states no warranty period for ${categories.join(', ')}`);
      }
      const assets = bridge.conditions(finding.qualifiers).asset;
      const pool = assets ? scope.freeWarranty.filter((f) => f.data.asset && assets.has(f.data.asset)) : scope.freeWarranty.filter((f) => !f.data.asset);
      const typed = pool.length ? pool : scope.freeWarranty;
      const expected = typed.map((f) => ({ value: formatDuration(f.data.period), for: f.data.asset ? `asset class ${f.data.asset}` : 'the whole works', at: f.at }));
      return verdict(expected, typed.every((f) => sameAs(finding.value, f.data.period)), 'states no free warranty');
    }
    case 'training': {
      if (finding.measure !== 'duration') break;
      const hours = !!finding.value.classHour;
      const perCourse = scope.courses.map((c) => ({ n: hours ? c.data.totalHours : c.data.days, at: c.locate([hours ? 'totalHours' : 'days']), for: `course "${c.id}"` }));
      const total = perCourse.reduce((s, c) => s + c.n, 0);
      const unit = hours ? '课时 (class hours)' : '天 (days)';
      const expected = [...perCourse.map((c) => ({ value: `${c.n}${unit}`, for: c.for, at: c.at })), ...(perCourse.length > 1 ? [{ value: `${total}${unit}`, for: 'all courses', at: perCourse[0]!.at }] : [])];
      const agrees = [total, ...perCourse.map((c) => c.n)].some((n) => (hours ? finding.value.amount === n : sameQuantity(finding.value, { amount: n, unit: 'day' })));
      return verdict(expected, agrees, 'states no training course');
    }
    case 'return-visit': {
      const expected = scope.visits.map((v) => ({ value: `每年${v.data.floor.perYear}次 (${v.data.floor.perYear} a year)`, for: `visits "${v.id}"`, at: v.locate(['floor', 'perYear']) }));
      if (finding.measure !== 'frequency') break;
      const perYear = (finding.frequency.count * 12) / PER_MONTHS[finding.frequency.per];
      return verdict(expected, scope.visits.every((v) => v.data.floor.perYear === perYear), 'plans no return visits');
    }
    case 'meeting': {
      if (finding.measure !== 'frequency') break;
      const typed = scope.visits.flatMap((v) => v.data.meetings.map((m, i) => ({ m, at: v.locate(['meetings', i, 'min']) })));
      const expected = typed.map(({ m, at }) => ({ value: `${m.max ? `${m.min}～${m.max}` : `≥${m.min}`} per ${m.per}`, for: `meetings of ${m.by}`, at }));
      // "每周沟通1～2次" reads as its lower bound: a meeting of that period whose floor (or ceiling) it is.
      const { count, per } = finding.frequency;
      return verdict(expected, typed.some(({ m }) => m.per === per && (count === m.min || count === m.max)), 'plans no meetings');
    }
    case 'first-visit': {
      if (finding.measure !== 'duration') break;
      const expected = scope.visits.map((v) => ({ value: formatDuration(v.data.floor.firstWithin), for: `the first visit, visits "${v.id}"`, at: v.locate(['floor', 'firstWithin']) }));
      return verdict(expected, scope.visits.every((v) => sameAs(finding.value, v.data.floor.firstWithin)), 'plans no return visits');
    }
    case 'retention': {
      if (finding.measure !== 'duration') break;
      const typed = scope.records.flatMap((r) => r.data.records.map((rec, i) => ({ rec, at: r.locate(['records', i, 'retention']) })));
      const expected = typed.map(({ rec, at }) => ({ value: formatDuration(rec.retention), for: `record "${rec.id}"`, at }));
      return verdict(expected, typed.some(({ rec }) => sameAs(finding.value, rec.retention)), 'states no record retention');
    }
    case 'certificate': {
      if (finding.measure !== 'duration') break;
      const typed = scope.warranties.filter((w) => w.data.certificate);
      const expected = typed.map((w) => ({ value: formatDuration(w.data.certificate!.within), for: 'the warranty certificate', at: w.locate(['certificate', 'within']) }));
      return verdict(expected, typed.every((w) => sameAs(finding.value, w.data.certificate!.within)), 'states no certificate deadline');
    }
    case 'inspection':
    case 'maintenance': {
      const months = finding.measure === 'frequency' ? PER_MONTHS[finding.frequency.per] / finding.frequency.count : finding.measure === 'duration' ? monthsOfQuantity(finding.value) : undefined;
      const levels = scope.maintenance.flatMap((m) => m.data.levels.map((l, i) => ({ l, at: m.locate(['levels', i, 'frequency']), m })));
      const expected = [...new Map(levels.map(({ l, at }) => [l.frequency, { value: l.frequency, for: 'maintenance level', at }])).values()];
      return verdict(expected, months !== undefined && levels.some(({ l }) => Math.abs(FREQUENCY_MONTHS[l.frequency] - months) < 1e-9), 'schedules no maintenance');
    }
  }
  return { status: 'mismatch', expected: [], message: `The text says ${found}, but no typed content states a ${finding.kind} to compare it with.` };
}

function monthsOfQuantity(q: Quantity): number | undefined {
  const m = { week: 12 / 52, month: 1, year: 12 } as Record<string, number>;
  return m[q.unit] === undefined ? undefined : q.amount * m[q.unit]!;
}

function describeWhen(c: CommitmentNode): string {
  const parts = Object.entries(c.when.raw).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join('/') : typeof v === 'object' ? `${v.from}–${v.to}` : v}`);
  return parts.length ? parts.join(', ') : 'all cases';
}

/** "onsite 2小时 (2 hours) at most" — the finding in the words of a message. */
export function describeFinding(f: TextFinding): string {
  const bound = f.bound === 'max' ? 'at most ' : f.bound === 'min' ? 'at least ' : '';
  if (f.measure === 'coverage') return `${f.kind} ${f.coverage.days}×${f.coverage.hours}`;
  if (f.measure === 'frequency') return `${f.kind} ${bound}${f.frequency.count} per ${f.frequency.per}`;
  const d: Duration = { amount: f.value.amount, unit: f.value.unit as Duration['unit'], ...(f.value.clock ? { clock: f.value.clock } : {}) };
  return `${f.kind} ${bound}${f.value.classHour ? `${f.value.amount}课时 (${f.value.amount} class hours)` : formatDuration(d)}`;
}
