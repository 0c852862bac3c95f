/**
 * The tender comparison on the base fixture's bid (city site; on site 2 h on weekdays and
 * 4 h otherwise in the city, 6 h in the counties; 2-year free warranty; one 8-hour course).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/project.ts';
import { assessBid, assessRequirement, judgeDuration, type Assessment } from '../../src/model/compliance.ts';
import { describeAssessment } from '../../src/model/compliance-words.ts';
import { spanOf } from '../../src/time/duration.ts';
import { weekSetOf } from '../../src/time/week.ts';
import type { BidNode } from '../../src/model/model.ts';
import { RequirementSchema, type Duration } from '../../src/schema/index.ts';
import { BASE } from '../helpers/fixture-project.ts';

const model = checkProject(BASE, { rules: [] }).model;
const bid = model.bids[0]!;
const req = (r: Record<string, unknown>) => RequirementSchema.parse({ clause: '9.9', text: '要求', ...r });
/** The assessment, with its English words flattened in as the old string fields were. */
const assess = (r: Record<string, unknown>, b: BidNode = bid) => {
  const a = assessRequirement(b, req(r), model);
  const w = describeAssessment(a, 'en');
  return { ...a, ours: w.value, text: w.reason } as Assessment & { ours: string; text: string };
};
const d = (amount: number, unit: Duration['unit'], clock?: Duration['clock']): Duration => ({ amount, unit, ...(clock ? { clock } : {}) });
const hours = (n: number) => d(n, 'hour');

describe('judgeDuration', () => {
  const office = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' }]);

  it('treats the same length in other units as no deviation', () => {
    expect(judgeDuration(d(120, 'minute'), hours(2), 'max')).toBe('none');
    expect(judgeDuration(d(24, 'month'), d(2, 'year'), 'min')).toBe('none');
    expect(judgeDuration(d(2, 'year'), d(24, 'month'), 'min')).toBe('none');
  });
  it('is stricter-is-positive for upper bounds and longer-is-positive for lower bounds', () => {
    expect(judgeDuration(hours(2), hours(4), 'max')).toBe('positive');
    expect(judgeDuration(hours(6), hours(4), 'max')).toBe('negative');
    expect(judgeDuration(d(3, 'year'), d(2, 'year'), 'min')).toBe('positive');
    expect(judgeDuration(d(30, 'month'), d(3, 'year'), 'min')).toBe('negative');
  });
  it('takes the worst case of months against days', () => {
    // A month may be 28 days, so it does not reach 30 days at least…
    expect(judgeDuration(d(1, 'month'), d(30, 'day'), 'min')).toBe('negative');
    // …and may be 31 days, so it does not stay within 30 days at most.
    expect(judgeDuration(d(1, 'month'), d(30, 'day'), 'max')).toBe('negative');
    expect(judgeDuration(d(1, 'month'), d(31, 'day'), 'max')).toBe('none');
  });
  it('compares seasons only with seasons', () => {
    expect(judgeDuration(d(2, 'season'), d(2, 'season'), 'min')).toBe('none');
    expect(judgeDuration(d(3, 'season'), d(2, 'season'), 'min')).toBe('positive');
    expect(judgeDuration(d(2, 'year'), d(2, 'season'), 'min')).toBe('unknown');
  });
  it('runs business clocks through the service hours, at their worst', () => {
    // 8 business hours from Friday 18:00 end on Monday 16:00: 70 calendar hours.
    expect(judgeDuration(d(8, 'hour', 'business'), hours(24), 'max', office)).toBe('negative');
    expect(judgeDuration(d(8, 'hour', 'business'), hours(70), 'max', office)).toBe('none');
    expect(judgeDuration(d(8, 'hour', 'business'), hours(24), 'max')).toBe('unknown');
    expect(judgeDuration(d(1, 'workday'), d(4, 'day'), 'max', office)).toBe('none');
  });
});

