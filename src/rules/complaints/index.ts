import type { Rule } from '../define-rule.ts';
import stepDeadlines from './step-deadlines.ts';

export const complaintsRules: Rule[] = [stepDeadlines];
