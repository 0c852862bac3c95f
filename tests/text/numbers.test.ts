/** Numbers as bid writers type them. */
import { describe, expect, it } from 'vitest';
import { parseChineseApprox, parseNumber } from '../../src/text/numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['2', 2], ['24', 24], ['0.5', 0.5], ['1.5', 1.5], ['２', 2], ['２４', 24], ['０．５', 0.5],
  ])('Arabic and full-width %s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each([
    ['一', 1], ['两', 2], ['二', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十四', 24], ['三十', 30], ['四十八', 48],
    ['一百', 100], ['一百二十', 120], ['一百二', 120], ['一百零五', 105], ['两千零二十六', 2026], ['三千五', 3500],
    ['〇', 0], ['零', 0], ['二〇二六', 2026], ['廿', 20], ['廿四', 24], ['卅', 30], ['一万', 10000], ['零点五', 0.5], ['一点五', 1.5],
  ])('Chinese %s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each([
    ['壹', 1], ['贰', 2], ['貳', 2], ['叁', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['柒', 7], ['捌', 8], ['玖', 9], ['拾', 10],
    ['拾贰', 12], ['贰拾', 20], ['贰拾肆', 24], ['肆拾', 40], ['壹佰', 100], ['壹佰贰拾', 120],
  ])('formal capitals %s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each([
    ['半', 0.5], ['一个半', 1.5], ['两个半', 2.5], ['1个半', 1.5], ['一半', 0.5],
  ])('halves %s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each([
    ['one', 1], ['two', 2], ['twelve', 12], ['twenty', 20], ['twenty-four', 24], ['twenty four', 24], ['thirty', 30],
    ['ninety-nine', 99], ['one hundred', 100], ['a hundred', 100], ['one hundred and twenty', 120], ['half', 0.5], ['a half', 0.5],
    ['one and a half', 1.5], ['two and a half', 2.5], ['Twenty-Four', 24],
  ])('English %s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it.each(['', '十十', '十百', '二三', '一二', 'twenty-four-hours', 'abc', '小时', '十二三'])('rejects %j', (s) => {
    expect(parseNumber(s)).toBeUndefined();
  });
});

describe('parseChineseApprox', () => {
  it('reads neighbouring digits as an estimate', () => {
    expect(parseChineseApprox('一两')).toEqual({ from: 1, to: 2 });
    expect(parseChineseApprox('两三')).toEqual({ from: 2, to: 3 });
    expect(parseChineseApprox('三五')).toEqual({ from: 3, to: 5 });
  });
  it('rejects anything else', () => {
    expect(parseChineseApprox('二〇')).toBeUndefined();
    expect(parseChineseApprox('三二')).toBeUndefined();
    expect(parseChineseApprox('十二')).toBeUndefined();
  });
});
