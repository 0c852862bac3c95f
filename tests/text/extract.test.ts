/** Reading commitments in Chinese and English prose. */
import { describe, expect, it } from 'vitest';
import { extract, type DurationFinding, type TextFinding } from '../../src/text/extract.ts';
import { qualifiersOf } from '../../src/text/qualifiers.ts';
import { compileVocabulary } from '../../src/text/vocabulary.ts';

const durations = (text: string) =>
  extract(text).commitments.filter((f): f is DurationFinding => f.measure === 'duration');
/** The single finding of a text, in a compact form. */
function one(text: string) {
  const all = extract(text).commitments;
  expect(all, `one finding in ${text}: ${JSON.stringify(all.map((f) => [f.kind, f.source.match]))}`).toHaveLength(1);
  return compact(all[0]!);
}
function compact(f: TextFinding) {
  if (f.measure === 'duration') return { kind: f.kind, bound: f.bound, amount: f.value.amount, unit: f.value.unit };
  if (f.measure === 'frequency') return { kind: f.kind, bound: f.bound, count: f.frequency.count, per: f.frequency.per };
  return { kind: f.kind, bound: f.bound, days: f.coverage.days, hours: f.coverage.hours };
}
const all = (text: string) => extract(text).commitments.map(compact);

describe('numbers and units in sentences', () => {
  it.each([
    ['接到报修后２小时内到达现场', 2, 'hour'],
    ['接到报修后0.5小时内到达现场', 0.5, 'hour'],
    ['接到报修后半小时内到达现场', 0.5, 'hour'],
    ['接到报修后二十四小时内到达现场', 24, 'hour'],
    ['接到报修后廿四小时内到达现场', 24, 'hour'],
    ['接到报修后一百二十分钟内到达现场', 120, 'minute'],
    ['接到报修后十二个小时内到达现场', 12, 'hour'],
    ['接到报修后贰小时内到达现场', 2, 'hour'],
    ['接到报修后两个半小时内到达现场', 2.5, 'hour'],
    ['接到报修后30分钟内到达现场', 30, 'minute'],
    ['接到报修后3天内到达现场', 3, 'day'],
    ['接到报修后3日内到达现场', 3, 'day'],
    ['接到报修后3个工作日内到达现场', 3, 'workday'],
    ['接到报修后3工作日内到达现场', 3, 'workday'],
    ['接到报修后1周内到达现场', 1, 'week'],
    ['接到报修后一个星期内到达现场', 1, 'week'],
    ['接到报修后2h内到达现场', 2, 'hour'],
    ['接到报修后2时内到达现场', 2, 'hour'],
  ])('%s', (text, amount, unit) => {
    expect(one(text)).toEqual({ kind: 'onsite', bound: 'max', amount, unit });
  });

  it.each([
    ['免费质保期为一个半月', 1.5, 'month'],
    ['免费质保期为一年半', 1.5, 'year'],
    ['免费质保期为半年', 0.5, 'year'],
    ['免费质保期为两年', 2, 'year'],
    ['免费质保期为贰年', 2, 'year'],
    ['免费质保期为拾贰个月', 12, 'month'],
    ['免费质保期为一个季度', 3, 'month'],
    ['免费质保期为2个季度', 6, 'month'],
  ])('%s', (text, amount, unit) => {
    expect(one(text)).toEqual({ kind: 'warranty', bound: 'exact', amount, unit });
  });

  it('4个工作小时 is four hours on the business clock', () => {
    const [f] = durations('故障在4个工作小时内修复');
    expect(f!.value).toEqual({ amount: 4, unit: 'hour', clock: 'business' });
  });

  it('40课时 counts class hours', () => {
    const [f] = durations('培训不少于40课时');
    expect(f!.kind).toBe('training');
    expect(f!.bound).toBe('min');
    expect(f!.value).toEqual({ amount: 40, unit: 'hour', classHour: true });
  });

  it('2个采暖期 counts heating seasons', () => {
    const [f] = durations('供热系统保修期为2个采暖期');
    expect(f!.value).toEqual({ amount: 2, unit: 'season' });
  });

  it.each([
    ['an engineer on site within 2 hours', 2, 'hour'],
    ['an engineer on site within two hours', 2, 'hour'],
    ['an engineer on site within twenty-four hours', 24, 'hour'],
    ['an engineer on site within thirty minutes', 30, 'minute'],
    ['an engineer on site within half an hour', 0.5, 'hour'],
    ['an engineer on site within an hour', 1, 'hour'],
    ['an engineer on site within an hour and a half', 1.5, 'hour'],
    ['an engineer on site within one and a half hours', 1.5, 'hour'],
    ['an engineer on site within 1.5 hrs', 1.5, 'hour'],
    ['an engineer on site within 2 working days', 2, 'workday'],
    ['an engineer on site within 2 business days', 2, 'workday'],
    ['an engineer on site within 90 mins', 90, 'minute'],
    ['an engineer on site within 2h', 2, 'hour'],
  ])('%s', (text, amount, unit) => {
    expect(one(text)).toEqual({ kind: 'onsite', bound: 'max', amount, unit });
  });
});

