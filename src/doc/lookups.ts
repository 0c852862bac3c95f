/**
 * The numbers a template may ask for, looked up in a bid's commitments in force. Shared by
 * the renderer's helpers and the static check, so both find exactly the same value.
 */
import type { BidNode, Model } from '../model/model.ts';
import { EVENTS, type Duration } from '../schema/primitives.ts';
import { resolveConditions, covers, overlaps } from '../model/conditions.ts';
import { TARGETS, type Target } from '../schema/service-level.ts';

/** A lookup that fails in a way the author can fix (no such commitment, ambiguous …). */
export class TemplateLookupError extends Error {}

/** The one commitment of the bid for this target whose conditions cover the asked case. */
export function lookupCommitment(model: Model, bid: BidNode, target: string, hash: Record<string, string>): Duration {
  if (!(TARGETS as readonly string[]).includes(target)) throw new TemplateLookupError(`"${target}" is not a target (${TARGETS.join(', ')})`);
  // `from=onsite` asks for the time counted from arrival (到场后…修复); without it, from the report.
  const { from = 'report', ...conditions } = hash;
  if (!(EVENTS as readonly string[]).includes(from)) throw new TemplateLookupError(`"${from}" is not an event (${EVENTS.join(', ')})`);
  const asked = resolveConditions(conditions, model.vocabulary);
  const found = bid.commitments.filter((c) => c.target === (target as Target) && c.from === from && overlaps(c.when, asked));
  const exact = found.filter((c) => covers(c.when, asked));
  const values = new Set(found.map((c) => JSON.stringify(c.duration)));
  if (exact.length === 0 || values.size > 1) {
    const cond = Object.entries(hash).map(([k, v]) => `${k}=${v}`).join(' ') || 'no conditions';
    throw new TemplateLookupError(
      found.length === 0
        ? `the bid promises no ${target} target${from === 'report' ? '' : ` counted from ${from}`} for ${cond}`
        : `the ${target} target has ${values.size} different values across the cases of ${cond}; name the condition (zone=, window=, severity=, season=, asset=, faultType=)`,
    );
  }
  return exact[0]!.duration;
}

export function lookupFreeWarranty(bid: BidNode, asset: string | undefined): Duration {
  const f = bid.freeWarranty.find((w) => w.data.asset === asset);
  if (!f) throw new TemplateLookupError(`the bid has no free warranty${asset ? ` for asset "${asset}"` : ' for the whole works'}`);
  return f.data.period;
}
