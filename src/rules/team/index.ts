import type { Rule } from '../define-rule.ts';
import headcount from './headcount.ts';

export const teamRules: Rule[] = [headcount];