describe('bounds', () => {
  it.each([
    ['2小时内到达现场', 'max'],
    ['2小时以内到达现场', 'max'],
    ['在2小时之内到达现场', 'max'],
    ['到场时间不超过2小时', 'max'],
    ['到场时间最迟2小时', 'max'],
    ['到场时间最长2小时', 'max'],
    ['到场时间≤2小时', 'max'],
    ['到场时间＜2小时', 'max'],
    ['到场时间：2小时', 'max'],
    ['培训不少于2天', 'min'],
    ['培训至少2天', 'min'],
    ['培训不低于2天', 'min'],
    ['培训2天以上', 'min'],
    ['培训≥2天', 'min'],
    ['培训不短于2天', 'min'],
    ['培训2天', 'exact'],
    ['质保期两年', 'exact'],
    ['质保期不少于两年', 'min'],
    ['保修期不超过两年', 'max'],
  ])('%s → %s', (text, bound) => {
    expect(one(text).bound).toBe(bound);
  });

  it.each([
    ['We respond within 30 minutes', 'max'],
    ['We respond no later than 30 minutes after the call', 'max'],
    ['We respond in at most 30 minutes', 'max'],
    ['We respond in up to 30 minutes', 'max'],
    ['Response time: 30 minutes', 'max'],
    ['Training lasts at least 3 days', 'min'],
    ['Training lasts no less than 3 days', 'min'],
    ['Training lasts a minimum of 3 days', 'min'],
    ['Training lasts 3 days', 'exact'],
    ['The warranty period is two years', 'exact'],
  ])('%s → %s', (text, bound) => {
    expect(one(text).bound).toBe(bound);
  });

  it('"内" after a no-recurrence promise means "at least"', () => {
    expect(one('同一故障3个月内不再发生')).toEqual({ kind: 'no-recurrence', bound: 'min', amount: 3, unit: 'month' });
  });

  it('marks estimates', () => {
    expect(durations('培训时间大约7天左右')[0]!.value.approx).toBe(true);
    expect(durations('Training takes about 7 days')[0]!.value.approx).toBe(true);
    expect(durations('培训时间7天')[0]!.value.approx).toBeUndefined();
  });
});

