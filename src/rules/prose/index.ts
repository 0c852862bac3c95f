import type { Rule } from '../define-rule.ts';
import typedValues from './typed-values.ts';

export const proseRules: Rule[] = [typedValues];
