/**
 * A bid's dates must tell one story: tender issued, bid signed before the deadline,
 * completion acceptance after the bid. A date out of order is a typo an evaluator spots
 * at once (a bid dated after the deadline is late on its face). With an acceptance date
 * the free warranty's expiry can be computed, and is reported for the writer to quote.
 */
import type { SourceRef } from '../../diagnostics/diagnostic.ts';
import { compareDates, formatDate, latestEnd, parseDate, type CalendarDate } from '../../model/dates.ts';
import { defineRule } from '../define-rule.ts';
import { describeFree } from '../warranty/shared.ts';

export default defineRule({
  meta: {
    id: 'dates/bid-timeline',
    severity: 'error',
    title: "A bid's dates are out of order; reports when its free warranty expires",
    source: 'DOMAIN.md check 17: dates compute (acceptance date + period → expiry); periods counted per 民法典 Arts. 201–202',
    messages: {
      notADate: 'The {{field}} "{{text}}" is not a calendar date: that month has no such day.',
      deadlineBeforeIssue: 'The tender deadline {{deadline}} is before the tender was issued ({{issued}}); one of the two is mistyped.',
      beforeIssue: 'The bid is dated {{date}}, before the tender was issued on {{issued}}; a bid cannot answer a tender it had not seen.',
      afterDeadline: 'The bid is dated {{date}}, after the tender deadline of {{deadline}}; a bid signed late is rejected on its face.',
      acceptanceTooEarly:
        'Completion acceptance is planned for {{acceptance}}, {{relation}} the bid date {{date}}; the works cannot be accepted before the contract is won, and the warranty expiry computed from it is wrong too.',
      expiry:
        'Counted from the planned completion acceptance on {{acceptance}}, the free warranty expires on {{expiry}}: its longest period is {{period}}.',
    },
  },
  check(model, ctx) {
    for (const bid of model.bids) {
      ctx.examined();
      const b = bid.entry.data;
      const read = (text: string | undefined, path: (string | number)[], field: string): CalendarDate | undefined => {
        if (text === undefined) return undefined;
        const date = parseDate(text);
        if (!date) ctx.report({ messageId: 'notADate', data: { field, text }, location: bid.entry.locate(path), hint: 'Check the day and the month (YYYY-MM-DD).' });
        return date;
      };
      const issued = read(b.tender.issued, ['tender', 'issued'], 'tender issue date');
      const deadline = read(b.tender.deadline, ['tender', 'deadline'], 'tender deadline');
      const date = read(b.date, ['date'], 'bid date');
      const acceptance = read(b.plannedAcceptance, ['plannedAcceptance'], 'planned acceptance date');
      const at = (path: (string | number)[]): SourceRef => bid.entry.locate(path);
      const data = { issued: b.tender.issued, deadline: b.tender.deadline, date: b.date, acceptance: b.plannedAcceptance ?? '' };

      if (issued && deadline && compareDates(deadline, issued) < 0) {
        // With the tender's own dates crossed, the bid date cannot be judged against them.
        ctx.report({
          messageId: 'deadlineBeforeIssue',
          data,
          location: at(['tender', 'deadline']),
          related: [{ location: at(['tender', 'issued']), message: `issued ${b.tender.issued}` }],
          hint: 'Copy both dates again from the tender notice (招标公告).',
        });
      } else {
        if (issued && date && compareDates(date, issued) < 0) {
          ctx.report({
            messageId: 'beforeIssue',
            data,
            location: at(['date']),
            related: [{ location: at(['tender', 'issued']), message: `the tender was issued on ${b.tender.issued}` }],
            hint: 'Date the bid on or after the issue date, normally the day it is signed and sealed.',
          });
        }
        if (deadline && date && compareDates(date, deadline) > 0) {
          ctx.report({
            messageId: 'afterDeadline',
            data,
            location: at(['date']),
            related: [{ location: at(['tender', 'deadline']), message: `the deadline is ${b.tender.deadline}` }],
            hint: 'Date the bid on or before the deadline (投标截止时间).',
          });
        }
      }
      if (acceptance && date && compareDates(acceptance, date) <= 0) {
        ctx.report({
          messageId: 'acceptanceTooEarly',
          data: { ...data, relation: compareDates(acceptance, date) === 0 ? 'the same day as' : 'before' },
          location: at(['plannedAcceptance']),
          related: [{ location: at(['date']), message: `the bid is dated ${b.date}` }],
          hint: 'Set `plannedAcceptance` to the completion acceptance (竣工验收) the project schedule foresees, after the bid date.',
        });
      }

      if (!acceptance) continue;
      const latest = latestEnd(acceptance, bid.freeWarranty, (f) => f.data.period);
      if (!latest) continue;
      const period = describeFree(model, latest.item);
      ctx.report({
        messageId: 'expiry',
        severity: 'info',
        data: { ...data, expiry: formatDate(latest.end), period },
        location: at(['plannedAcceptance']),
        related: [{ location: latest.item.at, message: `the longest free warranty: ${period}` }],
      });
    }
  },
});
