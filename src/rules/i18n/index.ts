import type { Rule } from '../define-rule.ts';
import missingTranslation from './missing-translation.ts';

export const i18nRules: Rule[] = [missingTranslation];
