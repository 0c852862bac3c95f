import type { Rule } from '../define-rule.ts';
import compliance from './compliance.ts';

export const tenderRules: Rule[] = [compliance];
