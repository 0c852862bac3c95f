import type { Rule } from '../define-rule.ts';
import bidTimeline from './bid-timeline.ts';

export const datesRules: Rule[] = [bidTimeline];
