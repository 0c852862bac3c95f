/** Contradictions among findings, after unit normalisation and under overlapping conditions. */
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../src/text/conflicts.ts';
import { extract } from '../../src/text/extract.ts';

/** The conflicts of a text as [kind, line, line, reason]. */
function conflicts(text: string) {
  const { commitments } = extract(text);
  return findConflicts(commitments).map((c) => {
    const lines = [commitments[c.sides[0][0]!]!.source.line, commitments[c.sides[1][0]!]!.source.line];
    return [c.kind, ...lines, c.reason];
  });
}
const lines = (...ls: string[]) => ls.join('\n');

describe('different values', () => {
  it('24 h and 2 h on site contradict; so do 一年 and 贰年 of free warranty', () => {
    expect(conflicts(lines('接到报修后24小时内到达现场。', '接到报修后2小时内到达现场。'))).toEqual([['onsite', 1, 2, 'different-values']]);
    expect(conflicts(lines('提供一年的免费保修期。', '免费保修期为贰年。'))).toEqual([['warranty', 1, 2, 'different-values']]);
    expect(conflicts(lines('The warranty period is one year.', 'The warranty period is two years.'))).toHaveLength(1);
  });

  it('the same value twice, or in other units, is no conflict', () => {
    expect(conflicts(lines('2小时内到达现场。', '2小时内到达现场。'))).toEqual([]);
    expect(conflicts(lines('120分钟内到达现场。', '两小时内到达现场。', 'on site within 2 hours'))).toEqual([]);
    expect(conflicts(lines('培训时间1周。', '培训时间7天。'))).toEqual([]);
    expect(conflicts(lines('质保期两年。', '质保期为24个月。', '质保期贰拾肆个月。'))).toEqual([]);
    expect(conflicts(lines('备机48小时内提供。', '两天内提供备机。'))).toEqual([]);
  });

  it('does not compare different measures (working days against hours)', () => {
    expect(conflicts(lines('1个工作日内修复。', '24小时内修复。'))).toEqual([]);
    expect(conflicts(lines('4个工作小时内修复。', '4小时内修复。'))).toEqual([]);
  });

  it('a conflict names both sides with their lines', () => {
    const { commitments } = extract(lines('24小时内到场。', '2小时内到场。', '2小时内到场。'));
    const [c] = findConflicts(commitments);
    expect(c!.sides).toEqual([[0], [1, 2]]);
    expect(c!.commitments).toEqual([0, 1, 2]);
    expect(c!.message).toContain('line 1');
    expect(c!.message).toContain('lines 2, 3');
  });
});

describe('conditions', () => {
  it('different severity, zone, window or season tiers never conflict', () => {
    expect(conflicts(lines('I级故障2小时内到场。', 'II级故障4小时内到场。', '一般故障8小时内到场。'))).toEqual([]);
    expect(conflicts(lines('市区2小时内到场。', '郊县4小时内到场。', '省内其他地市12小时内到场。', '跨省项目48小时内到场。'))).toEqual([]);
    expect(conflicts(lines('工作时间1小时内到场。', '非工作时间2小时内到场。'))).toEqual([]);
    expect(conflicts(lines('周一至周五8:00~18:00，1小时内到场。', '周六、周日2小时内到场。'))).toEqual([]);
    expect(conflicts(lines('淡季（11月至次年4月）24小时内修复。', '旺季（5月至10月）72小时内修复。'))).toEqual([]);
    expect(conflicts(lines('淡季24小时内修复。', '旺季72小时内修复。'))).toEqual([]);
  });

  it('a missing qualifier is any value: a general promise meets every tier', () => {
    expect(conflicts(lines('市区2小时内到场。', '所有报修4小时内到场。'))).toEqual([['onsite', 1, 2, 'different-values']]);
    expect(conflicts(lines('5月至9月4小时内修复。', '6月至8月8小时内修复。'))).toHaveLength(1);
  });

  it('a statutory work category never meets the general free warranty', () => {
    expect(conflicts(lines('免费质保期为2年。', '屋面防水工程保修期为5年。', '电气管线、给排水管道保修期为2年。'))).toEqual([]);
  });

  it('an asset-specific warranty is its own scope; the same asset twice must agree', () => {
    expect(conflicts(lines('质保期两年。', '线缆质保期不少于10年。'))).toEqual([]);
    expect(conflicts(lines('设备质保期为3年。', '设备质保期不少于5年。'))).toEqual([['warranty', 1, 2, 'different-values']]);
    expect(conflicts(lines('设备质保期为3年。', '线缆质保期为10年。'))).toEqual([]);
  });

  it('a special case (factory return) only meets the same case', () => {
    expect(conflicts(lines('4小时内修复。', '确需返厂维修的，48小时内修复。'))).toEqual([]);
  });
});

