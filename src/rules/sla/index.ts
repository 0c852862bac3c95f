import type { Rule } from '../define-rule.ts';
import conflictingCommitments from './conflicting-commitments.ts';

export const slaRules: Rule[] = [conflictingCommitments];
