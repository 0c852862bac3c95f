/**
 * Every id defined and every id used, with where, so that one rule can report dangling
 * references and another the definitions nobody uses.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';

export const REF_KINDS = {
  severity: 'severity level',
  zone: 'zone',
  window: 'time window',
  season: 'season',
  asset: 'asset class',
  'fault-type': 'fault type',
  system: 'system',
  role: 'role',
  channel: 'service channel',
  office: 'office',
  'law-category': 'statutory work category',
  'visit-kind': 'return-visit kind',
  'maintenance-level': 'maintenance level',
  module: 'course module',
  'service-levels': 'service-levels entry',
  warranty: 'warranty entry',
  visits: 'visits entry',
  complaints: 'complaints entry',
  records: 'records entry',
  team: 'team entry',
  resources: 'resources entry',
  courses: 'course',
  maintenance: 'maintenance schedule',
  procedures: 'procedure',
  handover: 'handover entry',
  record: 'record type',
} as const;
export type RefKind = keyof typeof REF_KINDS;

export interface Definition {
  kind: RefKind;
  id: string;
  /** Narrows the namespace: module ids are per course, level ids per schedule. */
  scope?: string;
  at: SourceRef;
  /** Whether an unused definition is worth a warning (law categories are not). */
  reportUnused: boolean;
}

export interface Reference {
  kind: RefKind;
  id: string;
  scope?: string;
  at: SourceRef;
}

export class ReferenceTable {
  readonly definitions: Definition[] = [];
  readonly references: Reference[] = [];
  private readonly index = new Map<string, Definition>();

  private static key(kind: RefKind, id: string, scope?: string) {
    return `${kind}\u0000${scope ?? ''}\u0000${id}`;
  }

  define(kind: RefKind, id: string, at: SourceRef, options: { scope?: string; reportUnused?: boolean } = {}): void {
    const def: Definition = { kind, id, at, scope: options.scope, reportUnused: options.reportUnused ?? true };
    this.definitions.push(def);
    const key = ReferenceTable.key(kind, id, options.scope);
    if (!this.index.has(key)) this.index.set(key, def);
  }

  use(kind: RefKind, id: string, at: SourceRef, scope?: string): void {
    this.references.push({ kind, id, at, scope });
  }

  lookup(ref: Reference): Definition | undefined {
    return this.index.get(ReferenceTable.key(ref.kind, ref.id, ref.scope));
  }

  /** All definitions of the same kind and scope, for "did you mean". */
  candidates(ref: Reference): string[] {
    return this.definitions.filter((d) => d.kind === ref.kind && d.scope === ref.scope).map((d) => d.id);
  }
}
