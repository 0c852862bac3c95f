/**
 * Property tests: every duration our renderers can print is read back to the same value; the
 * extractor never throws and its positions always point at what it matched; conflicts do not
 * depend on the order of findings and follow unit normalisation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEn, formatZh } from '../../src/time/duration.ts';
import type { Duration, TimeUnit } from '../../src/schema/primitives.ts';
import { findConflicts } from '../../src/text/conflicts.ts';
import { extract, type DurationFinding } from '../../src/text/extract.ts';

const UNITS: TimeUnit[] = ['minute', 'hour', 'day', 'workday', 'week', 'month', 'year', 'season'];
const amount = fc.oneof(fc.constantFrom(0.5, 1.5, 2.5), fc.integer({ min: 1, max: 100 }));
/** Durations as the renderers print them; the business clock only where it is printed (hours, minutes). */
const duration: fc.Arbitrary<Duration> = fc
  .record({ amount, unit: fc.constantFrom(...UNITS), business: fc.boolean() })
  .map(({ amount, unit, business }) =>
    business && (unit === 'hour' || unit === 'minute') ? { amount, unit, clock: 'business' as const } : { amount, unit },
  );

function readBack(text: string): DurationFinding {
  const found = extract(text).commitments;
  expect(found, text).toHaveLength(1);
  const f = found[0]!;
  if (f.measure !== 'duration') throw new Error(`not a duration: ${text}`);
  return f;
}

describe('renderer round trip', () => {
  it('接到报修后${formatZh(d)}内到达现场 reads back d', () => {
    fc.assert(
      fc.property(duration, (d) => {
        const f = readBack(`接到报修后${formatZh(d)}内到达现场`);
        expect(f.kind).toBe('onsite');
        expect(f.bound).toBe('max');
        expect(f.value).toEqual(d);
      }),
      { numRuns: 500 },
    );
  });

  it('an engineer on site within ${formatEn(d)} reads back d', () => {
    fc.assert(
      fc.property(duration, (d) => {
        const f = readBack(`an engineer on site within ${formatEn(d)}`);
        expect(f.kind).toBe('onsite');
        expect(f.bound).toBe('max');
        expect(f.value).toEqual(d);
      }),
      { numRuns: 500 },
    );
  });

  it('free warranty of ${formatZh(d)} / ${formatEn(d)} reads back as an exact period', () => {
    const period = fc.record({ amount, unit: fc.constantFrom<TimeUnit>('day', 'week', 'month', 'year') });
    fc.assert(
      fc.property(period, (d) => {
        expect(readBack(`本系统免费质保期为${formatZh(d)}。`)).toMatchObject({ kind: 'warranty', bound: 'exact', value: d });
        expect(readBack(`The free warranty period is ${formatEn(d)}.`)).toMatchObject({ kind: 'warranty', bound: 'exact', value: d });
      }),
      { numRuns: 300 },
    );
  });

  it('several targets in one sentence each keep their own number', () => {
    const short = fc.record({ amount, unit: fc.constantFrom<TimeUnit>('minute', 'hour') });
    fc.assert(
      fc.property(short, short, short, (a, b, c) => {
        const found = extract(`${formatZh(a)}内响应，${formatZh(b)}内到场，${formatZh(c)}内处理完毕。`).commitments as DurationFinding[];
        expect(found.map((f) => [f.kind, f.value])).toEqual([
          ['response', a],
          ['onsite', b],
          ['resolution', c],
        ]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Text made of the pieces commitments are written with, in any order. */
const TOKENS = [
  '接到报修后', '2小时', '２４小时', '半小时', '贰年', '一个半月', '内', '以内', '不超过', '不少于', '到达现场', '响应', '修复', '质保期',
  '保修卡', '发出', '市区', '郊县', 'I级', '一般故障', '工作时间', '其余时间', '淡季', '11月至次年4月', '设备', '屋面防水', '每年',
  '回访', '两次', '7×24小时', '于小时内', '为年', '___', '，', '。', '；', '：', '\n', '\r\n', '| ', ' |', '- ', '# ', '## ', ' ',
  'within', ' 2 hours', ' two', ' days', ' at least', ' on site', ' warranty', ' __ hours', '. ', '𠀀', '😀', '（', '）', '、', '~', '-',
];
const prose = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const anything = fc.oneof(prose, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('robustness', () => {
  it('never throws; every position points at its match; lines and columns agree with offsets', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const { commitments, blanks } = extract(text);
        for (const { source } of [...commitments, ...blanks]) {
          expect(text.slice(source.offset, source.offset + source.length)).toBe(source.match);
          const before = text.slice(0, source.offset);
          const lineStart = before.lastIndexOf('\n') + 1;
          expect(source.line).toBe(before.split('\n').length);
          expect(source.column).toBe([...text.slice(lineStart, source.offset)].length + 1);
          expect(text).toContain(source.text);
        }
        for (const f of commitments) {
          if (f.measure === 'duration') expect(f.value.amount).toBeGreaterThan(0);
        }
        const conflicts = findConflicts(commitments);
        for (const c of conflicts) {
          for (const i of c.commitments) expect(commitments[i]!.kind).toBe(c.kind);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('conflicts do not depend on the order of the findings', () => {
    fc.assert(
      fc.property(prose, fc.integer(), (text, seed) => {
        const { commitments } = extract(text);
        const order = commitments.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const shuffled = order.map((i) => commitments[i]!);
        const pairs = (list: typeof commitments) =>
          findConflicts(list)
            .flatMap((c) => c.sides[0].flatMap((a) => c.sides[1].map((b) => [list[a]!.source.offset, list[b]!.source.offset].sort((x, y) => x - y).join('-'))))
            .sort();
        expect(pairs(shuffled)).toEqual(pairs(commitments));
      }),
      { numRuns: 200 },
    );
  });

  it('a value restated in smaller units never conflicts; a different value always does', () => {
    const d = fc.record({ amount: fc.integer({ min: 1, max: 48 }), unit: fc.constantFrom<TimeUnit>('hour', 'day', 'week') });
    const smaller = { hour: ['minute', 60], day: ['hour', 24], week: ['day', 7] } as const;
    fc.assert(
      fc.property(d, fc.integer({ min: 1, max: 5 }), (x, delta) => {
        const [unit, factor] = smaller[x.unit as 'hour' | 'day' | 'week'];
        const same = { amount: x.amount * factor, unit };
        const other = { amount: x.amount + delta, unit: x.unit };
        const text = (a: Duration, b: Duration) => `${formatZh(a)}内到达现场。\nan engineer on site within ${formatEn(b)}.`;
        expect(findConflicts(extract(text(x, same)).commitments)).toEqual([]);
        expect(findConflicts(extract(text(x, other)).commitments)).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });
});