describe('targets', () => {
  it.each([
    ['半小时内响应', 'response'],
    ['30分钟内给予答复', 'response'],
    ['30分钟内回复用户', 'response'],
    ['热线电话在30秒内接听'.replace('30秒', '1分钟'), 'response'],
    ['30分钟内远程诊断', 'remote'],
    ['30分钟内提供远程支持', 'remote'],
    ['30分钟内电话指导', 'remote'],
    ['2小时内到达现场', 'onsite'],
    ['2小时内到场', 'onsite'],
    ['2小时内上门服务', 'onsite'],
    ['2小时内赶到', 'onsite'],
    ['2小时内赶赴故障现场', 'onsite'],
    ['2小时内到达用户现场', 'onsite'],
    ['2小时内派工程师到现场', 'onsite'],
    ['2小时内派员处理', 'onsite'],
    ['4小时内恢复运行', 'restore'],
    ['4小时内临时恢复', 'restore'],
    ['8小时内修复', 'resolution'],
    ['8小时内排除故障', 'resolution'],
    ['8小时内解决', 'resolution'],
    ['8小时内处理完毕', 'resolution'],
    ['8小时内完成维修', 'resolution'],
    ['质保期两年', 'warranty'],
    ['保修期两年', 'warranty'],
    ['提供两年免费保修', 'warranty'],
    ['提供两年保修服务', 'warranty'],
    ['缺陷责任期为24个月', 'defect-liability'],
    ['培训时间5天', 'training'],
    ['维修记录保存5年', 'retention'],
    ['资料存档5年', 'retention'],
    ['4小时内提供备机', 'loaner'],
    ['4小时内提供同档次设备', 'loaner'],
    ['保修书在竣工后7天内递交', 'certificate'],
    ['保修卡一个月内发出', 'certificate'],
    ['停机时间不超过4小时', 'downtime'],
    ['备品备件48小时内到货', 'spare-parts'],
  ])('%s → %s', (text, kind) => {
    expect(one(text).kind).toBe(kind);
  });

  it.each([
    ['We respond within 30 minutes', 'response'],
    ['Calls are answered within 5 minutes', 'response'],
    ['Remote diagnosis within 30 minutes', 'remote'],
    ['An engineer attends within 2 hours', 'onsite'],
    ['An engineer arrives on site within 2 hours', 'onsite'],
    ['Service is restored within 4 hours', 'restore'],
    ['Faults are fixed within 8 hours', 'resolution'],
    ['Faults are resolved within 8 hours', 'resolution'],
    ['Faults are repaired within 8 hours', 'resolution'],
    ['The warranty period is two years', 'warranty'],
    ['A two-year warranty', 'warranty'],
    ['We guarantee the works for two years', 'warranty'],
    ['Training lasts 3 days', 'training'],
    ['Records are kept for 5 years', 'retention'],
    ['Records are retained for 5 years', 'retention'],
    ['A loaner unit is provided within 4 hours', 'loaner'],
    ['Replacement equipment is provided within 4 hours', 'loaner'],
    ['The warranty certificate is issued within one month', 'certificate'],
    ['Downtime does not exceed 4 hours', 'downtime'],
  ])('%s → %s', (text, kind) => {
    expect(one(text).kind).toBe(kind);
  });

  it('finds the target before the number when only linker words stand between', () => {
    expect(all('到场时间不超过2小时')).toEqual([{ kind: 'onsite', bound: 'max', amount: 2, unit: 'hour' }]);
    expect(all('响应时间：30分钟')).toEqual([{ kind: 'response', bound: 'max', amount: 30, unit: 'minute' }]);
    expect(all('保修期限为两年')).toEqual([{ kind: 'warranty', bound: 'exact', amount: 2, unit: 'year' }]);
  });

  it('reads one finding per target in a multi-target sentence, each bound to its own number', () => {
    expect(all('半小时内响应，2小时内到场，4小时内处理完毕。')).toEqual([
      { kind: 'response', bound: 'max', amount: 0.5, unit: 'hour' },
      { kind: 'onsite', bound: 'max', amount: 2, unit: 'hour' },
      { kind: 'resolution', bound: 'max', amount: 4, unit: 'hour' },
    ]);
    expect(all('在半小时内响应并在2小时内到场')).toEqual([
      { kind: 'response', bound: 'max', amount: 0.5, unit: 'hour' },
      { kind: 'onsite', bound: 'max', amount: 2, unit: 'hour' },
    ]);
    expect(all('We respond within 30 minutes and attend on site within 2 hours.')).toEqual([
      { kind: 'response', bound: 'max', amount: 30, unit: 'minute' },
      { kind: 'onsite', bound: 'max', amount: 2, unit: 'hour' },
    ]);
  });

  it('a negated target is a condition: the promise is what follows', () => {
    expect(all('若在4小时内仍未能有效解决，乙方须免费提供同档次的设备予甲方临时使用。')).toEqual([
      { kind: 'loaner', bound: 'max', amount: 4, unit: 'hour' },
    ]);
    expect(all('If a fault is not fixed within 8 hours, a loaner unit is installed.')).toEqual([
      { kind: 'loaner', bound: 'max', amount: 8, unit: 'hour' },
    ]);
  });

  it('takes the target from the clause before, a table header, a lead-in line or the heading', () => {
    expect(all('由生产部门保存维修记录，期限为5年。')).toEqual([{ kind: 'retention', bound: 'exact', amount: 5, unit: 'year' }]);
    expect(all('| 级别 | 到场时间 |\n| --- | --- |\n| 一级 | 2小时 |')).toEqual([{ kind: 'onsite', bound: 'max', amount: 2, unit: 'hour' }]);
    expect(all('到场时间如下：\n- 市区：2小时\n- 郊县：4小时')).toHaveLength(2);
    expect(all('## 培训\n\n理论部分3天。')).toEqual([{ kind: 'training', bound: 'exact', amount: 3, unit: 'day' }]);
  });

  it('reads no commitment where there is no target or the number is a fact about the company', () => {
    expect(all('我公司成立于2005年，具有10年以上施工经验。')).toEqual([]);
    expect(all('本项目工期为90天。')).toEqual([]);
    expect(all('日期：2024年5月20日')).toEqual([]);
    expect(all('工作时间为8:00-18:00。')).toEqual([]);
    expect(all('每年5月至9月为汛期。')).toEqual([]);
    expect(all('评分：到场时间≤2小时得10分。')).toEqual([{ kind: 'onsite', bound: 'max', amount: 2, unit: 'hour' }]);
  });

  it('needs a warranty document for a hand-over verb to be a certificate promise', () => {
    expect(all('竣工资料在7天内递交建设单位。')).toEqual([]);
  });
});

