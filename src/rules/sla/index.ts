import type { Rule } from '../define-rule.ts';
import chains from './chains.ts';
import conflictingCommitments from './conflicting-commitments.ts';
import emergencyClause from './emergency-clause.ts';
import orderedTargets from './ordered-targets.ts';
import severityMonotonic from './severity-monotonic.ts';
import zoneMonotonic from './zone-monotonic.ts';

export const slaRules: Rule[] = [chains, conflictingCommitments, emergencyClause, orderedTargets, severityMonotonic, zoneMonotonic];