describe('assessRequirement: sla', () => {
  it('takes the worst case of the overlapping commitments', () => {
    const a = assess({ measure: 'sla', target: 'onsite', max: hours(4), when: { zone: 'city' } });
    expect(a.deviation).toBe('none');
    expect(a.ours).toBe('4小时 (4 hours)');
    expect(a.text).toContain('at worst 4小时 (4 hours) for zone city, window other-hours');
    expect(a.at?.file).toBe('content/service-levels/standard.yaml');
  });
  it('is positive when every case is stricter, negative when one case is weaker', () => {
    expect(assess({ measure: 'sla', target: 'onsite', max: hours(5), when: { zone: 'city' } }).deviation).toBe('positive');
    expect(assess({ measure: 'sla', target: 'onsite', max: hours(3), when: { zone: 'city' } }).deviation).toBe('negative');
    // Only weekday hours: the 2-hour commitment alone applies.
    expect(assess({ measure: 'sla', target: 'onsite', max: hours(2), when: { zone: 'city', window: 'weekday-hours' } }).deviation).toBe('none');
  });
  it('is negative when the target is not promised at all', () => {
    const a = assess({ measure: 'sla', target: 'restore', max: hours(4) });
    expect(a).toMatchObject({ deviation: 'negative', ours: '未承诺 (not promised)' });
    expect(a.at).toBeUndefined();
  });
  it('reads a requirement without a zone in the project zone', () => {
    expect(assess({ measure: 'sla', target: 'onsite', max: hours(4) }).deviation).toBe('none');
    const nowhere: BidNode = { ...bid, entry: { ...bid.entry, data: { ...bid.entry.data, project: { ...bid.entry.data.project, zone: undefined } } } };
    const a = assess({ measure: 'sla', target: 'onsite', max: hours(4) }, nowhere);
    expect(a.deviation).toBe('negative');
    expect(a.ours).toBe('6小时 (6 hours)');
  });
  it('ignores lower bounds', () => {
    const withFloor: BidNode = { ...bid, commitments: bid.commitments.map((c) => (c.target === 'response' ? { ...c, bound: 'min' as const } : c)) };
    expect(assess({ measure: 'sla', target: 'response', max: hours(1) }, withFloor).deviation).toBe('negative');
    expect(assess({ measure: 'sla', target: 'response', max: hours(1) }).deviation).toBe('positive');
  });
});

describe('assessRequirement: warranty', () => {
  const whole = (years: number): BidNode => ({
    ...bid,
    freeWarranty: [...bid.freeWarranty, { data: { period: d(years, 'year') }, span: spanOf(d(years, 'year')), at: bid.entry.locate([]), origin: 'bid:example' }],
  });
  it('uses the asset class named, else the whole works', () => {
    expect(assess({ measure: 'warranty', min: d(2, 'year'), asset: 'cabling' }).deviation).toBe('none');
    expect(assess({ measure: 'warranty', min: d(3, 'year'), asset: 'cabling' }, whole(5)).deviation).toBe('negative');
    expect(assess({ measure: 'warranty', min: d(3, 'year'), asset: 'pumps' }, whole(5)).deviation).toBe('positive');
  });
  it('without an asset uses the whole-works period, else the shortest', () => {
    expect(assess({ measure: 'warranty', min: d(3, 'year') }, whole(3)).deviation).toBe('none');
    const a = assess({ measure: 'warranty', min: d(3, 'year') });
    expect(a.deviation).toBe('negative');
    expect(a.text).toContain('below the required minimum of 3年 (3 years)');
  });
  it('is negative when nothing is warranted', () => {
    expect(assess({ measure: 'warranty', min: d(1, 'year') }, { ...bid, freeWarranty: [] })).toMatchObject({ deviation: 'negative', ours: '未承诺 (not promised)' });
  });
});

describe('assessRequirement: counts', () => {
  it('sums class hours and days over the courses', () => {
    expect(assess({ measure: 'training-hours', min: 8 })).toMatchObject({ deviation: 'none', ours: '8课时 (8 class hours)' });
    expect(assess({ measure: 'training-hours', min: 6 }).deviation).toBe('positive');
    expect(assess({ measure: 'training-hours', min: 40 }).deviation).toBe('negative');
    const twice: BidNode = { ...bid, courses: [...bid.courses, ...bid.courses] };
    expect(assess({ measure: 'training-hours', min: 16 }, twice).deviation).toBe('none');
    expect(assess({ measure: 'training-hours', min: 16 }, twice).at).toBeUndefined();
    expect(assess({ measure: 'training-days', min: 2 }, twice).deviation).toBe('none');
    expect(assess({ measure: 'training-days', min: 2 }).deviation).toBe('negative');
  });
  it('counts trainees per role or in all', () => {
    expect(assess({ measure: 'trainees', min: 2, role: 'admin' }).deviation).toBe('none');
    expect(assess({ measure: 'trainees', min: 1, role: 'engineer' })).toMatchObject({ deviation: 'negative', ours: '0人 (0 trainees as engineer)' });
    expect(assess({ measure: 'trainees', min: 3 }).deviation).toBe('negative');
  });
  it('reads the return-visit floor', () => {
    expect(assess({ measure: 'return-visits', min: 2 })).toMatchObject({ deviation: 'none', ours: '每年2次 (2 a year)' });
    expect(assess({ measure: 'return-visits', min: 1 }).deviation).toBe('positive');
  });
  it('is unknown when the bid\'s entry does not resolve', () => {
    expect(assess({ measure: 'return-visits', min: 2 }, { ...bid, visits: undefined }).deviation).toBe('unknown');
    expect(assess({ measure: 'retention', min: d(1, 'year') }, { ...bid, records: undefined }).deviation).toBe('unknown');
  });
});