describe('7×24 is coverage, never a 24-hour time limit', () => {
  it.each(['7×24小时服务热线', '7X24小时响应', '7x24 hotline', '7*24小时', '7天24小时值班', '7天×24小时', 'a 24/7 service desk', 'support 24x7'])(
    '%s',
    (text) => {
      const fs = extract(text).commitments;
      expect(fs).toHaveLength(1);
      expect(fs[0]).toMatchObject({ kind: 'hotline', measure: 'coverage', coverage: { days: 7, hours: 24 } });
    },
  );
  it('5×8 is a working-hours desk', () => {
    expect(extract('人工热线5×8小时').commitments[0]).toMatchObject({ kind: 'hotline', coverage: { days: 5, hours: 8 } });
  });
  it('24小时热线 and 全天24小时 are round-the-clock coverage', () => {
    for (const text of ['开通24小时服务热线', '咨询电话24小时畅通', '全天24小时值班', 'a 24-hour hotline', 'staffed 24 hours a day']) {
      const fs = extract(text).commitments;
      expect(fs.map((f) => f.measure), text).toEqual(['coverage']);
    }
  });
  it('24小时内 is still a time limit', () => {
    expect(one('24小时内到达现场')).toEqual({ kind: 'onsite', bound: 'max', amount: 24, unit: 'hour' });
  });
});

describe('ranges', () => {
  it.each([
    ['2～4小时内到达现场', 'max', 4],
    ['2-4小时内到达现场', 'max', 4],
    ['2至4小时内到达现场', 'max', 4],
    ['2到4小时内到达现场', 'max', 4],
    ['on site within 2-4 hours', 'max', 4],
    ['on site within 2 to 4 hours', 'max', 4],
    ['培训不少于3～5天', 'min', 3],
  ])('%s → %s %d', (text, bound, amount) => {
    const [f] = durations(text);
    expect(f!.bound).toBe(bound);
    expect(f!.value.amount).toBe(amount);
    expect(f!.range).toBeDefined();
  });
  it('两三天 is an estimate between two and three', () => {
    const [f] = durations('两三天内到达现场');
    expect(f!.range).toEqual({ from: 2, to: 3 });
    expect(f!.value).toMatchObject({ amount: 3, approx: true });
  });
});

