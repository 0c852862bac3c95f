/**
 * What makes two promises different scopes rather than a contradiction — audiences, subjects,
 * windows after the number, exceptions, typical values, special cases — and what still is one.
 */
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/text/conflicts.ts';
import { extract, type TextFinding } from '../../src/text/extract.ts';

const read = (text: string) => extract(text).commitments;
const conflicts = (text: string) => findConflicts(read(text)).map((c) => c.kind);
const value = (f: TextFinding) =>
  f.measure === 'duration' ? `${f.value.amount} ${f.value.unit}` : f.measure === 'frequency' ? `${f.frequency.count}/${f.frequency.per}` : 'coverage';
const summary = (text: string) => read(text).map((f) => ({ kind: f.kind, value: value(f), q: f.qualifiers }));

describe('training audiences and list items', () => {
  it('courses for different audiences are not one training period', () => {
    const text = '系统管理员培训12课时、系统维护人员培训18课时、值机操作及物业管理人员培训12课时，均在现场免费进行。';
    expect(summary(text).map((f) => f.q.audience)).toEqual([['administrator'], ['maintainer'], ['operator', 'property']]);
    expect(conflicts(text)).toEqual([]);
  });
  it('in English too', () => {
    const text = 'System administrator course (12 class hours), System maintainer course (18 class hours), Operator and property manager course (12 class hours).';
    expect(summary(text).map((f) => f.q.audience)).toEqual([['administrator'], ['maintainer'], ['operator', 'property']]);
    expect(conflicts(text)).toEqual([]);
  });
  it('the same audience stated twice with two values is a conflict', () => {
    expect(conflicts('系统管理员培训12课时。\n系统管理员培训不少于16课时。')).toEqual(['training']);
  });
  it('an audience is read for training only', () => {
    expect(summary('维护人员接到报修后2小时内到达现场。')[0]!.q).toEqual({});
  });
  it('items of a list naming subjects the lexicon does not know are separate scopes', () => {
    const text = '甲类课程培训12课时、乙类课程培训18课时。';
    expect(summary(text).map((f) => f.q.subject)).toEqual([['甲类课程'], ['乙类课程']]);
    expect(conflicts(text)).toEqual([]);
  });
  it('list items that differ only by a condition keep it as the condition', () => {
    expect(summary('市区1小时、县区2小时内到达现场。').map((f) => [f.q.zone, f.q.subject])).toEqual([
      ['city', undefined],
      ['county', undefined],
    ]);
  });
});

describe('English windows after the number', () => {
  it('each number takes the window that follows it', () => {
    const text = 'In the project area an engineer is on site within 1 hour in working hours and within 2 hours at other times.';
    expect(summary(text).map((f) => f.q.window)).toEqual(['working-hours', 'off-hours']);
    expect(conflicts(text)).toEqual([]);
  });
  it.each([
    ['within 2 hours outside working hours', 'off-hours'],
    ['within 4 hours at night', 'off-hours'],
    ['within 8 hours at weekends', 'off-hours'],
    ['within 1 hour during business hours', 'working-hours'],
  ])('%s', (tail, window) => {
    expect(summary(`Engineers are on site ${tail}.`)[0]!.q.window).toBe(window);
  });
  it('a severity after "and" belongs to the next number, not this one', () => {
    const text = 'In the suburban counties, engineers attend P1 faults within four hours and P2 faults within eight hours.';
    expect(summary(text).map((f) => f.q.severity)).toEqual(['critical', 'major']);
  });
});

