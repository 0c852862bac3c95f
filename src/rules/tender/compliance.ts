/**
 * Tender compliance: every requirement of a bid's tender set against what the bid offers.
 * A negative deviation (负偏离) loses points or, on a ★ clause, the whole bid; it is an
 * error unless the bid declares it knowingly, and never allowed on a ★ clause.
 */
import { defineRule } from '../define-rule.ts';
import { assessBid, type Reason } from '../../model/compliance.ts';
import { describeAssessment } from '../../model/compliance-words.ts';
import { DEVIATION_LABELS } from '../../model/labels.ts';
import type { Related } from '../../diagnostics/diagnostic.ts';
import type { Requirement } from '../../schema/index.ts';
import { zh } from '../../schema/localized.ts';

/** The key holding the requirement's bound, where a deviation is reported. */
const boundKey = (r: Requirement) =>
  r.measure === 'statement' ? (r.deviation ? 'deviation' : 'answer') : r.measure === 'provide' ? (r.min ? 'min' : 'item') : 'max' in r && r.max ? 'max' : 'min' in r ? 'min' : 'promise';

/** How the offer is improved: most measures by a bid override; provisions and statements in their own places. */
function improve(r: Requirement, starred = false): string {
  if (r.measure === 'provide') {
    return r.item === 'resident-engineer'
      ? 'station engineers on site and mark those team members `resident: true` in the applied team entry'
      : r.item === 'loaner'
        ? 'list equal-grade loaners for the project\'s systems in the applied resources entry (`spares` with `loaner: true`)'
        : 'list spare parts for the project\'s systems in the applied resources entry (`spares`)';
  }
  if (r.measure === 'statement') return 'revise the answer so that it meets the clause (and its `deviation` with it)';
  return starred ? 'improve the offer, e.g. with a bid `overrides` entry' : 'improve the offer (e.g. with a bid `overrides` entry)';
}

/** What makes a requirement comparable again. */
function unknownHint(r: Reason): string {
  if (r.reason === 'incomparable' && r.why === 'chain-broken') {
    return 'Commit the step the offer is counted from under these conditions (or count the offer from the report), so that its time from the report can be added up.';
  }
  if (r.reason === 'incomparable' && r.why === 'other-event') {
    return 'Count the requirement and our commitment from the same event (`from:`), so that the deviation can be proved.';
  }
  if (r.reason === 'unresolved') return 'Fix the bid\'s `applies` reference (references/resolve reports it).';
  return 'State the requirement and our offer in comparable units (hours with hours, years with years), and define the organisation\'s `serviceHours` for business clocks, so that the deviation can be proved.';
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default defineRule({
  meta: {
    id: 'tender/compliance',
    severity: 'error',
    title: 'The bid falls short of a tender requirement (负偏离) without declaring it',
    source: 'DOMAIN.md check 11 and bid conventions: each requirement is 正/无/负偏离; a negative deviation is an error unless accepted, and none is allowed on ★ clauses (practice)',
    messages: {
      negative:
        'Clause {{clause}} ("{{text}}") is not met: {{reason}}. This is a negative deviation (负偏离), which evaluators mark down and which the deviation table would have to declare.',
      negativeStarred:
        'Clause ★{{clause}} ("{{text}}") is not met: {{reason}}. A negative deviation (负偏离) on a ★ clause makes the bid invalid.',
      accepted: 'Accepted negative deviation on clause {{clause}}: {{reason}}. Declared reason: {{declared}}.',
      acceptedStarred:
        'Clause ★{{clause}} declares an accepted negative deviation ({{reason}}), but a negative deviation on a ★ clause makes the bid invalid; it cannot be accepted.',
      stale:
        'Clause {{clause}} declares an accepted negative deviation, but the bid is not short of it ({{deviation}}: {{reason}}); the declaration is stale and would put a false 负偏离 in the deviation table.',
      unknown: 'Clause {{clause}} ("{{text}}") cannot be judged: {{reason}}.',
    },
  },
  check(model, ctx) {
    for (const bid of model.bids) {
      for (const a of assessBid(bid, model)) {
        const { requirement: req, index } = a;
        const words = describeAssessment(a, 'en');
        ctx.examined();
        const path = ['requirements', index];
        const at = bid.entry.locate([...path, boundKey(req)]);
        const acceptedAt = bid.entry.locate([...path, 'acceptedDeviation'], true);
        const offer: Related[] = a.at ? [{ location: a.at, message: `our offer: ${words.value}` }] : [];
        const data = { clause: req.clause, text: zh(req.text), reason: words.reason };
        const accepted = req.acceptedDeviation;

        if (a.deviation === 'unknown') {
          ctx.report({
            messageId: 'unknown', severity: 'warning', data, location: at, related: offer,
            hint: unknownHint(a.reason),
          });
        } else if (a.deviation !== 'negative') {
          if (accepted) {
            ctx.report({
              messageId: 'stale', severity: 'warning', location: acceptedAt, related: offer,
              data: { ...data, deviation: `${DEVIATION_LABELS[a.deviation].zh} ${DEVIATION_LABELS[a.deviation].en}` },
              hint: 'Remove `acceptedDeviation` from this requirement.',
            });
          }
        } else if (accepted && req.starred) {
          ctx.report({
            messageId: 'acceptedStarred', data, location: acceptedAt, related: offer,
            hint: 'Meet the ★ clause (e.g. with a bid override of the commitment) and remove `acceptedDeviation`; a ★ clause admits no negative deviation.',
          });
        } else if (accepted) {
          ctx.report({ messageId: 'accepted', severity: 'info', data: { ...data, declared: zh(accepted.reason).replace(/[。.]$/, '') }, location: acceptedAt, related: offer });
        } else {
          ctx.report({
            messageId: req.starred ? 'negativeStarred' : 'negative', data, location: at, related: offer,
            hint: req.starred
              ? `Meet the ★ clause: ${improve(req, true)}; a ★ clause admits no negative deviation.`
              : `${capital(improve(req))}, or, if the shortfall is deliberate, declare \`acceptedDeviation: { reason: … }\` on this requirement.`,
          });
        }
      }
    }
  },
});
