/**
 * A time counted from an earlier step of the repair (到场后48小时内修复, 备件到货后8小时内修复)
 * only means something when that step has a time of its own, under the same conditions,
 * and the steps lead back to the fault report. A missing step or a loop leaves the time
 * with no start: nobody can say when it falls due, and no other rule or tender clause can
 * judge it.
 */
import { defineRule } from '../define-rule.ts';
import { refKey, type Related } from '../../diagnostics/diagnostic.ts';
import { describeConditions } from '../../model/conditions.ts';
import { EVENT_TARGET, stepsOf } from '../../model/chains.ts';
import type { ChainNode, CommitmentNode } from '../../model/model.ts';
import { chainGroups, eventLabel, locateInCommitment, targetLabel } from './worst-case.ts';

/** "resolution from onsite". */
const stepName = (c: CommitmentNode) => `${c.target} from ${c.from}`;

/** The cause a broken chain comes down to: the commitment with no step, or the loop. */
const causeOf = (b: NonNullable<ChainNode['broken']>) =>
  b.reason === 'no-step' ? `no-step|${refKey(b.path[b.path.length - 1]!.at)}` : `cycle|${b.path.map((c) => refKey(c.at)).sort().join('|')}`;

/** The shortest run of steps from `start` into the loop (start first, the loop member last excluded). */
function leadInto(list: readonly CommitmentNode[], start: CommitmentNode, loop: readonly CommitmentNode[]): CommitmentNode[] {
  let paths: CommitmentNode[][] = [[start]];
  for (let depth = 0; depth < list.length && paths.length; depth++) {
    const next: CommitmentNode[][] = [];
    for (const p of paths) {
      for (const s of stepsOf(list, p[p.length - 1]!)) {
        if (loop.includes(s)) return p;
        if (!p.includes(s)) next.push([...p, s]);
      }
    }
    paths = next;
  }
  return [];
}

export default defineRule({
  meta: {
    id: 'sla/chains',
    severity: 'error',
    title: 'A time is counted from a step that has no time of its own, or the steps form a loop',
    source: 'DOMAIN.md check 4 (times ordered from the fault report); real plans count 修复 from 到场 and 备件到货, which only holds if those steps are promised',
    messages: {
      noStep:
        'The chain {{chain}} has no first step: {{target}} is counted from {{event}}, but no {{step}} commitment holds {{when}}, so the time from the fault report cannot be known and neither the ordering rules nor the tender comparison can judge it.',
      cycle:
        'The chain {{chain}} goes round in a loop: {{target}} is counted from {{event}}, which is itself counted, step by step, from {{target}}; none of these times has a start, so none can be measured from the fault report.',
    },
  },
  check(model, ctx) {
    const reported = new Set<string>();
    for (const { list, chains } of chainGroups(model)) {
      // Every chain broken by one cause, so the cause is reported once with all it breaks.
      const byCause = new Map<string, { broken: NonNullable<ChainNode['broken']>; dependents: CommitmentNode[] }>();
      for (const chain of chains) {
        ctx.examined();
        const broken = chain.broken;
        if (!broken) continue;
        const key = causeOf(broken);
        const group = byCause.get(key) ?? { broken, dependents: [] };
        // Of the paths found for one missing step, the longest names the whole chain.
        if (broken.path.length > group.broken.path.length) group.broken = broken;
        group.dependents.push(chain.commitment);
        byCause.set(key, group);
      }

      for (const [key, { broken, dependents }] of byCause) {
        if (reported.has(key)) continue;
        reported.add(key);
        const last = broken.path[broken.path.length - 1]!;
        let steps: CommitmentNode[];
        if (broken.reason === 'no-step') {
          steps = broken.path;
        } else {
          // The loop, led into by the longest of the chains it breaks.
          const leads = dependents.filter((d) => !broken.path.includes(d)).map((d) => leadInto(list, d, broken.path));
          const lead = leads.reduce<CommitmentNode[]>((a, b) => (b.length > a.length ? b : a), []);
          steps = [...lead, ...broken.path];
        }
        const named = new Set(steps);
        const related: Related[] = [
          ...steps.filter((s) => s !== last).map((s) => ({ location: locateInCommitment(model, s, 'from'), message: `${targetLabel(s.target)} is counted from ${eventLabel(s.from)}` })),
          ...dependents.filter((d) => !named.has(d)).map((d) => ({ location: locateInCommitment(model, d, 'from'), message: `${targetLabel(d.target)} is counted along this chain too` })),
        ];
        const stepTarget = EVENT_TARGET[last.from]!;
        const when = describeConditions(last.when);
        ctx.report({
          messageId: broken.reason === 'no-step' ? 'noStep' : 'cycle',
          data: {
            chain: steps.map(stepName).join(' → '),
            target: targetLabel(last.target),
            event: eventLabel(last.from),
            step: targetLabel(stepTarget),
            when: when === 'all cases' ? 'at all' : `for ${when}`,
          },
          location: locateInCommitment(model, last, 'from'),
          related,
          hint:
            broken.reason === 'no-step'
              ? `Promise the ${stepTarget} step where this time holds (\`- { target: ${stepTarget}, within: … }\`${when === 'all cases' ? '' : `, with a \`when\` that covers ${when}`}), or count ${last.target} from another event — from the fault report if \`from:\` is left out.`
              : 'Count the first step of the loop from the fault report (leave out its `from:`), and each later step from the one before it: on site from the report, diagnosis from arrival on site, the fix from the diagnosis.',
        });
      }
    }
  },
});
