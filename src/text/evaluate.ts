/**
 * Scoring the extractor against hand-written ground truth (tests/fixtures/text/*.expected.json):
 * precision and recall for findings, conflicts and blanks. Pure; the caller reads the files.
 *
 * A finding matches an expected one when line, kind, bound, value (amount + unit + clock,
 * count + per, or days × hours), the event a time counts from (`from`), the requirement flag and all qualifiers (severity, zone,
 * window, season, asset, case, audience, subject — a missing one must be missing) are equal. A conflict matches
 * by kind and the pair of lines; a blank by line and unit.
 */
import type { Conflict } from './conflicts.ts';
import type { Bound, Extraction, TextFinding } from './extract.ts';
import type { Per } from './lexicon.ts';
import type { Qualifiers } from './qualifiers.ts';
import type { Unit } from './units.ts';

export interface ExpectedFinding {
  line: number;
  kind: string;
  bound: Bound;
  amount?: number;
  unit?: Unit;
  clock?: 'business';
  classHour?: boolean;
  count?: number;
  per?: Per;
  days?: number;
  hours?: number;
  requirement?: boolean;
  /** The event a time is counted from, when not the report (`onsite` for 到场后48小时内修复). */
  from?: string;
  qualifiers?: Qualifiers;
}

export interface Expected {
  description?: string;
  findings: ExpectedFinding[];
  conflicts: { kind: string; lines: [number, number] }[];
  blanks: { line: number; unit: Unit }[];
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  findings: Score;
  /** Findings matched on line, kind, bound and value only, qualifiers ignored. */
  core: Score;
  conflicts: Score;
  blanks: Score;
  /** Keys of expected items not found, and of found items not expected. */
  missed: { findings: string[]; conflicts: string[]; blanks: string[] };
  spurious: { findings: string[]; conflicts: string[]; blanks: string[] };
}

function qualifierKey(q: Qualifiers | undefined): string {
  if (!q) return '{}';
  const out: Record<string, unknown> = {};
  if (q.severity) out.severity = q.severity;
  if (q.zone) out.zone = q.zone;
  if (q.window) out.window = q.window;
  if (q.season) {
    const s: Record<string, unknown> = {};
    if (q.season.name !== undefined) s.name = q.season.name;
    if (q.season.from !== undefined) s.from = q.season.from;
    if (q.season.to !== undefined) s.to = q.season.to;
    out.season = s;
  }
  if (q.asset?.length) out.asset = [...q.asset].sort();
  if (q.case?.length) out.case = [...q.case].sort();
  if (q.audience?.length) out.audience = [...q.audience].sort();
  if (q.subject?.length) out.subject = [...q.subject].sort();
  if (q.customer) out.customer = q.customer;
  if (q.region?.length) out.region = [...q.region].sort();
  if (q.faultType?.length) out.faultType = [...q.faultType].sort();
  return JSON.stringify(out);
}

const stripQualifiers = (key: string) => key.slice(0, key.lastIndexOf(' {'));

/** The comparison key of an expected finding. */
export function expectedKey(e: ExpectedFinding): string {
  const value =
    e.count !== undefined
      ? `${e.count}/${e.per}`
      : e.days !== undefined
        ? `${e.days}x${e.hours}`
        : `${e.amount} ${e.unit}${e.clock === 'business' ? ' business' : ''}${e.classHour ? ' class' : ''}`;
  return `L${e.line} ${e.kind} ${e.bound} ${value}${e.from ? ` from ${e.from}` : ''}${e.requirement ? ' requirement' : ''} ${qualifierKey(e.qualifiers)}`;
}

/** The comparison key of a finding. */
export function findingKey(f: TextFinding): string {
  const value =
    f.measure === 'frequency'
      ? `${f.frequency.count}/${f.frequency.per}`
      : f.measure === 'coverage'
        ? `${f.coverage.days}x${f.coverage.hours}`
        : `${f.value.amount} ${f.value.unit}${f.value.clock === 'business' ? ' business' : ''}${f.value.classHour ? ' class' : ''}`;
  const from = f.measure === 'duration' && f.from ? ` from ${f.from}` : '';
  return `L${f.source.line} ${f.kind} ${f.bound} ${value}${from}${f.requirement ? ' requirement' : ''} ${qualifierKey(f.qualifiers)}`;
}

function conflictKeys(conflicts: readonly Conflict[], findings: readonly TextFinding[]): string[] {
  const keys = new Set<string>();
  for (const c of conflicts) {
    for (const a of c.sides[0]) {
      for (const b of c.sides[1]) {
        const lines = [findings[a]!.source.line, findings[b]!.source.line].sort((x, y) => x - y);
        keys.add(`${c.kind} L${lines[0]}-L${lines[1]}`);
      }
    }
  }
  return [...keys];
}

function score(expected: string[], found: string[]): { score: Score; missed: string[]; spurious: string[] } {
  const pool = new Map<string, number>();
  for (const k of expected) pool.set(k, (pool.get(k) ?? 0) + 1);
  let matched = 0;
  const spurious: string[] = [];
  for (const k of found) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      matched++;
      pool.set(k, n - 1);
    } else spurious.push(k);
  }
  const missed = [...pool].flatMap(([k, n]) => Array<string>(n).fill(k));
  return {
    score: {
      expected: expected.length,
      found: found.length,
      matched,
      precision: found.length ? matched / found.length : 1,
      recall: expected.length ? matched / expected.length : 1,
    },
    missed,
    spurious,
  };
}

/** Score one text's extraction and conflicts against its expected file. */
export function evaluate(extraction: Extraction, conflicts: readonly Conflict[], expected: Expected): Evaluation {
  const f = score(expected.findings.map(expectedKey), extraction.commitments.map(findingKey));
  const core = score(expected.findings.map((e) => stripQualifiers(expectedKey(e))), extraction.commitments.map((x) => stripQualifiers(findingKey(x))));
  const c = score(
    expected.conflicts.map((x) => {
      const lines = [...x.lines].sort((a, b) => a - b);
      return `${x.kind} L${lines[0]}-L${lines[1]}`;
    }),
    conflictKeys(conflicts, extraction.commitments),
  );
  const b = score(
    expected.blanks.map((x) => `L${x.line} ${x.unit}`),
    extraction.blanks.map((x) => `L${x.source.line} ${x.unit}`),
  );
  return {
    findings: f.score,
    core: core.score,
    conflicts: c.score,
    blanks: b.score,
    missed: { findings: f.missed, conflicts: c.missed, blanks: b.missed },
    spurious: { findings: f.spurious, conflicts: c.spurious, blanks: b.spurious },
  };
}

/** Totals over several texts (micro-averaged). */
export function combine(scores: readonly Score[]): Score {
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  return { expected, found, matched, precision: found ? matched / found : 1, recall: expected ? matched / expected : 1 };
}
