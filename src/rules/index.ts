/**
 * The rule registry, sorted by id. A rule file not listed here does not run; a test
 * checks that every rule has its fixtures and its docs page.
 */
import type { Rule } from './define-rule.ts';
import referencesResolve from './references/resolve.ts';
import referencesUnused from './references/unused.ts';
import slaConflictingCommitments from './sla/conflicting-commitments.ts';

export const rules: readonly Rule[] = [
  referencesResolve,
  referencesUnused,
  slaConflictingCommitments,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
