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