describe('assessRequirement: retention, certificate, hotline', () => {
  it('holds the shortest retention against the minimum', () => {
    expect(assess({ measure: 'retention', min: d(5, 'year') }).deviation).toBe('none');
    expect(assess({ measure: 'retention', min: d(60, 'month') }).deviation).toBe('none');
    expect(assess({ measure: 'retention', min: d(6, 'year') }).deviation).toBe('negative');
  });
  it('holds the certificate hand-over against the maximum', () => {
    expect(assess({ measure: 'certificate', max: d(7, 'day') }).deviation).toBe('none');
    expect(assess({ measure: 'certificate', max: d(10, 'day') }).deviation).toBe('positive');
    expect(assess({ measure: 'certificate', max: d(3, 'day') }).deviation).toBe('negative');
    const none: BidNode = { ...bid, warranty: { ...bid.warranty!, data: { ...bid.warranty!.data, certificate: undefined } } };
    expect(assess({ measure: 'certificate', max: d(3, 'day') }, none)).toMatchObject({ deviation: 'negative', ours: '未承诺 (not promised)' });
  });
  it('compares hotline promises', () => {
    expect(assess({ measure: 'hotline', promise: '7x24' }).deviation).toBe('none');
    expect(assess({ measure: 'hotline', promise: '5x8' }).deviation).toBe('positive');
    const office = bid.serviceLevels.map((s) => ({ ...s, data: { ...s.data, promise: '5x8' as const } }));
    expect(assess({ measure: 'hotline', promise: '7x24' }, { ...bid, serviceLevels: office })).toMatchObject({ deviation: 'negative', ours: '5×8小时 (5×8)' });
    const silent = bid.serviceLevels.map((s) => ({ ...s, data: { ...s.data, promise: undefined } }));
    expect(assess({ measure: 'hotline', promise: '5x8' }, { ...bid, serviceLevels: silent }).deviation).toBe('negative');
  });
});

it('assessBid judges every requirement of the bid in order', () => {
  const all = assessBid(bid, model);
  expect(all.map((r) => [r.index, r.requirement.clause, r.deviation])).toEqual([
    [0, '1.1', 'none'],
    [1, '1.2', 'none'],
  ]);
});

// ── typed data, words, and the measures of issue 6 ────────────────────────────────────

import { assessBid as assessAll } from '../../src/model/compliance.ts';
import { describeHours, namesOf } from '../../src/model/compliance-words.ts';
import { join } from 'node:path';
import { fixtureProject } from '../helpers/fixture-project.ts';
import { rmSync } from 'node:fs';
import { resolveChains } from '../../src/model/chains.ts';
import { resolveConditions } from '../../src/model/conditions.ts';

const names = namesOf(model);
const zh = (a: Assessment) => describeAssessment(a, 'zh', names);
const raw = (r: Record<string, unknown>, b: BidNode = bid) => assessRequirement(b, req(r), model);

