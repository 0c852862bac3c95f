/**
 * The complaint procedure (投诉处理) in steps, each due within its time of the complaint
 * being received. Since every step counts from the same moment, a later step can never
 * be due sooner than an earlier one, and the last must be done before the outcome is
 * promised to the client. The receiver (投诉受理人) is one of ours.
 */
import { zh } from '../../schema/localized.ts';
import { defineRule } from '../define-rule.ts';
import { compareWorst, formatDuration, spanOf, type Span } from '../../time/duration.ts';
import { sideChecker } from '../shared/roles.ts';

export default defineRule({
  meta: {
    id: 'complaints/step-deadlines',
    severity: 'error',
    title: 'Complaint steps fall due out of order or after the promised close, or the receiver is not staff',
    source: 'DOMAIN.md: the complaint procedure (投诉, part of the scored 服务制度); times ordered and compared at their worst case as in check 4',
    messages: {
      earlier:
        'Step {{step}} ("{{text}}") of "{{procedure}}" is due within {{within}} of the complaint, but the earlier step {{otherStep}} ("{{otherText}}") is allowed up to {{otherWithin}}; each step counts from the complaint, so a later step cannot fall due first.',
      afterClose:
        'Step {{step}} ("{{text}}") of "{{procedure}}" is allowed up to {{within}}, but the client is promised the outcome within {{close}} of complaining; the procedure cannot finish in the time it promises.',
      receiverClient:
        'The complaints of "{{procedure}}" are received by {{role}}, a client role; the receiver (投诉受理人) is one of our staff.',
    },
  },
  check(model, ctx) {
    const wrongSide = sideChecker(model);
    for (const procedure of model.entries.complaints) {
      const d = procedure.data;
      const withinAt = (i: number) => procedure.locate(['steps', i, 'within']);
      // The step due latest so far; a step whose time cannot be computed (a business
      // clock without service hours) is skipped rather than guessed.
      let latest: { i: number; span: Span } | undefined;
      d.steps.forEach((s, i) => {
        ctx.examined();
        const span = spanOf(s.within, model.serviceHours);
        if (!span) return;
        if (latest && compareWorst(span, latest.span) < 0) {
          const other = d.steps[latest.i]!;
          ctx.report({
            messageId: 'earlier',
            data: {
              step: i + 1, text: zh(s.text), procedure: procedure.id, within: formatDuration(s.within),
              otherStep: latest.i + 1, otherText: zh(other.text), otherWithin: formatDuration(other.within),
            },
            location: withinAt(i),
            related: [{ location: withinAt(latest.i), message: `step ${latest.i + 1}: within ${formatDuration(other.within)}` }],
            hint: `Give step ${i + 1} at least ${formatDuration(other.within)}, or put the steps in the order they are done.`,
          });
          return;
        }
        latest = { i, span };
      });

      const close = spanOf(d.closeWithin, model.serviceHours);
      if (latest && close && compareWorst(latest.span, close) > 0) {
        const s = d.steps[latest.i]!;
        ctx.report({
          messageId: 'afterClose',
          data: { step: latest.i + 1, text: zh(s.text), procedure: procedure.id, within: formatDuration(s.within), close: formatDuration(d.closeWithin) },
          location: withinAt(latest.i),
          related: [{ location: procedure.locate(['closeWithin']), message: `closed within ${formatDuration(d.closeWithin)}` }],
          hint: `Shorten step ${latest.i + 1} to ${formatDuration(d.closeWithin)} at most, or promise the outcome later in \`closeWithin\`.`,
        });
      }

      const receiver = wrongSide(d.receiver, 'staff');
      if (receiver) {
        ctx.report({
          messageId: 'receiverClient',
          data: { procedure: procedure.id, role: receiver.described },
          location: procedure.locate(['receiver']),
          related: [receiver.related],
          hint: 'Name the staff role that takes complaints, e.g. the after-sales lead.',
        });
      }
    }
  },
});
