import type { Rule } from '../define-rule.ts';
import floor from './floor.ts';
import preExpiry from './pre-expiry.ts';

export const visitsRules: Rule[] = [floor, preExpiry];
