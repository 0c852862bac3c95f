/**
 * What a template may refer to, for one bid: the organisation, the bid, and the content
 * the bid applies — the typed source, never copies of its numbers.
 */
import { z } from 'zod';
import { unionOption } from '../schema/walk.ts';
import type { BidNode, Model } from '../model/model.ts';
import { ChannelSchema, collections, type CollectionName } from '../schema/index.ts';

export type Locale = 'zh' | 'en';

export interface TemplateContext {
  locale: Locale;
  organisation: unknown;
  bid: unknown;
  warranty: unknown;
  visits: unknown;
  complaints: unknown;
  records: unknown;
  team: unknown;
  resources: unknown;
  courses: unknown[];
  maintenance: unknown[];
  procedures: unknown[];
  handover: unknown;
  /** The channel that carries the bid's 7×24 promise (the first of the applied service levels' `hotline`). */
  hotline: unknown;
  /** Every channel that carries it (a 5×8 desk line and a 7×24 duty mobile), in the order written. */
  hotlines: unknown[];
}

export function templateContext(model: Model, bid: BidNode, locale: Locale): TemplateContext {
  const data = <C extends CollectionName>(c: C, entry?: { id: string; data: unknown }) =>
    entry ? { id: entry.id, ...(withAllKeys(collections[c], entry.data) as object) } : null;
  return {
    locale,
    organisation: data('organisation', model.organisation),
    bid: data('bids', bid.entry),
    warranty: data('warranty', bid.warranty),
    visits: data('visits', bid.visits),
    complaints: data('complaints', bid.complaints),
    records: data('records', bid.records),
    team: data('team', bid.team),
    resources: data('resources', bid.resources),
    courses: bid.courses.map((c) => data('courses', c)),
    maintenance: bid.maintenance.map((m) => data('maintenance', m)),
    procedures: bid.procedures.map((p) => data('procedures', p)),
    handover: data('handover', bid.handover),
    hotline: hotlinesOf(model, bid)[0] ?? null,
    hotlines: hotlinesOf(model, bid),
  };
}

function hotlinesOf(model: Model, bid: BidNode): unknown[] {
  const named = bid.serviceLevels.map((s) => s.data.hotline).find((h) => h !== undefined);
  const ids = named === undefined ? [] : typeof named === 'string' ? [named] : named;
  return ids.flatMap((id) => {
    const channel = model.organisation?.data.channels.find((c) => c.id === id);
    return channel ? [withAllKeys(ChannelSchema, channel)] : [];
  });
}

/**
 * Handlebars' strict mode throws on a missing key — which catches typos — but also on an
 * optional field left out. Every field the schema knows is therefore present (null when
 * unset), so `{{#if warranty.certificate}}` works and `{{warranty.certificat}}` fails.
 */
function withAllKeys(schema: z.ZodTypeAny, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return withAllKeys(schema._def.innerType, value);
  if (schema instanceof z.ZodEffects) return withAllKeys(schema._def.schema, value);
  if (schema instanceof z.ZodArray && Array.isArray(value)) return value.map((v) => withAllKeys(schema.element, v));
  if (schema instanceof z.ZodObject && typeof value === 'object') {
    const shape = schema.shape as Record<string, z.ZodTypeAny>;
    return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, withAllKeys(s, (value as Record<string, unknown>)[k])]));
  }
  if (schema instanceof z.ZodDiscriminatedUnion && typeof value === 'object') {
    const option = schema.optionsMap.get((value as Record<string, unknown>)[schema.discriminator] as string);
    return option ? withAllKeys(option, value) : value;
  }
  if (schema instanceof z.ZodUnion) {
    const option = unionOption(schema, value);
    return option ? withAllKeys(option, value) : value;
  }
  return value;
}
