import type { Rule } from '../define-rule.ts';

export const coverageRules: Rule[] = [];
