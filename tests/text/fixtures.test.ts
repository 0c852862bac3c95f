/**
 * The extractor against hand-written ground truth (tests/fixtures/text/*.expected.json), as
 * printed by scripts/text-eval.ts. Development fixtures were used while building the
 * extractor; `letter-*` are letters rendered from our own templates and content; held-out
 * fixtures (heldout-*) were labelled before it was first run on them, and new held-out ones
 * (unseen-*) before the extractor's latest changes were run on them.
 */
import { describe, expect, it } from 'vitest';
import { evaluateFixtures, setOf } from '../../scripts/text-eval.ts';
import { combine } from '../../src/text/evaluate.ts';

const results = evaluateFixtures();
const dev = results.filter((r) => setOf(r.name) === 'development');
const letters = results.filter((r) => setOf(r.name) === 'letters');
const heldOut = results.filter((r) => setOf(r.name) === 'held-out');
const unseen = results.filter((r) => setOf(r.name) === 'new held-out');
const fresh = results.filter((r) => setOf(r.name) === 'fresh');
const secondFresh = results.filter((r) => setOf(r.name) === 'second fresh');
const total = (rs: typeof results, k: 'findings' | 'core' | 'conflicts' | 'blanks') => combine(rs.map((r) => r.evaluation[k]));

describe('fixtures', () => {
  it('has development, letter, held-out and new held-out fixtures with planted conflicts and blanks', () => {
    expect(dev.length).toBeGreaterThanOrEqual(6);
    expect(letters.length).toBeGreaterThanOrEqual(4);
    expect(heldOut.length).toBeGreaterThanOrEqual(2);
    expect(unseen.length).toBeGreaterThanOrEqual(4);
    expect(fresh.length).toBeGreaterThanOrEqual(4);
    expect(total(results, 'conflicts').expected).toBeGreaterThanOrEqual(20);
    expect(total(results, 'blanks').expected).toBeGreaterThanOrEqual(5);
  });

  it.each(results.map((r) => [r.name, r] as const))('%s: every planted conflict and blank is found', (_, r) => {
    expect(r.evaluation.missed.conflicts).toEqual([]);
    expect(r.evaluation.missed.blanks).toEqual([]);
    expect(r.evaluation.spurious.blanks).toEqual([]);
  });

  it.each([...dev, ...letters].map((r) => [r.name, r] as const))('%s: no false conflicts', (_, r) => {
    expect(r.evaluation.spurious.conflicts).toEqual([]);
  });

  it.each(letters.map((r) => [r.name, r] as const))('%s (our own letter): every finding with every qualifier, nothing else', (_, r) => {
    expect(r.evaluation.missed.findings).toEqual([]);
    expect(r.evaluation.spurious.findings).toEqual([]);
  });

  it('development fixtures: findings precision and recall ≥ 95 %', () => {
    const f = total(dev, 'findings');
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
  });

  // Regression floors, not goals. Known false conflicts in prose that leaves conditions
  // implicit (see src/text/README.md): a general value next to a severity tier (2小时 next to
  // 紧急故障30分钟), sub-systems the lexicon has no word for written as separate clauses
  // (主干道… / 次干道…), an off-hours call-back next to the P1 response time.
  it('held-out fixtures: values ≥ 95 %, values with every qualifier ≥ 95 %, conflict precision ≥ 80 %', () => {
    expect(total(heldOut, 'core').precision).toBeGreaterThanOrEqual(0.95);
    expect(total(heldOut, 'core').recall).toBeGreaterThanOrEqual(0.95);
    expect(total(heldOut, 'findings').precision).toBeGreaterThanOrEqual(0.95);
    expect(total(heldOut, 'findings').recall).toBeGreaterThanOrEqual(0.95);
    expect(total(heldOut, 'conflicts').precision).toBeGreaterThanOrEqual(0.8);
  });

  it('new held-out fixtures: values ≥ 95 %, values with every qualifier ≥ 90 %, conflict precision ≥ 50 %', () => {
    expect(total(unseen, 'core').precision).toBeGreaterThanOrEqual(0.95);
    expect(total(unseen, 'core').recall).toBeGreaterThanOrEqual(0.95);
    expect(total(unseen, 'findings').precision).toBeGreaterThanOrEqual(0.9);
    expect(total(unseen, 'findings').recall).toBeGreaterThanOrEqual(0.9);
    expect(total(unseen, 'conflicts').precision).toBeGreaterThanOrEqual(0.5);
  });

  // First run (labelled before the code ran): findings 96.8 / 96.8 %, blanks 100 / 75 %; fixed since, so no longer blind.
  it('fresh fixtures: values ≥ 95 %, values with every qualifier ≥ 95 %, conflict precision ≥ 80 %', () => {
    expect(total(fresh, 'core').precision).toBeGreaterThanOrEqual(0.95);
    expect(total(fresh, 'core').recall).toBeGreaterThanOrEqual(0.95);
    expect(total(fresh, 'findings').precision).toBeGreaterThanOrEqual(0.95);
    expect(total(fresh, 'findings').recall).toBeGreaterThanOrEqual(0.95);
    expect(total(fresh, 'conflicts').precision).toBeGreaterThanOrEqual(0.8);
  });

  // First run: findings 89.5 / 89.5 %, conflicts 100 / 50 %; after three fixes 94.7 / 94.7 % (a Severity 1 label of an earlier
  // sentence of the same paragraph still reaches the parts clause — a documented limitation).
  it('second fresh fixtures: values ≥ 95 %, values with every qualifier ≥ 90 %', () => {
    expect(secondFresh.length).toBeGreaterThanOrEqual(2);
    expect(total(secondFresh, 'core').precision).toBeGreaterThanOrEqual(0.95);
    expect(total(secondFresh, 'core').recall).toBeGreaterThanOrEqual(0.95);
    expect(total(secondFresh, 'findings').precision).toBeGreaterThanOrEqual(0.9);
    expect(total(secondFresh, 'findings').recall).toBeGreaterThanOrEqual(0.9);
  });
});
