import type { Rule } from '../define-rule.ts';
import certificateNeedsAssessment from './certificate-needs-assessment.ts';
import moduleOrder from './module-order.ts';
import totals from './totals.ts';
import trainees from './trainees.ts';

export const trainingRules: Rule[] = [certificateNeedsAssessment, moduleOrder, totals, trainees];
