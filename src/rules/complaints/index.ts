import type { Rule } from '../define-rule.ts';

export const complaintsRules: Rule[] = [];
