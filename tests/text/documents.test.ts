/**
 * What real documents say that plain prose did not: times counted from another event,
 * penalty and billing steps, customer / region / fault-type tiers, English attendance
 * clauses, words glued by PDF extraction, blanks in Traditional characters.
 */
import { describe, expect, it } from 'vitest';
import { extract, findConflicts } from '../../src/text/index.ts';

const read = (text: string) =>
  extract(text).commitments.map((f) => [
    f.kind,
    f.measure === 'coverage' ? `${f.coverage.days}x${f.coverage.hours}` : `${f.value.amount} ${f.value.unit}`,
    (f.measure === 'duration' && f.from) || 'report',
    f.qualifiers,
  ]);

describe('times counted from another event', () => {
  it.each([
    ['接到报修后2小时内到场，到场后48小时内修复完毕。', [['onsite', '2 hour', 'report', {}], ['resolution', '48 hour', 'onsite', {}]]],
    ['备件到货后8小时内修复。', [['resolution', '8 hour', 'parts-arrival', {}]]],
    ['响应后1小时内查明原因并提交处理方案。', [['diagnosis', '1 hour', 'response', {}]]],
    ['The fault is isolated within 45 minutes of arrival.', [['diagnosis', '45 minute', 'onsite', {}]]],
    ['Within 45 minutes of arrival the engineer diagnoses the fault.', [['diagnosis', '45 minute', 'onsite', {}]]],
    ['到场后2小时内查明原因并处理完毕。', [['resolution', '2 hour', 'onsite', {}]]],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('compares like with like: a time after arrival never meets one after the report', () => {
    const { commitments } = extract('接报后8小时内修复。到场后4小时内修复。到场后6小时内修复。');
    const conflicts = findConflicts(commitments);
    expect(conflicts.map((c) => c.commitments)).toEqual([[1, 2]]);
    expect(conflicts[0]!.message).toContain('after onsite');
  });

  it('a warranty counted from acceptance is a warranty like any other', () => {
    expect(read('质保期自竣工验收合格之日起2年。')).toEqual([['warranty', '2 year', 'report', {}]]);
  });
});

describe('penalty and billing steps are no commitments', () => {
  it.each([
    '每逾期1小时扣款500元。',
    '超过4小时的部分按200元/小时计费。',
    'Late attendance will be noted on the contractor\'s record.',
    'Overtime is billed at 1.5 times the hourly rate for up to 4 hours.',
    'Each hour of delay beyond 2 hours incurs a deduction of 1% of the monthly fee.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps the promise before a penalty for breaking it', () => {
    expect(read('2小时内到场，否则每逾期1小时扣款200元。')).toEqual([['onsite', '2 hour', 'report', {}]]);
  });
});

describe('customer, region and fault-type tiers', () => {
  it.each([
    ['维保合同客户4小时内到场，非合同客户24小时内到场。', [{ customer: 'contract' }, { customer: 'non-contract' }]],
    ['Contract customers are attended within 4 hours; non-contract customers within 24 hours.', [{ customer: 'contract' }, { customer: 'non-contract' }]],
    ['华北、华东地区24小时内到场，华南48小时内到场，其余省份72小时内到场。', [{ region: ['east', 'north'] }, { region: ['south'] }, { region: ['other'] }]],
    ['硬件故障24小时内修复，软件故障8小时内修复。', [{ faultType: ['hardware'] }, { faultType: ['software'] }]],
    ['线路故障（有备用路由）8小时内修复，线路故障（无备用路由）4小时内修复。', [{ faultType: ['line-backup'] }, { faultType: ['line-no-backup'] }]],
  ] as const)('%s — tiers, not conflicts', (text, qualifiers) => {
    const { commitments } = extract(text);
    expect(commitments.map((c) => c.qualifiers)).toEqual(qualifiers);
    expect(findConflicts(commitments)).toEqual([]);
  });

  it('a line fault in general meets both of its types', () => {
    const { commitments } = extract('线路故障12小时内修复。线路故障（无备用路由）4小时内修复。');
    expect(findConflicts(commitments)).toHaveLength(1);
  });

  it('service conditions do not reach a warranty in the next clause', () => {
    expect(read('一级故障30分钟内响应，质保期2年。')).toEqual([['response', '30 minute', 'report', { severity: 'critical' }], ['warranty', '2 year', 'report', {}]]);
  });
});

describe('English attendance clauses', () => {
  it('reads two (2) hours, the following working day, and a glued copy of the same', () => {
    const clause = 'The contractor shall attend site within two (2) hours for priority requests and by the end of the following working day for routine requests.';
    const expected = [['onsite', '2 hour', 'report', { severity: 'critical' }], ['onsite', '1 workday', 'report', { severity: 'minor' }]];
    expect(read(clause)).toEqual(expected);
    const glued = 'Thecontractorshall attend site withintwo(2)hoursfor priorityrequests and by the end of the followingworkingday for routinerequests.';
    expect(read(glued)).toEqual(expected);
    const { commitments } = extract(glued);
    expect(commitments.map((c) => c.source.match)).toEqual(['two(2)hours', 'followingworkingday']);
    expect(glued).toContain(commitments[0]!.source.text);
  });

  it('next business day is one working day; a round-the-clock call centre is coverage', () => {
    expect(read('Faults are fixed by the next business day. We run a round-the-clock call centre.')).toEqual([
      ['resolution', '1 workday', 'report', {}],
      ['hotline', '7x24', 'report', {}],
    ]);
  });

  it('leaves long real words alone', () => {
    expect(read('Maintenance responsibilities are acknowledged within 2 hours.')).toEqual([['response', '2 hour', 'report', {}]]);
  });
});

describe('blanks in every script', () => {
  it.each([
    ['质保期××个月。', 'month'],
    ['XX小时内到场。', 'hour'],
    ['____小时内响应。', 'hour'],
    ['于小时内修复。', 'hour'],
    ['（ ）小时内到达现场。', 'hour'],
    ['培训不少于（  ）课时。', 'hour'],
    ['於小時內到達現場。', 'hour'],
    ['質保期××個月。', 'month'],
  ] as const)('%s', (text, unit) => {
    const { commitments, blanks } = extract(text);
    expect(commitments).toEqual([]);
    expect(blanks.map((b) => b.unit)).toEqual([unit]);
  });

  it('reads Traditional characters as the words they are, at the same offsets', () => {
    const text = '接到報修後2小時內到達現場。';
    const [f] = extract(text).commitments;
    expect(f!.kind).toBe('onsite');
    expect(text.slice(f!.source.offset, f!.source.offset + f!.source.length)).toBe('2小時');
  });
});
