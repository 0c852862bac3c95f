import type { Rule } from '../define-rule.ts';
import singleOrganisation from './single-organisation.ts';

export const projectRules: Rule[] = [singleOrganisation];
