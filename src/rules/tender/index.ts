import type { Rule } from '../define-rule.ts';

export const tenderRules: Rule[] = [];
