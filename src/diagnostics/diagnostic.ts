/**
 * The one shape every problem takes, whether it comes from parsing, the schema or a rule.
 * Modelled on compiler diagnostics (tsc, Biome): a primary location, the other side of a
 * conflict as related locations, and a hint that says what to do.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface SourceRef {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Related {
  location: SourceRef;
  message: string;
}

export interface Diagnostic {
  /** Permanent id: 'parse/yaml', 'schema/invalid-field', 'sla/ordered-targets', … */
  ruleId: string;
  severity: Severity;
  /** What happened and why, as a full sentence. */
  message: string;
  location: SourceRef;
  related?: Related[];
  /** What to do about it. */
  hint?: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, position, then rule id — so output and snapshots never shuffle. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      rank[a.severity] - rank[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

export const compareRefs = (a: SourceRef, b: SourceRef) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
export const refKey = (r: SourceRef) => `${r.file}:${r.line}:${r.column}`;
