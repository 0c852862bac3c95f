import type { Rule } from '../define-rule.ts';
import retention from './retention.ts';

export const recordsRules: Rule[] = [retention];