describe('English severities and introductory phrases', () => {
  it.each([
    ['Level I', 'critical'], ['Level II', 'major'], ['Level III', 'minor'], ['Level 1', 'critical'], ['P1', 'critical'],
    ['priority 1', 'critical'], ['critical', 'critical'], ['urgent', 'critical'], ['major', 'major'], ['minor', 'minor'],
    ['general', 'minor'],
  ])('%s', (words, severity) => {
    const text = words === 'general' ? 'A Level III (general) fault is fixed within 24 hours.' : `A ${words} fault is fixed within 24 hours.`;
    expect(summary(text)[0]!.q.severity).toBe(severity);
  });
  it('a qualifier in the introductory phrase applies to every commitment of the sentence', () => {
    const text = 'For a Level I (critical) fault we respond within 15 minutes and complete remote diagnosis within 30 minutes.';
    expect(summary(text).map((f) => [f.kind, f.q.severity])).toEqual([['response', 'critical'], ['remote', 'critical']]);
  });
  it('the loaner after a Level I condition is a Level I promise for the equipment', () => {
    const text =
      'A Level I fault is fixed within 24 hours; where equipment with a Level I fault cannot be restored in time, an equal-grade loaner is provided free of charge within 4 hours until it is repaired.';
    expect(summary(text)).toEqual([
      { kind: 'resolution', value: '24 hour', q: { severity: 'critical' } },
      { kind: 'loaner', value: '4 hour', q: { severity: 'critical', asset: ['equipment'] } },
    ]);
  });
});

describe('qualifiers do not leak', () => {
  it('the whole works takes no asset from a later clause', () => {
    const text = '整体工程自竣工验收合格之日起免费保修2年，线缆及管路免费保修5年。';
    expect(summary(text).map((f) => f.q)).toEqual([{}, { asset: ['cabling', 'pipes'] }]);
    expect(conflicts(text)).toEqual([]);
  });
  it('nor from the heading above', () => {
    expect(summary('## 线缆质保\n\n整体工程质保2年。')[0]!.q).toEqual({});
  });
  it('a project name in the lead-in gives no zone and no asset', () => {
    const text = '我公司参加安平县城区有线电视光纤网络改造及综合布线工程（招标编号：X-1）投标，承诺如下：\n\n一、接到报修后2小时内到达现场。';
    expect(summary(text)[0]!.q).toEqual({});
  });
  it.each(['# 安平县城区综合布线工程售后服务方案\n\n接到报修后2小时内到达现场。', '# 江州市城区照明工程\n\n接到报修后2小时内到达现场。', '我公司在临川区城区设有服务点，接到报修后2小时内到达现场。'])(
    'a place name is no zone: %s',
    (text) => {
      expect(summary(text)[0]!.q.zone).toBeUndefined();
    },
  );
  it('a zone written as a condition still is one', () => {
    expect(summary('市区2小时内到达现场，郊县4小时内到达现场。').map((f) => f.q.zone)).toEqual(['city', 'county']);
    expect(summary('我公司在市区设有服务站，市区项目2小时内到场。')[0]!.q.zone).toBe('city');
  });
});

describe('meetings', () => {
  it('client meetings are not return visits', () => {
    const text = '项目经理每月到其他参建单位不少于两次的面对面沟通。\n项目经理每周将前往建设单位一到两次，与建设单位管理人员进行面对面的交流。\n保修期内每年至少回访二次。';
    expect(read(text).map((f) => f.kind)).toEqual(['meeting', 'meeting', 'return-visit']);
    expect(conflicts(text)).toEqual([]);
  });
  it('two different meeting rates still conflict', () => {
    expect(conflicts('项目经理每周召开一次例会。\n项目经理每月召开一次例会。')).toEqual(['meeting']);
  });
  it('drills and backups counted per period are no maintenance promise', () => {
    expect(read('## 三、预防性维护\n\n每年开展两次应急演练。\n每周全量备份一次。')).toEqual([]);
  });
});

describe('soft-wrapped lines', () => {
  const text = '## 二、响应\n\nI级故障：接到报修后10分钟内响应，\n城区1小时内到达现场，\n6小时内恢复。\n二级故障：\n30分钟内响应。';
  it('a line that does not end a sentence continues on the next', () => {
    const found = read(text);
    expect(found.slice(0, 3).map((f) => [f.kind, f.qualifiers.severity, f.source.line])).toEqual([
      ['response', 'critical', 3],
      ['onsite', 'critical', 4],
      ['restore', 'critical', 5],
    ]);
  });
  it('positions stay exact', () => {
    for (const f of read(text)) {
      expect(text.slice(f.source.offset, f.source.offset + f.source.length)).toBe(f.source.match);
      const lineText = text.split('\n')[f.source.line - 1]!;
      expect([...lineText].slice(f.source.column - 1).join('').startsWith(f.source.match)).toBe(true);
    }
  });
  it('a lead-in ending in a colon is not continued, and neither are headings, list items and numbers', () => {
    expect(read(text)[3]!.qualifiers.severity).toBe('major');
    const list = '接到报修后\n1. 2小时内到达现场';
    expect(read(list)[0]!.source.line).toBe(2);
    const heading = '# 质保\n整体质保2年';
    expect(read(heading).map((f) => f.kind)).toEqual(['warranty']);
  });
  it('English paragraphs wrapped at a fixed width', () => {
    const en = 'Calls are acknowledged within 15 minutes in\nworking hours and within 30 minutes at night.';
    expect(summary(en).map((f) => f.q.window)).toEqual(['working-hours', 'off-hours']);
  });
  it('a short unpunctuated line on its own stays a heading', () => {
    const t = '质量保修\n质保期为2年。';
    expect(read(t)[0]!.source.line).toBe(2);
  });
});

