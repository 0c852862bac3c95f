/**
 * The documents of a bid: which exist, and how each is built from the model. The CLI and the
 * build ask here; renderers never do.
 */
import type { BidNode, Model } from '../model/model.ts';
import { checklist } from './builders/checklist.ts';
import { coursePack } from './builders/course-pack.ts';
import { buildContext } from './builders/context.ts';
import { deviationTable } from './builders/deviation.ts';
import { commitmentLetter } from './builders/letter.ts';
import { serviceManual } from './builders/manual.ts';
import { proposal } from './builders/proposal.ts';
import { syllabus } from './builders/syllabus.ts';
import { warrantyCertificate } from './builders/warranty.ts';
import { yearPlan } from './builders/year-plan.ts';
import type { Document, Locale } from './nodes.ts';

export const DOCUMENT_KINDS = ['proposal', 'proposal-anonymous', 'letter', 'deviation', 'warranty-certificate', 'manual', 'syllabus', 'course-pack', 'checklist', 'year-plan'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Prose a builder takes from a template, already rendered for the bid (Markdown). */
export interface Prose {
  letter?: string;
}

/**
 * The documents of one kind for a bid: one; or one per course for the syllabus and the
 * trainer's pack, one per
 * maintenance level of each system for the checklist (none where the bid has none).
 */
export function buildDocuments(kind: DocumentKind, model: Model, bid: BidNode, locale: Locale, prose: Prose = {}): Document[] {
  switch (kind) {
    case 'proposal':
      return [proposal(buildContext(model, bid, locale))];
    case 'proposal-anonymous':
      return [proposal(buildContext(model, bid, locale, true))];
    case 'letter':
      return [commitmentLetter(buildContext(model, bid, locale), prose.letter ?? '')];
    case 'deviation':
      return [deviationTable(buildContext(model, bid, locale))];
    case 'warranty-certificate':
      return [warrantyCertificate(buildContext(model, bid, locale))];
    case 'manual':
      return [serviceManual(buildContext(model, bid, locale))];
    case 'syllabus': {
      const cx = buildContext(model, bid, locale);
      return bid.courses.map((c) => syllabus(cx, c));
    }
    case 'course-pack': {
      const cx = buildContext(model, bid, locale);
      return bid.courses.map((c) => coursePack(cx, c));
    }
    case 'checklist': {
      const cx = buildContext(model, bid, locale);
      return bid.maintenance.flatMap((m) => m.data.levels.map((level) => checklist(cx, m, level)));
    }
    case 'year-plan':
      return bid.maintenance.length ? [yearPlan(buildContext(model, bid, locale))] : [];
  }
}
