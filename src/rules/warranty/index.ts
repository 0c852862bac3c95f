import type { Rule } from '../define-rule.ts';
import afterService from './after-service.ts';
import freeVsStatutory from './free-vs-statutory.ts';
import startEvent from './start-event.ts';
import statutoryMinimum from './statutory-minimum.ts';
import vaguePromise from './vague-promise.ts';

export const warrantyRules: Rule[] = [afterService, freeVsStatutory, startEvent, statutoryMinimum, vaguePromise];
