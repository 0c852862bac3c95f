/**
 * Turns zod's issues into located diagnostics written for content authors: the field,
 * what was expected, what was found, and a suggestion for a misspelt key.
 */
import type { ZodIssue } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, SchemaInvalidField, SchemaMissingField, SchemaUnknownKey } from '../diagnostics/catalogue.ts';
import type { YamlSource } from './yaml-source.ts';

export function issuesToDiagnostics(issues: readonly ZodIssue[], source: YamlSource, knownKeys: (path: (string | number)[]) => string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const raw of firstPerField(issues)) {
    const issue = pickUnionBranch(raw);
    const field = issue.path.length ? `\`${issue.path.join('.')}\`` : 'The file';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        // A key is printed in full only when it is short enough to be a typo.
        const shown = key.length > 60 ? `${key.slice(0, 40)}… (${key.length} characters)` : key;
        const known = knownKeys(issue.path);
        const params = { key: shown, parent: issue.path.length ? field : undefined, guess: closest(key, known), known };
        out.push(diagnosticFor(SchemaUnknownKey, source.locate([...issue.path, key], true), params));
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    out.push(
      missing
        ? diagnosticFor(SchemaMissingField, source.locate(issue.path.slice(0, -1)), { field, key: String(issue.path.at(-1)) })
        : diagnosticFor(SchemaInvalidField, source.locate(issue.path), { field, problem: describe(issue) }, { hint: hintFor(issue, valueAt(source.data, issue.path)) }),
    );
  }
  return dedupe(out);
}

/** For a union, report the branch that got furthest rather than zod's bare "Invalid input". */
function pickUnionBranch(issue: ZodIssue): ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = issue.unionErrors.map((e) => e.issues.map(pickUnionBranch));
  const depth = (list: ZodIssue[]) => Math.max(...list.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
  const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  const rootTypeErrors = branches.every((b) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === issue.path.length);
  if (rootTypeErrors) {
    // Nothing there at all: a missing field, whichever branch would have taken it.
    if (branches.every((b) => (b[0] as { received?: string }).received === 'undefined')) return branches[0]![0]!;
    const expected = branches.map((b) => (b[0] as { expected?: string }).expected).join(' or ');
    return { ...issue, code: 'custom', message: `expected ${expected}, found ${(branches[0]![0] as { received?: string }).received}.` };
  }
  return best[0] ?? issue;
}

function describe(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, found ${issue.received}.`;
    case 'invalid_enum_value':
      return `"${String(issue.received)}" is not one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}.`;
    case 'invalid_literal':
      return `expected "${String(issue.expected)}".`;
    case 'invalid_union_discriminator':
      return `expected one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}.`;
    case 'too_small':
      return issue.type === 'array' ? `needs at least ${String(issue.minimum)} item(s).` : `${issue.message.replace(/^\w/, (c) => c.toLowerCase())}.`.replace(/\.\.$/, '.');
    default:
      return `${issue.message.replace(/\.$/, '')}.`;
  }
}

/**
 * One problem per field: a value such as `.inf` breaks several checks at once (finite,
 * maximum, the duration's range), and the author needs to hear the most basic one.
 */
const PRIORITY: Partial<Record<ZodIssue['code'], number>> = { invalid_type: 0, not_finite: 1, invalid_enum_value: 1, too_small: 2, too_big: 2 };
function firstPerField(issues: readonly ZodIssue[]): ZodIssue[] {
  const best = new Map<string, ZodIssue>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || issue.code === 'invalid_union') {
      best.set(`${issue.path.join('.')}#${best.size}`, issue);
      continue;
    }
    const key = issue.path.join('.');
    const known = best.get(key);
    if (!known || (PRIORITY[issue.code] ?? 3) < (PRIORITY[known.code] ?? 3)) best.set(key, issue);
  }
  return [...best.values()];
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

function hintFor(issue: ZodIssue, value: unknown): string | undefined {
  // YAML reads a number too large for a double (1e309) as text: say so, not "remove the quotes".
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string' && /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)e[-+]?\d+$/i.test(value)) {
    return `${value} is too large to be a number; numbers in content are at most 100 000.`;
  }
  if (issue.code === 'invalid_enum_value') {
    const guess = closest(String(issue.received), issue.options.map(String));
    return guess ? `Did you mean "${guess}"?` : undefined;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number' && issue.received === 'string') return 'Write the number as digits without quotes; a duration is `{ amount: 2, unit: hour }`.';
  return undefined;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = `${d.location.line}:${d.location.column}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The known key nearest to a misspelt one, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