/** The model of a compliance fixture (the base with the fixture's files laid over it). */
function fixtureModel(name: string) {
  const root = fixtureProject(join(import.meta.dirname, '../fixtures/rules/tender/compliance', name));
  try {
    return checkProject(root, { rules: [] }).model;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('assessment data', () => {
  it('holds the requirement, the typed offer and a reason id with values, and no words', () => {
    const a = raw({ measure: 'sla', target: 'onsite', max: hours(3), when: { zone: 'city' } });
    expect(a.deviation).toBe('negative');
    expect(a.required).toMatchObject({ kind: 'duration', bound: 'max', duration: hours(3), from: 'report' });
    expect(a.offer.kind).toBe('durations');
    expect(a.reason).toMatchObject({ reason: 'over-maximum', required: hours(3), of: 2, offered: { duration: hours(4), deviation: 'negative' } });
    const strings = JSON.stringify({ ...a, requirement: undefined }, (_k, v) => (v instanceof Set ? [...v] : v));
    expect(strings).not.toMatch(/[\u4e00-\u9fff]/);
  });
  it('words the table in Chinese: 应答 and 说明', () => {
    const a = raw({ measure: 'sla', target: 'onsite', max: hours(4), when: { zone: 'city', window: 'weekday-hours' } });
    expect(zh(a)).toMatchObject({ answer: '市区到场时间2小时（工作时间）', note: '优于招标要求（不超过4小时）' });
    const both = raw({ measure: 'sla', target: 'onsite', max: hours(3), when: { zone: 'city' } });
    expect(zh(both).answer).toBe('市区到场时间2小时（工作时间）；市区到场时间4小时（其余时间）');
    // Among several tiers, the one that falls short is named.
    expect(zh(both).note).toBe('市区到场时间4小时（其余时间），不满足招标要求（不超过3小时）');
    expect(zh(raw({ measure: 'warranty', min: d(3, 'year'), asset: 'equipment' }))).toMatchObject({ answer: '设备免费质保期2年', note: '不满足招标要求（不少于3年）' });
    expect(zh(raw({ measure: 'return-visits', min: 2 }))).toMatchObject({ answer: '每年回访2次', note: '满足招标要求（每年不少于2次）' });
    expect(zh(raw({ measure: 'sla', target: 'restore', max: hours(4) }))).toMatchObject({ answer: '未作承诺', note: '未作承诺，不满足招标要求（不超过4小时）' });
  });
  it('adds a declared reason to the 说明 of an accepted negative deviation', () => {
    const a = raw({ measure: 'training-hours', min: 40, acceptedDeviation: { reason: { zh: '课时按厂家标准课程。', en: 'x' } } });
    expect(zh(a).note).toBe('不满足招标要求（不少于40课时）。偏离原因：课时按厂家标准课程');
  });
});

describe('describeHours', () => {
  const office = weekSetOf([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '08:30' }, { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '17:30', to: '18:00' }]);
  it('groups days with the same hours', () => {
    expect(describeHours(office, 'zh')).toBe('周一至周五 08:00–08:30、17:30–18:00');
    expect(describeHours(office, 'en')).toBe('Mon–Fri 08:00–08:30, 17:30–18:00');
    expect(describeHours(weekSetOf([{ days: ['sat', 'sun'], from: '00:00', to: '00:00' }]), 'zh')).toBe('周六、周日 全天');
    expect(describeHours(weekSetOf('always'), 'en')).toBe('all week');
  });
});

describe('sla with min and from', () => {
  const recur = fixtureModel('valid-no-recurrence');
  const rb = recur.bids[0]!;
  it('holds a lower bound against our atLeast commitments', () => {
    const at = (r: Record<string, unknown>) => assessRequirement(rb, req(r), recur);
    expect(at({ measure: 'sla', target: 'no-recurrence', min: d(3, 'month') }).deviation).toBe('none');
    expect(at({ measure: 'sla', target: 'no-recurrence', min: d(60, 'day') }).deviation).toBe('positive');
    const short = at({ measure: 'sla', target: 'no-recurrence', min: d(6, 'month') });
    expect(short.reason).toMatchObject({ reason: 'below-minimum', offered: { duration: d(3, 'month') } });
    expect(describeAssessment(short, 'zh', names).answer).toBe('同一故障不再复发期限3个月');
    // Upper bounds are no answer to a lower-bound clause.
    expect(at({ measure: 'sla', target: 'onsite', min: hours(1) }).reason.reason).toBe('not-promised');
  });
  const chained = fixtureModel('valid-chained');
  const cb = chained.bids[0]!;
  const at = (r: Record<string, unknown>) => assessRequirement(cb, req(r), chained);
  it('compares a clause counted from the report with a chained commitment through its worst case', () => {
    const a = at({ measure: 'sla', target: 'resolution', max: hours(8) });
    expect(a.deviation).toBe('none');
    const offers = a.offer.kind === 'durations' ? a.offer.offers : [];
    expect(offers.map((o) => [o.duration, o.chain?.minutes])).toEqual([
      [hours(6), 360],
      [hours(8), 480],
    ]);
    expect(at({ measure: 'sla', target: 'resolution', max: hours(6) }).deviation).toBe('negative');
    expect(describeAssessment(a, 'zh', names).answer).toBe(
      '市区到达现场后修复时间4小时（工作时间），自接到报修起最长6小时；市区到达现场后修复时间4小时（其余时间），自接到报修起最长8小时',
    );
  });
  it('compares a clause counted from arrival directly, or with a bound from the report', () => {
    expect(at({ measure: 'sla', target: 'resolution', max: hours(4), from: 'onsite' }).deviation).toBe('none');
    // Restore within 3 hours of the report is within 3 hours of arrival too.
    const r = at({ measure: 'sla', target: 'restore', max: hours(6), from: 'onsite' });
    expect(r.deviation).toBe('positive');
    expect(describeAssessment(r, 'zh', names).answer).toBe('接到报修后恢复时间3小时');
    // Counted from a step that is not on the chain: the worst case from the report bounds it.
    expect(at({ measure: 'sla', target: 'resolution', max: hours(8), from: 'response' }).deviation).toBe('none');
    expect(at({ measure: 'sla', target: 'resolution', max: hours(4), from: 'response' }).deviation).toBe('negative');
  });
  it('counts a chain from the clause\'s event when that event is a step on it', () => {
    // Spare parts 6 h after arrival, fixed 2 h after the parts arrive: 8 h from arrival, 10–12 h from the report.
    const base = cb.commitments.find((c) => c.target === 'onsite')!;
    const step = (target: 'spare-parts' | 'resolution', h: number, from: 'onsite' | 'parts-arrival') => ({
      ...base, target, duration: hours(h), span: { min: h * 60, max: h * 60 }, from, when: resolveConditions(undefined, chained.vocabulary),
    });
    const commitments = [...cb.commitments.filter((c) => c.target === 'onsite'), step('spare-parts', 6, 'onsite'), step('resolution', 2, 'parts-arrival')];
    const b: BidNode = { ...cb, commitments, chains: resolveChains(commitments) };
    const fromArrival = assessRequirement(b, req({ measure: 'sla', target: 'resolution', max: hours(8), from: 'onsite' }), chained);
    expect(fromArrival.deviation).toBe('none');
    expect(fromArrival.offer.kind === 'durations' && fromArrival.offer.offers.map((o) => o.chain?.minutes)).toEqual([480, 480]);
    expect(assessRequirement(b, req({ measure: 'sla', target: 'resolution', max: hours(10) }), chained).deviation).toBe('negative');
  });
  it('cannot compare a lower bound counted from another event', () => {
    const a = assessRequirement(rb, req({ measure: 'sla', target: 'no-recurrence', min: d(1, 'month'), from: 'onsite' }), recur);
    expect(a.deviation).toBe('unknown');
    expect(a.reason).toMatchObject({ reason: 'incomparable', why: 'other-event' });
  });
});

describe('provide', () => {
  it('counts loaners, spare parts and resident engineers against min', () => {
    const m = fixtureModel('valid-provide');
    const b = m.bids[0]!;
    const at = (r: Record<string, unknown>) => assessRequirement(b, req(r), m);
    expect(at({ measure: 'provide', item: 'loaner' })).toMatchObject({ deviation: 'none', reason: { reason: 'provided', offered: 2 } });
    expect(at({ measure: 'provide', item: 'loaner', min: 1 }).deviation).toBe('positive');
    // Only spares for the project's systems: the card readers serve access control.
    expect(at({ measure: 'provide', item: 'spare-parts', min: 5 })).toMatchObject({ deviation: 'negative', offer: { count: 4 } });
    expect(at({ measure: 'provide', item: 'resident-engineer', min: 2 })).toMatchObject({ deviation: 'negative', reason: { reason: 'count-below', offered: 1, required: 2 } });
  });
  it('is negative with nothing to count, unless a loaner commitment promises loaners', () => {
    const none: BidNode = { ...bid, resources: { ...bid.resources!, data: { ...bid.resources!.data, spares: [] } } };
    expect(assess({ measure: 'provide', item: 'loaner' }, none).reason.reason).toBe('not-provided');
    const loanerCommitment = { ...bid.commitments[0]!, target: 'loaner' as const };
    const promised: BidNode = { ...none, commitments: [...none.commitments, loanerCommitment] };
    expect(assess({ measure: 'provide', item: 'loaner' }, promised).deviation).toBe('none');
    expect(assess({ measure: 'provide', item: 'resident-engineer' }).reason).toMatchObject({ reason: 'not-provided', stated: false });
  });
});

describe('statement', () => {
  it('is answered in words, no deviation unless stated', () => {
    const a = raw({ measure: 'statement', answer: { zh: '我方全力配合验收', en: 'We assist' } });
    expect(a).toMatchObject({ deviation: 'none', offer: { kind: 'statement' }, reason: { reason: 'stated' } });
    expect(zh(a)).toMatchObject({ answer: '我方全力配合验收', note: '以文字应答，满足招标要求' });
    expect(describeAssessment(a, 'en').note).toBe('answered in words');
    expect(raw({ measure: 'statement', answer: '按成本价收费', deviation: 'negative' }).deviation).toBe('negative');
  });
});

describe('hours named', () => {
  it('names the hours of the tender that our windows leave short', () => {
    const m = fixtureModel('invalid-windows-named');
    const [a] = assessAll(m.bids[0]!, m);
    expect(a!.reason.reason).toBe('over-maximum');
    const when = a!.reason.reason === 'over-maximum' ? a!.reason.when : undefined;
    expect(when && describeHours(when, 'en')).toBe('Mon–Fri 08:00–08:30, 17:30–18:00');
    expect(describeAssessment(a!, 'zh', namesOf(m)).note).toBe('周一至周五 08:00–08:30、17:30–18:00时段到场时间4小时，不满足招标要求（不超过2小时）');
  });
  it('does not name hours that are simply our own window', () => {
    const a = raw({ measure: 'sla', target: 'onsite', max: hours(3), when: { zone: 'city' } });
    expect(a.reason.reason === 'over-maximum' && a.reason.when).toBe(undefined);
  });
});

describe('every clause answered', () => {
  const root = join(import.meta.dirname, '../..');
  const bundled = checkProject(root, { rules: [] }).model;
  const bundledNames = namesOf(bundled);
  it.each(bundled.bids.map((b) => [b.entry.id, b] as const))('%s: one assessment per requirement, in order, each worded', (_id, b) => {
    const all = assessAll(b, bundled);
    expect(all.map((a) => [a.index, a.requirement.clause])).toEqual(b.entry.data.requirements.map((r, i) => [i, r.clause]));
    for (const a of all) {
      const w = describeAssessment(a, 'zh', bundledNames);
      expect(w.answer, a.requirement.clause).not.toBe('');
      expect(w.note, a.requirement.clause).not.toBe('');
      expect(describeAssessment(a, 'en').reason, a.requirement.clause).not.toBe('');
    }
  });
  it('the bundled content has bids with requirements', () => {
    expect(bundled.bids.length).toBeGreaterThan(0);
    expect(bundled.bids.every((b) => b.entry.data.requirements.length > 0)).toBe(true);
  });
});

describe('export', () => {
  it('writes compliance as typed data with its words, and each chain\'s worst case from the report', async () => {
    const { modelJson } = await import('../../src/export/model-json.ts');
    const m = fixtureModel('valid-chained');
    const json = JSON.parse(modelJson(m)) as {
      bids: {
        compliance: { clause: string; deviation: string; required: { kind: string }; offer: { kind: string }; reason: { reason: string }; words: { zh: { answer: string; note: string } } }[];
        chains: { commitment: { target: string }; from: string; cases: { when: { zone?: string; window?: string }; fromReport: { maxMinutes: number; max: Duration } }[] }[];
      }[];
    };
    const [b] = json.bids;
    expect(b!.compliance.map((c) => [c.clause, c.deviation, c.reason.reason])).toEqual([
      ['3.1', 'none', 'at-maximum'],
      ['3.2', 'none', 'at-maximum'],
      ['3.3', 'positive', 'within-maximum'],
    ]);
    expect(b!.compliance[2]!.words.zh).toMatchObject({ answer: '接到报修后恢复时间3小时', note: '优于招标要求（到达现场后不超过6小时）' });
    expect(b!.chains).toHaveLength(1);
    expect(b!.chains[0]!.from).toBe('onsite');
    expect(b!.chains[0]!.cases.map((k) => [k.when.window, k.fromReport.maxMinutes, k.fromReport.max])).toEqual([
      ['weekday-hours', 360, hours(6)],
      ['other-hours', 480, hours(8)],
      [undefined, 600, hours(10)],
    ]);
  });
});
