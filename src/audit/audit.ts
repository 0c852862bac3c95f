/**
 * `aftercare audit`: every commitment a bid document states, every contradiction and
 * blank in it — across all the files given, since pasted chapters contradict each other —
 * and, against our content, every statement the typed source does not support.
 */
import type { Diagnostic, SourceRef } from '../diagnostics/diagnostic.ts';
import type { Model } from '../model/model.ts';
import { extract, findConflicts, type Blank, type TextFinding } from '../text/index.ts';
import { DEFAULT_BOUND, type KnownKind } from '../text/lexicon.ts';
import type { LineOrigin } from './docx.ts';
import { buildBridge } from '../prose/bridge.ts';
import { describeFinding, judge, type Expected, type Scope } from '../prose/expectations.ts';
import { vocabularyOf } from '../prose/vocabulary.ts';

export interface AuditedFile {
  /** As the user named it. */
  file: string;
  text: string;
  /** Where each line is in a Word document ("¶12", "table 2 row 3 cell 2"), from readDocument. */
  origins?: readonly LineOrigin[];
}

export interface Located<T> {
  file: string;
  item: T;
  /** The location in the document's own words, when it is not a plain text file. */
  at?: string;
}

/** "table 2 row 3 cell 2" for a position of a Word document's reading; undefined for text files. */
export function placeOf(origins: readonly LineOrigin[] | undefined, line: number, column: number): string | undefined {
  const origin = origins?.[line - 1];
  if (!origin) return undefined;
  let at = origin.at;
  for (const cell of origin.cells ?? []) if (cell.column <= column) at = cell.at;
  return at;
}

export interface AuditResult {
  commitments: Located<TextFinding>[];
  conflicts: ReturnType<typeof findConflicts>;
  blanks: Located<Blank>[];
  mismatches: { commitment: number; expected: Expected[]; message: string }[];
}

export function audit(files: readonly AuditedFile[], against?: { model: Model; scope: Scope }): AuditResult {
  const commitments: Located<TextFinding>[] = [];
  const blanks: Located<Blank>[] = [];
  // Against content, the organisation's own names are read as its items (prose/vocabulary.ts).
  const vocabulary = against ? vocabularyOf(against.model) : undefined;
  for (const { file, text, origins } of files) {
    const found = extract(text, vocabulary ? { vocabulary } : {});
    const locate = <T extends { source: { line: number; column: number } }>(item: T): Located<T> => {
      const at = placeOf(origins, item.source.line, item.source.column);
      return { file, item, ...(at ? { at } : {}) };
    };
    commitments.push(...found.commitments.map(locate));
    blanks.push(...found.blanks.map(locate));
  }
  const conflicts = findConflicts(commitments.map((c) => c.item));
  const mismatches: AuditResult['mismatches'] = [];
  if (against) {
    const bridge = buildBridge(against.model);
    commitments.forEach(({ item }, index) => {
      if (item.requirement) return; // the tender's words, not a promise
      const verdict = judge(item, against.scope, bridge, against.model);
      if (verdict.status === 'mismatch') mismatches.push({ commitment: index, expected: verdict.expected, message: verdict.message });
    });
  }
  return { commitments, conflicts, blanks, mismatches };
}

/** "max" or "min": a bare statement takes the direction its kind is promised in. */
function boundOf(f: TextFinding): 'max' | 'min' {
  if (f.bound !== 'exact') return f.bound;
  const longerIsBetter = ['warranty', 'defect-liability', 'training', 'return-visit', 'retention', 'no-recurrence', 'hotline', 'inspection', 'maintenance'];
  return longerIsBetter.includes(f.kind) || DEFAULT_BOUND[f.kind as KnownKind] === 'min' ? 'min' : 'max';
}

const sourceOf = (file: string, s: { line: number; column: number; text: string; match: string }, at?: string) => ({ file, line: s.line, column: s.column, ...(at ? { at } : {}), text: s.text, match: s.match });
/** " (table 2 row 3 cell 2)" after a location in a Word document. */
const inWords = (at?: string) => (at ? ` (at ${at})` : '');

/** The machine-readable report (`--format json`). */
export function auditJson(result: AuditResult): unknown {
  return {
    commitments: result.commitments.map(({ file, item: f, at }) => ({
      kind: f.kind,
      bound: boundOf(f),
      ...(f.bound === 'exact' ? { stated: 'exact' } : {}),
      value: f.measure === 'coverage' ? null : { amount: f.value.amount, unit: f.value.unit, ...(f.value.clock ? { clock: f.value.clock } : {}), ...(f.value.classHour ? { classHour: true } : {}) },
      ...(f.measure === 'frequency' ? { frequency: f.frequency } : {}),
      ...(f.measure === 'coverage' ? { coverage: f.coverage } : {}),
      ...(f.measure !== 'coverage' && f.range ? { range: f.range } : {}),
      ...(f.measure === 'duration' && f.from ? { from: f.from } : {}),
      qualifiers: f.qualifiers,
      ...(f.requirement ? { requirement: true } : {}),
      source: sourceOf(file, f.source, at),
    })),
    conflicts: result.conflicts.map((c) => ({ kind: c.kind, reason: c.reason, commitments: c.commitments, message: c.message })),
    blanks: result.blanks.map(({ file, item, at }) => ({ ...(item.kind ? { kind: item.kind } : {}), unit: item.unit, source: sourceOf(file, item.source, at) })),
    mismatches: result.mismatches.map((m) => ({
      commitment: m.commitment,
      expected: { values: m.expected.map((e) => ({ value: e.value, for: e.for, source: e.at })) },
      message: m.message,
    })),
  };
}

/** The report as diagnostics, printed like the checker's. */
export function auditDiagnostics(result: AuditResult): Diagnostic[] {
  const at = (i: number): SourceRef => {
    const { file, item } = result.commitments[i]!;
    return { file, line: item.source.line, column: item.source.column, endLine: item.source.line, endColumn: item.source.column + [...item.source.match].length };
  };
  const out: Diagnostic[] = [];
  for (const c of result.conflicts) {
    const [first, ...rest] = [...c.sides[1], ...c.sides[0]].sort((a, b) => b - a);
    out.push({
      ruleId: c.reason === 'requirement-not-met' ? 'audit/requirement-not-met' : 'audit/conflict',
      severity: 'error',
      message: `${c.message}${inWords(result.commitments[first!]!.at)}`,
      location: at(first!),
      related: rest.map((i) => ({ location: at(i), message: `${describeFinding(result.commitments[i]!.item)}${inWords(result.commitments[i]!.at)}: “${result.commitments[i]!.item.source.text.trim()}”` })),
      hint: 'Keep one value, or state the conditions (severity, zone, working hours, season, asset) that make both true.',
    });
  }
  for (const { file, item, at } of result.blanks) {
    out.push({
      ruleId: 'audit/blank',
      severity: 'error',
      message: `A time in ${item.unit}s is missing its number${inWords(at)}: “${item.source.text.trim()}”.`,
      location: { file, line: item.source.line, column: item.source.column },
      hint: 'Fill in the number before the document goes out.',
    });
  }
  for (const m of result.mismatches) {
    out.push({
      ruleId: 'audit/mismatch',
      severity: 'error',
      message: `${m.message}${inWords(result.commitments[m.commitment]!.at)}`,
      location: at(m.commitment),
      related: m.expected.slice(0, 6).map((e) => ({ location: e.at, message: `typed: ${e.value} (${e.for})` })),
      hint: 'Correct the document to the typed value, or change the content if the document is right.',
    });
  }
  return out;
}
