/**
 * Reading text is linear in its length: 1×, 4× and 16× the same kinds of input cost the
 * same per character, within a constant factor. The ratio is asserted, never a time, so a
 * slow machine passes and a quadratic reader fails. Also: the reader never throws on any
 * Unicode text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/text/extract.ts';
import { findConflicts } from '../src/text/conflicts.ts';

/** Inputs that once grew super-linearly: spaces, blank lines, commitments in one line, digits. */
const SHAPES: Record<string, (n: number) => string> = {
  'a commitment then spaces': (n) => `接到报修后30分钟内响应${' '.repeat(n)}。`,
  'blank lines': (n) => `市区2小时内到场。${'\n'.repeat(n)}郊县4小时内到场。`,
  'one long line of commitments': (n) => '接到报修后2小时内到场，'.repeat(Math.ceil(n / 12)),
  'digits without units': (n) => '1'.repeat(n),
  'soft-wrapped lines': (n) => '质保期\n'.repeat(Math.ceil(n / 4)),
  'English words and spaces': (n) => 'within two (2) hours '.repeat(Math.ceil(n / 21)),
  'unclosed brackets': (n) => '（'.repeat(n),
};

function costPerChar(text: string): number {
  // Several runs, keeping the fastest, so one pause of the machine does not decide.
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    findConflicts(extract(text).commitments);
    best = Math.min(best, Number(process.hrtime.bigint() - started));
  }
  return best / text.length;
}

describe('reading text is linear', () => {
  it.each(Object.keys(SHAPES))('%s', (shape) => {
    const make = SHAPES[shape]!;
    costPerChar(make(4_000)); // warm up the code paths
    const base = costPerChar(make(4_000));
    const large = costPerChar(make(64_000));
    // 16× the input at most ~4× the cost per character (a quadratic reader costs 16×).
    expect(large / Math.max(base, 1)).toBeLessThan(4);
  });
});

it('never throws on arbitrary Unicode', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
    findConflicts(extract(text).commitments);
  }), { numRuns: 500 });
});
