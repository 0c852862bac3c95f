/**
 * A training plan's stated totals must add up: the class hours (课时) it states are the
 * sum of its modules, and its days times class hours a day give the same number. Tenders
 * score and set floors on the stated total ("不少于40课时"), so a total the modules do not
 * support is an overstatement an evaluator can find with a pencil.
 */
import { defineRule } from '../define-rule.ts';

// Class hours may be halves; sums of binary fractions can leave a tail like 35.999999.
const round = (n: number) => Number(n.toFixed(6));
const daysText = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export default defineRule({
  meta: {
    id: 'training/totals',
    severity: 'error',
    title: "A course's stated class hours differ from its modules or its days",
    source: 'DOMAIN.md check 12: stated total hours/days = sum of module hours (days × hours per day)',
    messages: {
      modules:
        'The course "{{course}}" states {{stated}} class hours (课时) in all, but its {{count}} modules add up to {{sum}}; the tender scores the stated total, and the modules do not support it.',
      days:
        'The course "{{course}}" is scheduled as {{days}} of {{perDay}} class hours, which makes {{product}}, but it states {{stated}} class hours in all.',
    },
  },
  check(model, ctx) {
    for (const course of model.entries.courses) {
      const d = course.data;
      ctx.examined();
      const sum = round(d.modules.reduce((s, m) => s + m.hours, 0));
      const product = round(d.days * d.hoursPerDay);
      const stated = d.totalHours;
      const schedule = `${d.days} × ${d.hoursPerDay} = ${product}`;

      if (sum !== stated) {
        const note =
          product === stated
            ? ` The schedule (${schedule}) follows the stated total, so change \`days\` or \`hoursPerDay\` with it.`
            : product === sum
              ? ` The schedule (${schedule}) already agrees with the modules.`
              : '';
        ctx.report({
          messageId: 'modules',
          data: { course: course.id, stated, count: d.modules.length, sum },
          location: course.locate(['totalHours']),
          related: d.modules.map((m, i) => ({ location: course.locate(['modules', i, 'hours']), message: `module "${m.id}": ${m.hours} class hours` })),
          hint: `Make \`totalHours\` ${sum}, or correct the module hours if ${stated} is the promise.${note}`,
        });
      }

      // When the schedule agrees with the modules, the stated total is the one wrong
      // number and the report above already says so.
      if (product !== stated && product !== sum) {
        ctx.report({
          messageId: 'days',
          data: { course: course.id, days: daysText(d.days), perDay: d.hoursPerDay, product, stated },
          location: course.locate(['days']),
          related: [
            { location: course.locate(['hoursPerDay']), message: `${d.hoursPerDay} class hours a day` },
            { location: course.locate(['totalHours']), message: `the stated total: ${stated} class hours` },
          ],
          hint:
            sum === stated
              ? `Set \`days\` and \`hoursPerDay\` so that they multiply to ${stated}, e.g. ${daysText(round(stated / d.hoursPerDay))} of ${d.hoursPerDay}.`
              : `Once \`totalHours\` agrees with the modules (${sum}), set \`days\` and \`hoursPerDay\` so that they multiply to it.`,
        });
      }
    }
  },
});
