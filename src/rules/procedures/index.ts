import type { Rule } from '../define-rule.ts';
import targetCommitted from './target-committed.ts';

export const proceduresRules: Rule[] = [targetCommitted];