describe('frequencies', () => {
  it.each([
    ['每年不少于两次回访', 'return-visit', 'min', 2, 'year'],
    ['每年至少要回访二次', 'return-visit', 'min', 2, 'year'],
    ['每季度回访一次', 'return-visit', 'exact', 1, 'quarter'],
    ['每月巡检一次', 'inspection', 'exact', 1, 'month'],
    ['对系统每月巡查一次', 'inspection', 'exact', 1, 'month'],
    ['每季度保养一次', 'maintenance', 'exact', 1, 'quarter'],
    ['每季度例行保养', 'maintenance', 'exact', 1, 'quarter'],
    ['每半年巡检一次', 'inspection', 'exact', 2, 'year'],
    ['每3个月巡检一次', 'inspection', 'exact', 1, 'quarter'],
    ['每半个月保养一次', 'maintenance', 'exact', 2, 'month'],
    ['一年回访两次', 'return-visit', 'exact', 2, 'year'],
    ['twice a year we make a return visit', 'return-visit', 'exact', 2, 'year'],
    ['at least two return visits a year', 'return-visit', 'min', 2, 'year'],
    ['inspections every three months', 'inspection', 'exact', 1, 'quarter'],
    ['quarterly preventive maintenance', 'maintenance', 'exact', 1, 'quarter'],
  ])('%s', (text, kind, bound, count, per) => {
    expect(one(text)).toEqual({ kind, bound, count, per });
  });
});

describe('qualifiers', () => {
  const q = (text: string) => extract(text).commitments.map((f) => f.qualifiers);
  it('severity', () => {
    expect(q('I级故障2小时内到场')[0]!.severity).toBe('critical');
    expect(q('一级故障2小时内到场')[0]!.severity).toBe('critical');
    expect(q('紧急故障2小时内到场')[0]!.severity).toBe('critical');
    expect(q('重大故障2小时内到场')[0]!.severity).toBe('critical');
    expect(q('II级故障4小时内到场')[0]!.severity).toBe('major');
    expect(q('较大故障4小时内到场')[0]!.severity).toBe('major');
    expect(q('一般故障8小时内到场')[0]!.severity).toBe('minor');
    expect(q('III级故障8小时内到场')[0]!.severity).toBe('minor');
    expect(q('Critical faults: on site within 2 hours')[0]!.severity).toBe('critical');
    expect(q('P2 faults: on site within 4 hours')[0]!.severity).toBe('major');
    expect(q('项目经理须持有二级建造师证书，2小时内到场')[0]!.severity).toBeUndefined();
    expect(q('保修卡一般在一个月内发出')[0]!.severity).toBeUndefined();
  });
  it('zone', () => {
    expect(q('市内2小时内到场')[0]!.zone).toBe('city');
    expect(q('市区2小时内到场')[0]!.zone).toBe('city');
    expect(q('郊县4小时内到场')[0]!.zone).toBe('county');
    expect(q('县级用户2天内到场')[0]!.zone).toBe('county');
    expect(q('省内其他地市12小时内到场')[0]!.zone).toBe('province');
    expect(q('跨省项目48小时内到场')[0]!.zone).toBe('out-of-province');
    expect(q('In the city an engineer attends within 2 hours')[0]!.zone).toBe('city');
  });
  it('time window, with explicit hours', () => {
    expect(q('工作时间1小时内到场')[0]).toMatchObject({ window: 'working-hours' });
    expect(q('周一至周五8:00~18:00，1小时内到场')[0]).toEqual({
      window: 'working-hours',
      hours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '18:00' },
    });
    expect(q('非工作时间2小时内到场')[0]).toEqual({ window: 'off-hours' });
    expect(q('夜间及节假日2小时内到场')[0]).toEqual({ window: 'off-hours' });
    expect(q('其余时间2小时内到场')[0]).toEqual({ window: 'off-hours' });
    expect(q('Outside working hours an engineer attends within 2 hours')[0]).toEqual({ window: 'off-hours' });
  });
  it('season, by months and by name', () => {
    expect(q('5月至9月4小时内到场')[0]!.season).toEqual({ from: 5, to: 9 });
    expect(q('淡季（11月至次年4月）24小时内修复')[0]!.season).toEqual({ name: 'low', from: 11, to: 4 });
    expect(q('11月～次年4月24小时内修复')[0]!.season).toEqual({ from: 11, to: 4 });
    expect(q('旺季1小时内响应')[0]!.season).toEqual({ name: 'peak' });
    expect(q('汛期30分钟内到场')[0]!.season).toEqual({ name: 'flood' });
    expect(q('From November to April faults are fixed within 24 hours')[0]!.season).toEqual({ from: 11, to: 4 });
    expect(q('制冷季（5月至10月）6小时内到场，其他月份24小时内到场')[1]!.season).toEqual({ from: 11, to: 4 });
  });
  it('asset classes and statutory categories', () => {
    expect(q('设备质保期不少于6年')[0]!.asset).toEqual(['equipment']);
    expect(q('线材及管材质保期不少于10年')[0]!.asset).toEqual(['cabling', 'pipes']);
    expect(q('屋面防水工程保修期为5年')[0]!.asset).toEqual(['roof-waterproofing']);
    expect(q('电气管线、给排水管道保修期为2年')[0]!.asset).toEqual(['electrical', 'plumbing']);
    expect(q('主体结构工程保修期为设计文件规定的合理使用年限，软件质保1年')[0]!.asset).toEqual(['software']);
  });
  it('carries a tier label over the following clauses, but not an enumeration of tiers', () => {
    expect(q('I级故障：30分钟内响应，2小时内到场')).toEqual([{ severity: 'critical' }, { severity: 'critical' }]);
    expect(q('I级故障：30分钟内响应，2小时内到场，II级故障：1小时内响应，4小时内到场').map((x) => x.severity)).toEqual([
      'critical', 'critical', 'major', 'major',
    ]);
    expect(q('市区1小时内到场，县区2小时内到场，故障排除时间不超过4小时')[2]).toEqual({});
    expect(q('严重故障（P1）：业务中断。10分钟内响应。')[0]).toEqual({ severity: 'critical' });
  });
  it('takes tiers from a table row header and conditions from a heading', () => {
    const fs = extract('## 淡季（11月至次年4月）\n\n| 故障级别 | 市区到场 |\n| --- | --- |\n| 一级故障 | 2小时 |').commitments;
    expect(fs[0]!.qualifiers).toEqual({ severity: 'critical', zone: 'city', season: { name: 'low', from: 11, to: 4 } });
  });
  it('special cases: factory returns', () => {
    expect(q('确需返厂维修的，48小时内修复')[0]!.case).toEqual(['factory-repair']);
  });
});

