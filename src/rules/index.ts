/**
 * The rule registry, sorted by id. Each group lists its rules in its own index.ts; a
 * test checks that every rule has its fixtures and its docs page.
 */
import type { Rule } from './define-rule.ts';
import { complaintsRules } from './complaints/index.ts';
import { coverageRules } from './coverage/index.ts';
import { datesRules } from './dates/index.ts';
import { i18nRules } from './i18n/index.ts';
import { maintenanceRules } from './maintenance/index.ts';
import { proceduresRules } from './procedures/index.ts';
import { proseRules } from './prose/index.ts';
import { projectRules } from './project/index.ts';
import { recordsRules } from './records/index.ts';
import { referenceRules } from './references/index.ts';
import { slaRules } from './sla/index.ts';
import { teamRules } from './team/index.ts';
import { tenderRules } from './tender/index.ts';
import { trainingRules } from './training/index.ts';
import { visitsRules } from './visits/index.ts';
import { warrantyRules } from './warranty/index.ts';

export const rules: readonly Rule[] = [
  ...complaintsRules,
  ...coverageRules,
  ...datesRules,
  ...i18nRules,
  ...maintenanceRules,
  ...proceduresRules,
  ...projectRules,
  ...proseRules,
  ...recordsRules,
  ...referenceRules,
  ...slaRules,
  ...teamRules,
  ...tenderRules,
  ...trainingRules,
  ...visitsRules,
  ...warrantyRules,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
