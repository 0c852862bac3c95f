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
  for (const raw of issues) {
    const issue = pickUnionBranch(raw);
    const field = issue.path.length ? `\`${issue.path.join('.')}\`` : 'The file';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys(issue.path);
        const params = { key, parent: issue.path.length ? field : undefined, guess: closest(key, known), known };
        out.push(diagnosticFor(SchemaUnknownKey, source.locate([...issue.path, key], true), params));
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    out.push(
      missing
        ? diagnosticFor(SchemaMissingField, source.locate(issue.path.slice(0, -1)), { field, key: String(issue.path.at(-1)) })
        : diagnosticFor(SchemaInvalidField, source.locate(issue.path), { field, problem: describe(issue) }, { hint: hintFor(issue) }),
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

function hintFor(issue: ZodIssue): string | undefined {
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
