import type { Rule } from '../define-rule.ts';
import levelInclusion from './level-inclusion.ts';
import statutoryNotOptional from './statutory-not-optional.ts';
import systemCoverage from './system-coverage.ts';

export const maintenanceRules: Rule[] = [levelInclusion, statutoryNotOptional, systemCoverage];
