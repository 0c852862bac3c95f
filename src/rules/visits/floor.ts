/**
 * A visit plan states its floor ("每年不少于两次，首次在交付后半年内") and then a schedule;
 * the schedule must keep the floor in every year of the warranty, or the plan promises
 * what it does not plan. Years are warranty years counted from completion acceptance,
 * over the longest free warranty in force.
 */
import type { Report } from '../define-rule.ts';
import { defineRule } from '../define-rule.ts';
import { addDuration, compareDates, daysBetween, formatDate, lastsAtLeast } from '../../model/dates.ts';
import { formatDuration } from '../../time/duration.ts';
import { describeFree } from '../warranty/shared.ts';
import { contextOf, visitTimelines } from './timeline.ts';

type MessageId = 'noFirst' | 'lateFirst' | 'shortYears';

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export default defineRule({
  meta: {
    id: 'visits/floor',
    severity: 'error',
    title: 'The return-visit schedule does not keep the plan’s own floor',
    source: 'DOMAIN.md check 14: the return-visit plan meets its stated floor ("每年不少于两次, 首次在交付后半年内")',
    messages: {
      noFirst:
        'The floor promises the first return visit (首次回访) within {{within}} of completion acceptance, but no visit in the schedule is dated from acceptance (`after`), so nothing keeps that promise.',
      lateFirst:
        'The first return visit is planned {{after}} after completion acceptance, later than the {{within}} the floor promises for it (首次回访).',
      shortYears:
        'The floor promises at least {{perYear}} (回访) in every warranty year, but the schedule plans fewer in {{years}} of the {{total}} warranty years ({{context}}): {{detail}}.',
    },
  },
  check(model, ctx) {
    for (const plan of model.entries.visits) {
      const { floor, schedule } = plan.data;
      // Bids applying the same plan with the same warranty would repeat the same report.
      const seen = new Set<string>();
      const report = (r: Report<MessageId>) => {
        const key = JSON.stringify([r.messageId, r.location, r.data]);
        if (seen.has(key)) return;
        seen.add(key);
        ctx.report(r);
      };
      const firstWithinAt = plan.locate(['floor', 'firstWithin']);

      for (const t of visitTimelines(model, plan)) {
        ctx.examined();
        const fromAcceptance = schedule.flatMap((s, i) => (s.after ? [{ i, after: s.after, date: t.dates[i] }] : []));
        const limit = addDuration(t.start, floor.firstWithin);
        if (!fromAcceptance.length) {
          report({ messageId: 'noFirst', data: { within: formatDuration(floor.firstWithin) }, location: firstWithinAt, hint: `Schedule a visit with \`after:\` no later than ${formatDuration(floor.firstWithin)}.` });
        } else {
          const inTime = fromAcceptance.some((v) =>
            v.date && limit ? compareDates(v.date, limit) <= 0 : lastsAtLeast(floor.firstWithin, v.after, model.serviceHours) === true,
          );
          if (!inTime) {
            const first = fromAcceptance.reduce((a, b) => (a.date && b.date && compareDates(b.date, a.date) < 0 ? b : a));
            report({
              messageId: 'lateFirst',
              data: { after: formatDuration(first.after), within: formatDuration(floor.firstWithin) },
              location: plan.locate(['schedule', first.i, 'after']),
              related: [{ location: firstWithinAt, message: `the floor: the first visit within ${formatDuration(floor.firstWithin)}` }],
              hint: `Bring the first visit forward to ${formatDuration(floor.firstWithin)} or less after acceptance.`,
            });
          }
        }

        if (!t.warranty) continue;
        const { end } = t.warranty;
        const short: { year: number; detail: string }[] = [];
        let year = 0;
        for (let from = t.start; compareDates(from, end) < 0; ) {
          year++;
          const full = addDuration(t.start, { amount: year, unit: 'year' })!;
          const partial = compareDates(full, end) > 0;
          const to = partial ? end : full;
          // Year 1 takes acceptance day itself; every later year starts the day after the last ended.
          const count = t.dates.filter((d) => d && compareDates(d, from) >= (year === 1 ? 0 : 1) && compareDates(d, to) <= 0).length;
          // A final part year owes its share of the floor, rounded down.
          const needed = partial ? Math.floor((floor.perYear * daysBetween(from, to)) / daysBetween(from, full)) : floor.perYear;
          if (count < needed) short.push({ year, detail: `year ${year}${partial ? ' (a part year)' : ''} has ${count} of ${needed}` });
          from = to;
        }
        if (!short.length) continue;
        const period = describeFree(model, t.warranty.node);
        const dated = t.bid?.entry.data.plannedAcceptance ? `, ending ${formatDate(end)}` : '';
        report({
          messageId: 'shortYears',
          data: {
            perYear: `${floor.perYear} return visit${floor.perYear === 1 ? '' : 's'}`,
            years: `${short.length === 1 ? 'year' : 'years'} ${list(short.map((s) => String(s.year)))}`,
            total: year,
            detail: list(short.map((s) => s.detail)),
            context: contextOf(t),
          },
          location: plan.locate(['floor', 'perYear']),
          related: [{ location: t.warranty.node.at, message: `the longest free warranty: ${period}${dated}` }],
          hint: 'Schedule more visits in those years (`after:` counts from acceptance, `before:` back from the end of the warranty), or state a floor the schedule keeps.',
        });
      }
    }
  },
});
