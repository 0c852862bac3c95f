/**
 * A 7×24 promise is only as good as the people behind it: the hotline channel(s) that
 * carry it must, together, be answered every hour of the week (a 5×8 service desk and a
 * 7×24 duty mobile are enough), and the duty rota of the team that serves the
 * bid must leave no hour of the 168 unstaffed.
 */
import { defineRule } from '../define-rule.ts';
import type { Related } from '../../diagnostics/diagnostic.ts';
import type { Entry } from '../../content/load.ts';
import { complement, describeWeekSet, isEmpty, minutesIn, union, weekSetOf, type WeekSet } from '../../time/week.ts';

/** "周六 00:00–08:00 (Sat); 周日 00:00–08:00 (Sun)". */
const gapsOf = (gap: WeekSet) => describeWeekSet(gap).join('; ');
const hoursOf = (gap: WeekSet) => String(Math.round((minutesIn(gap) / 60) * 100) / 100);

export default defineRule({
  meta: {
    id: 'coverage/seven-by-twenty-four',
    severity: 'error',
    title: 'A 7×24 promise is not backed by hotline channels answered every hour and a full duty rota',
    source: 'DOMAIN.md check 7: a 7×24 promise needs staffed coverage for all 168 hours of the week (duty rota, hotline hours)',
    messages: {
      noHotline:
        'The service-levels entry "{{entry}}" promises 7×24 service but names no `hotline` channel, so nothing shows how a client reaches anyone at night or at the weekend.',
      hotlineHours:
        'The 7×24 promise rests on the channel "{{channel}}", which nobody answers for {{hours}} of the week\'s 168 hours: {{gaps}}.',
      hotlinesHours:
        'The 7×24 promise rests on the channels {{channels}}, but even together they leave {{hours}} of the week\'s 168 hours unanswered: {{gaps}}.',
      rotaGap:
        'The 7×24 promise of "{{entry}}" is not staffed: the duty rota (值班表) of team "{{team}}" leaves {{hours}} of the week\'s 168 hours without anyone on duty: {{gaps}}.',
    },
  },
  check(model, ctx) {
    const org = model.organisation;
    for (const entry of model.entries['service-levels']) {
      ctx.examined();
      if (entry.data.promise !== '7x24') continue;
      const promise = { location: entry.locate(['promise']), message: `7×24 promised by "${entry.id}"` };

      if (!entry.data.hotline) {
        ctx.report({
          messageId: 'noHotline',
          data: { entry: entry.id },
          location: entry.locate(['promise']),
          hint: 'Set `hotline:` to the id of a channel in the organisation that is answered `always`.',
        });
      } else {
        // The channels that carry the promise answer, together, in the union of their hours.
        // An unknown channel id is references/resolve's concern.
        const ids = typeof entry.data.hotline === 'string' ? [entry.data.hotline] : entry.data.hotline;
        const channels = ids.flatMap((id) => {
          const index = org?.data.channels.findIndex((c) => c.id === id) ?? -1;
          return index >= 0 ? [{ channel: org!.data.channels[index]!, hoursAt: org!.locate(['channels', index, 'hours']) }] : [];
        });
        ctx.examined(channels.length);
        const gap = complement(union(...channels.map((c) => weekSetOf(c.channel.hours))));
        if (channels.length && !isEmpty(gap)) {
          const related = channels.map((c) => ({ location: c.hoursAt, message: `when "${c.channel.id}" is answered` }));
          if (channels.length === 1) {
            ctx.report({
              messageId: 'hotlineHours',
              data: { channel: channels[0]!.channel.id, hours: hoursOf(gap), gaps: gapsOf(gap) },
              location: entry.locate(['hotline']),
              related,
              hint: `Set the channel's \`hours: always\` (with a night and weekend duty phone behind it), add such a duty line to \`hotline: [${ids.join(', ')}, …]\`, or make this entry's promise 5x8.`,
            });
          } else {
            ctx.report({
              messageId: 'hotlinesHours',
              data: { channels: channels.map((c) => `"${c.channel.id}"`).join(', '), hours: hoursOf(gap), gaps: gapsOf(gap) },
              location: entry.locate(['hotline']),
              related,
              hint: 'Add a channel answered in those hours (a duty mobile, `hours: always`) to `hotline`, extend one channel\'s hours over them, or make this entry\'s promise 5x8.',
            });
          }
        }
      }

      // The teams that must staff it: those of the bids that apply the entry, or, while
      // no bid applies it yet, every team it could be paired with.
      const bids = model.bids.filter((b) => b.serviceLevels.includes(entry));
      const teams = new Map<Entry<'team'>, Related[]>();
      if (bids.length) {
        for (const bid of bids) {
          if (!bid.team) continue;
          const via = { location: bid.entry.locate(['applies', 'team']), message: `bid "${bid.entry.id}" pairs it with team "${bid.team.id}"` };
          teams.set(bid.team, [...(teams.get(bid.team) ?? []), via]);
        }
      } else {
        for (const team of model.entries.team) teams.set(team, []);
      }
      for (const [team, via] of teams) {
        ctx.examined();
        const gap = complement(union(...team.data.rota.map((r) => weekSetOf(r.hours))));
        if (isEmpty(gap)) continue;
        ctx.report({
          messageId: 'rotaGap',
          data: { entry: entry.id, team: team.id, hours: hoursOf(gap), gaps: gapsOf(gap) },
          location: team.data.rota.length ? team.locate(['rota'], true) : team.locate(['name'], true),
          related: [promise, ...via],
          hint: team.data.rota.length
            ? 'Add rota lines (e.g. a night or weekend duty engineer) until every hour of the week is covered, or promise 5x8 instead.'
            : 'Add a `rota:` listing who is on duty when (e.g. `- { role: engineer, hours: always }`), or promise 5x8 instead.',
        });
      }
    }
  },
});