describe('qualifiersOf (mapping an organisation\'s labels)', () => {
  it('classifies labels on their own', () => {
    expect(qualifiersOf('一级故障')).toEqual({ severity: 'critical' });
    expect(qualifiersOf('P3 (minor)')).toEqual({ severity: 'minor' });
    expect(qualifiersOf('市区')).toEqual({ zone: 'city' });
    expect(qualifiersOf('淡季（11月至次年4月）')).toEqual({ season: { name: 'low', from: 11, to: 4 } });
    expect(qualifiersOf('周一至周五 08:30-17:30')).toMatchObject({ window: 'working-hours', hours: { from: '08:30', to: '17:30' } });
    expect(qualifiersOf('线缆及管材')).toEqual({ asset: ['cabling', 'pipes'] });
    expect(qualifiersOf('市区及郊县')).toEqual({});
  });

  it('lets a name decide over a gloss that says otherwise, and keeps a gloss that agrees or defines', () => {
    // An organisation calling its level 2 严重: the level number decides.
    expect(qualifiersOf('II级（严重故障）')).toEqual({ severity: 'major' });
    expect(qualifiersOf('非工作时间（工作日夜间及双休日）')).toEqual({ window: 'off-hours' });
    expect(qualifiersOf('I级（紧急故障）')).toEqual({ severity: 'critical' });
    // Without a name before it, 严重 is still critical.
    expect(qualifiersOf('严重故障')).toEqual({ severity: 'critical' });
    // Organisations' own words (the second example project's): office hours, S1–S4.
    expect(qualifiersOf('非办公时间')).toEqual({ window: 'off-hours' });
    expect(qualifiersOf('S2 (high)')).toEqual({ severity: 'major' });
  });

  it('reads terms across the space PDF text puts between Latin and Chinese', () => {
    expect(qualifiersOf('I 级故障')).toEqual({ severity: 'critical' });
    const [fix] = extract('I 级故障 24 小时内彻底修复。').commitments;
    expect(fix).toMatchObject({ kind: 'resolution', qualifiers: { severity: 'critical' } });
  });
});

