import type { Rule } from '../define-rule.ts';
import businessHours from './business-hours.ts';
import sevenByTwentyFour from './seven-by-twenty-four.ts';

export const coverageRules: Rule[] = [businessHours, sevenByTwentyFour];