describe('exceptions, typical values, special cases', () => {
  it('an exception introduced by 但 is its own scope', () => {
    expect(conflicts('接到报修后2小时内到达现场；但法定节假日期间，到场时间放宽至6小时。')).toEqual([]);
  });
  it('"相应延长" for suburban projects is an exception to the general time', () => {
    expect(conflicts('工作时间接到报修后30分钟内到场。\n郊区项目到场时间相应延长，不超过90分钟。')).toEqual([]);
  });
  it('a promise for all cases meets the exception', () => {
    expect(conflicts('郊区项目到场时间相应延长，不超过90分钟。\n所有报修均在2小时内到场。')).toEqual(['onsite']);
  });
  it('a promise for all cases meets a special case', () => {
    expect(conflicts('遇恶劣天气，到场时间不超过8小时。\n所有报修均在2小时内到场。')).toEqual(['onsite']);
  });
  it('a general promise does not meet a special case', () => {
    const text = '接到报修后20分钟内到达现场。\n雨雪冰冻等恶劣天气期间，到场时间为10分钟。\n火警误报须在2小时内处理完毕。\n报警主机故障在3日内修复。';
    expect(read(text).map((f) => f.qualifiers.case)).toEqual([undefined, ['bad-weather'], ['false-alarm'], undefined]);
    expect(conflicts(text)).toEqual([]);
  });
  it('after the warranty is a case of its own', () => {
    expect(read('质保期满后，我方继续提供有偿维护，响应时间不超过2小时。')[0]!.qualifiers.case).toEqual(['post-warranty']);
    expect(conflicts('接到报修后30分钟内响应。\n质保期满后，报修响应时间不超过4小时。')).toEqual([]);
  });
  it('what a promise excludes is not its condition, and it does not meet a promise for it', () => {
    const text = '除台风、暴雨等恶劣天气外，单灯故障在24小时内修复。\n恶劣天气期间，故障在72小时内修复。';
    const [general, storm] = read(text);
    expect(general!.qualifiers.case).toBeUndefined();
    expect(general!.excludes).toEqual({ case: ['bad-weather'] });
    expect(storm!.qualifiers.case).toEqual(['bad-weather']);
    expect(conflicts(text)).toEqual([]);
  });
  it('a typical value next to a maximum is no contradiction', () => {
    const text = '一般在2小时内恢复车道正常收费，最长不超过4小时。';
    const [typical, max] = read(text);
    expect(typical!.measure === 'duration' && typical!.typical).toBe(true);
    expect(max!.measure === 'duration' && max!.typical).toBeFalsy();
    expect(conflicts(text)).toEqual([]);
    expect(conflicts('They are typically fixed within 4 hours and at the latest within 8 hours.')).toEqual([]);
  });
  it('a typical value longer than a maximum is one', () => {
    expect(conflicts('故障一般在8小时内修复。\n故障修复时间不超过4小时。')).toEqual(['resolution']);
  });
  it('一般故障 is a severity, not a typical value', () => {
    const [f] = read('一般故障8小时内修复。');
    expect(f!.qualifiers.severity).toBe('minor');
    expect(f!.measure === 'duration' && f!.typical).toBeFalsy();
  });
});