describe('lines a PDF layout wrapped inside a Chinese word', () => {
  // pdftotext of a 小四 page: the window name 非工作时间 is cut after 非工作, a clause after ；.
  const page = [
    '（一）I 级（紧急故障）：15 分钟内响应；工作时间（周一至周五）的，1 小时内到达现场；非工作',
    '时间（夜间及双休日）的，2 小时内到达现场；4 小时内恢复使用；24 小时内修复；',
    '系统设备（前端、传输）的，4 小时内免费提供备用设备。',
  ].join('\n');

  it('reads the word and the context across the break, and keeps positions in the text given', () => {
    const found = extract(page).commitments.filter((c) => c.kind === 'onsite' || c.kind === 'loaner');
    expect(found.map((f) => [f.kind, f.qualifiers.severity, f.source.line])).toEqual([
      ['onsite', 'critical', 1],
      ['onsite', 'critical', 2],
      ['loaner', 'critical', 3],
    ]);
    expect(found.slice(0, 2).map((f) => f.qualifiers.window)).toEqual(['working-hours', 'off-hours']);
    const off = found[1]!;
    expect(page.slice(off.source.offset, off.source.offset + off.source.length)).toBe('2 小时');
    expect(off.source.column).toBe(13);
  });

  it('reads a sentence on across a page break, past the running footer and header', () => {
    const pdf = [
      '江州市第二人民医院安防工程',
      '',
      '（一）I 级（紧急故障）：15 分钟内响应；非工作时间（夜间及双休日）的，到达现场后 72',
      '第1页共2页',
      '\f江州市第二人民医院安防工程',
      '',
      '小时内修复。',
      '',
      '第2页共2页',
    ].join('\n');
    const fix = extract(pdf).commitments.find((c) => c.kind === 'resolution')!;
    expect(fix).toMatchObject({ from: 'onsite', qualifiers: { severity: 'critical', window: 'off-hours' }, source: { line: 3 } });
    expect((fix as DurationFinding).value).toMatchObject({ amount: 72, unit: 'hour' });
  });

  it('survives empty pages and form feeds anywhere, positions still in the text given', () => {
    const text = '工程名称\n第1页共3页\n\f\f工程名称\n接到报修后2小时内到场。\n第2页共3页\n\f工程名称\n第3页共3页\n\f';
    const [onsite] = extract(text).commitments;
    expect(onsite).toMatchObject({ kind: 'onsite', source: { match: '2小时' } });
    expect(text.slice(onsite!.source.offset, onsite!.source.offset + onsite!.source.length)).toBe('2小时');
  });

  it('reads an English line wrapped after a semicolon as the same paragraph', () => {
    const text = '(a) Level I (critical): response within 15 minutes; remote diagnosis within 30 minutes;\non site within 2 hours (out of hours).';
    const onsite = extract(text).commitments.find((c) => c.kind === 'onsite')!;
    expect(onsite.qualifiers.severity).toBe('critical');
  });

  it('keeps a break before a heading, a numbered clause or after a full stop', () => {
    const text = '保修期内免费维修，保修期满后按成本价收取材料费用，另行签订合同的除外\n二、响应时间\n接到报修后2小时内响应。';
    const [r] = extract(text).commitments;
    expect(r).toMatchObject({ kind: 'response', source: { line: 3 } });
  });
});

describe('fault types', () => {
  it('reads a list of fault types as one condition: any of them', () => {
    const [fix] = extract('硬件故障（库存备件可更换）、软件及配置故障、线路故障（有备用路由）的，到达现场后24小时内修复。').commitments;
    expect(fix).toMatchObject({ kind: 'resolution', from: 'onsite', qualifiers: { faultType: ['configuration', 'hardware', 'line-backup'] } });
    const [en] = extract('The fault is fixed within 48 hours of arrival on site (hardware fault or line fault, backup route available).').commitments;
    expect(en!.qualifiers.faultType).toEqual(['hardware', 'line-backup']);
  });

  it('keeps two fault types in two clauses apart', () => {
    const [a, b] = extract('硬件故障4小时内修复，软件故障8小时内修复。').commitments;
    expect([a!.qualifiers.faultType, b!.qualifiers.faultType]).toEqual([['hardware'], ['software']]);
  });
});