describe('bounds', () => {
  it('an exact value conflicts with a bound only when it breaks it', () => {
    expect(conflicts(lines('质保期贰年。', '质保期不少于3年。'))).toEqual([['warranty', 1, 2, 'different-values']]);
    expect(conflicts(lines('质保期5年。', '质保期不少于3年。'))).toEqual([]);
    expect(conflicts(lines('到场时间8小时。'.replace('到场时间8小时', '培训8天'), '培训不超过5天。'))).toEqual([['training', 1, 2, 'different-values']]);
  });
  it('a maximum and a minimum never conflict', () => {
    expect(conflicts(lines('培训不少于3天。', '培训不超过5天。'))).toEqual([]);
  });
  it('estimates conflict only with values far from them', () => {
    expect(conflicts(lines('培训时间约7天。', '培训时间1周。'))).toEqual([]);
    expect(conflicts(lines('培训时间约7天。', '培训不少于1周。'))).toEqual([]);
    expect(conflicts(lines('培训时间约7天。', '培训时间3天。'))).toHaveLength(1);
  });
});

describe('frequencies', () => {
  it('compares rates per year', () => {
    expect(conflicts(lines('每年回访不少于2次。', '每年至少回访四次。'))).toEqual([['return-visit', 1, 2, 'different-values']]);
    expect(conflicts(lines('每季度回访一次。', '每年回访不少于4次。'))).toEqual([]);
    expect(conflicts(lines('每季度回访一次。', '每年回访4次。'))).toEqual([]);
  });
  it('different activities and maintenance levels never conflict', () => {
    expect(conflicts(lines('每月检查一次。', '每季度测试一次。'))).toEqual([]);
    expect(conflicts(lines('每月保养一次。', '每季度保养一次。', '每年保养一次。'))).toEqual([]);
  });
});

describe('coverage', () => {
  it('5×8 desk and 7×24 mobile are a plan, not a contradiction; and no 24-hour limit is read', () => {
    expect(conflicts(lines('人工热线5×8小时。', '值班手机7×24小时。', '2小时内到达现场。'))).toEqual([]);
  });
});

describe('requirements quoted from the tender', () => {
  const table = (req: string, ours: string) => `| 招标文件要求 | 投标文件应答 |\n| --- | --- |\n| ${req} | ${ours} |`;
  it('a promise that falls short of a requirement is a negative deviation', () => {
    expect(conflicts(table('质保期不少于3年', '质保期贰年'))).toEqual([['warranty', 3, 3, 'requirement-not-met']]);
    expect(conflicts(table('4小时内到达现场', '8小时内到达现场'))).toEqual([['onsite', 3, 3, 'requirement-not-met']]);
  });
  it('meeting or beating it is not a conflict', () => {
    expect(conflicts(table('质保期不少于3年', '质保期5年'))).toEqual([]);
    expect(conflicts(table('4小时内到达现场', '2小时内到达现场'))).toEqual([]);
    expect(conflicts(table('每年巡检不少于4次', '每季度巡检一次'))).toEqual([]);
  });
  it('two requirements never conflict with each other', () => {
    expect(conflicts(lines('招标文件要求：4小时内到达现场。', '招标文件要求：2小时内到达现场。'))).toEqual([]);
  });
});