describe('subjects', () => {
  it('an unknown thing before a warranty word is its own scope', () => {
    const text = '整体工程质保期为2年，消防主机质保期5年，探测器质保期3年。';
    expect(summary(text).map((f) => f.q)).toEqual([{}, { asset: ['equipment'], subject: ['消防主机'] }, { subject: ['探测器'] }]);
    expect(conflicts(text)).toEqual([]);
  });
  it('the same unknown thing with two periods is a conflict', () => {
    expect(conflicts('LED灯具质保期为5年。\nLED灯具质保期为3年。')).toEqual(['warranty']);
    expect(conflicts('The installation carries a 2-year warranty; field sensors 3 years.\nField sensors: 5 years warranty.')).toEqual(['warranty']);
  });
  it('an unknown thing is not shown to be in a class', () => {
    expect(conflicts('灯杆及基础质保期为10年，电缆质保期为5年。')).toEqual([]);
  });
  it('sub-systems named by a modifier before a class word are different scopes; a narrower name meets the wider one', () => {
    const text = '收费车道设备发生故障时，维护工程师接报后20分钟内到达现场。\n监控中心设备故障的，接报后1小时内到达现场。\n车道设备故障到场时间承诺为30分钟。';
    expect(summary(text).map((f) => f.q.subject)).toEqual([['收费车道设备'], ['监控中心设备'], ['车道设备']]);
    expect(findConflicts(read(text)).map((c) => c.sides.map((s) => read(text)[s[0]!]!.source.line))).toEqual([[1, 3]]);
  });
  it('generic modifiers name no subject', () => {
    for (const t of ['质保期内所有设备免费维修，设备质保期3年。', '其中主要设备质保期5年。', '硬件设备质保期三年。']) {
      expect(read(t).every((f) => f.qualifiers.subject === undefined)).toBe(true);
    }
  });
});

describe('what stays a conflict', () => {
  it('"但" without a condition after it makes no exception', () => {
    const text = 'I级故障2小时内到场，但须在4小时内修复。\nI级故障修复时间不超过8小时。';
    expect(read(text).some((f) => f.exception)).toBe(false);
    expect(conflicts(text)).toEqual(['resolution']);
  });
  it('an unnamed special case is its own scope', () => {
    expect(read('特殊情况下，到场时间不超过8小时。')[0]!.qualifiers.case).toEqual(['special']);
  });
  it('"本项目" names no asset scope outside warranties', () => {
    expect(read('设备故障时，本项目维保人员2小时内到场。')[0]!.qualifiers.asset).toEqual(['equipment']);
  });
  it('the goods and the whole unit are no unknown subjects', () => {
    expect(conflicts('货物质保期为3年。\n质保期：2年。')).toEqual(['warranty']);
    expect(read('整机质保3年。')[0]!.qualifiers).toEqual({ asset: ['equipment'] });
  });
  it('a case word near a period is no condition of it', () => {
    expect(read('## 四、质保期满后服务\n\n我方提供不少于1周的现场免费培训。')[0]!.qualifiers).toEqual({});
  });
  it('a numbered item title is not continued into the next line', () => {
    const t = 'C、防盗报警系统设备维护\n每季度例行保养：\n各个系统每季度例行保养一次。';
    expect(read(t).map((f) => [f.source.line, f.qualifiers])).toEqual([
      [2, {}],
      [3, {}],
    ]);
  });
});

describe('exclusions in other forms', () => {
  it('"…除外" after the promise', () => {
    const [f] = read('单灯故障在24小时内修复（台风、暴雨等恶劣天气除外）。');
    expect(f!.qualifiers.case).toBeUndefined();
    expect(f!.excludes).toEqual({ case: ['bad-weather'] });
  });
  it('"except in severe weather"', () => {
    const text = 'Except in severe weather, faults are fixed within 24 hours.\nIn severe weather, faults are fixed within 72 hours.';
    const [general, storm] = read(text);
    expect(general!.excludes).toEqual({ case: ['bad-weather'] });
    expect(storm!.qualifiers.case).toEqual(['bad-weather']);
    expect(conflicts(text)).toEqual([]);
  });
  it('"不但" opens no exception', () => {
    expect(read('不但市区2小时内到场，郊县也2小时内到场。').some((f) => f.exception)).toBe(false);
  });
});