describe("an organisation's own names (vocabulary)", () => {
  const vocabulary = compileVocabulary([
    { dim: 'zone', id: 'suburbs', zh: ['近郊区县及省内地市'], en: ['Suburban districts and other cities'] },
    { dim: 'window', id: 'office', zh: ['办公时间（周一至周六 8:30–17:30）'], en: [] },
    { dim: 'severity', id: 's4', zh: ['四级（低）'], en: [] },
  ]);
  const text = '| 服务项目 | 区域 | 时段 | 四级（低） |\n| --- | --- | --- | --- |\n| 到场 | 近郊区县及省内地市 | 办公时间（周一至周六 8:30–17:30） | 8小时 |';

  it('reads a name written whole as that item, not as the tiers of the words inside it', () => {
    const [onsite] = extract(text, { vocabulary }).commitments;
    expect(onsite!.qualifiers).toMatchObject({ zone: 'org:suburbs', window: 'org:office', severity: 'org:s4' });
    // Without it, 区县 and 省内 are two tiers: no zone at all.
    expect(extract(text).commitments[0]!.qualifiers.zone).toBeUndefined();
  });

  it('leaves the lexicon to read everything else', () => {
    const [r] = extract('市区工作时间2小时内到场。', { vocabulary }).commitments;
    expect(r!.qualifiers).toMatchObject({ zone: 'city', window: 'working-hours' });
  });
});

describe('requirements quoted from the tender', () => {
  it('marks a requirement column of a deviation table', () => {
    const fs = extract('| 招标文件要求 | 投标文件应答 |\n| --- | --- |\n| 质保期不少于3年 | 质保期5年 |').commitments;
    expect(fs.map((f) => [f.requirement ?? false, f.bound])).toEqual([[true, 'min'], [false, 'exact']]);
  });
  it('marks a quoted requirement in prose', () => {
    const fs = extract('招标文件要求：质保期不少于3年。我方承诺：质保期5年。').commitments;
    expect(fs.map((f) => f.requirement ?? false)).toEqual([true, false]);
  });
});

describe('blanks', () => {
  const blanks = (text: string) => extract(text).blanks.map((b) => ({ unit: b.unit, kind: b.kind, match: b.source.match }));
  it.each([
    ['并保证于小时内到达现场排除故障', 'hour', 'onsite'],
    ['质保期为年。', 'year', 'warranty'],
    ['在___小时内到达现场', 'hour', 'onsite'],
    ['在（ ）小时内到达现场', 'hour', 'onsite'],
    ['在【】小时内到达现场', 'hour', 'onsite'],
    ['在XX小时内到达现场', 'hour', 'onsite'],
    ['在   小时内到达现场', 'hour', 'onsite'],
    ['于个工作日内提交保修书', 'workday', 'certificate'],
    ['an engineer on site within __ hours', 'hour', 'onsite'],
    ['an engineer on site within [ ] hours', 'hour', 'onsite'],
    ['an engineer on site within N hours', 'hour', 'onsite'],
  ])('%s', (text, unit, kind) => {
    const b = blanks(text);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ unit, kind });
    expect(extract(text).commitments.filter((f) => f.measure === 'duration')).toEqual([]);
  });
  it.each([
    '日期：    年   月   日',
    '日期：年月日',
    '每年不少于两次回访',
    '在第一时间内赶到现场',
    '在工作日内提供服务',
    '我公司每年投入大量资金',
    '我们将在数小时内响应',
    '按小时计费',
    'within hours of the call',
    '2小时内到达现场',
  ])('no blank in %s', (text) => {
    expect(blanks(text)).toEqual([]);
  });
});

describe('source positions', () => {
  it('gives 1-based line and column, offsets into the original text and the clause', () => {
    const text = '第一行\n  接到报修后，２小时内到达现场，4小时内修复。';
    const [a, b] = extract(text).commitments;
    expect(a!.source).toEqual({ offset: 12, length: 3, line: 2, column: 9, match: '２小时', text: '２小时内到达现场' });
    expect(text.slice(b!.source.offset, b!.source.offset + b!.source.length)).toBe('4小时');
    expect(b!.source.text).toBe('4小时内修复');
  });
  it('counts columns in code points', () => {
    const [f] = extract('𠀀𠀀2小时内到场').commitments;
    expect(f!.source.column).toBe(3);
    expect(f!.source.offset).toBe(4);
  });
  it('handles CRLF line ends', () => {
    const [f] = extract('a\r\n2小时内到场').commitments;
    expect(f!.source.line).toBe(2);
    expect(f!.source.column).toBe(1);
  });
});
