import type { Rule } from '../define-rule.ts';
import cycles from './cycles.ts';
import resolve from './resolve.ts';
import unused from './unused.ts';

export const referenceRules: Rule[] = [cycles, resolve, unused];
