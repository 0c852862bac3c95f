/**
 * The warranty policy: the commercial free warranty (质保期), the statutory periods we
 * promise per work category (保修期, Art. 40), when they start, the certificate, and what
 * service costs inside and after the warranty.
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema, PricingSchema } from './primitives.ts';

/**
 * Events a warranty may run from. Works run from completion `acceptance` (Art. 40); goods a
 * supplier warrants may run from `delivery`, `goods-acceptance` (到货验收) or `commissioning`
 * (投运); `signing`, `trial-run` and `installation` are never a lawful start for works.
 */
export const START_EVENTS = ['acceptance', 'signing', 'delivery', 'goods-acceptance', 'commissioning', 'trial-run', 'installation'] as const;
export const StartEventSchema = z.enum(START_EVENTS);
export type StartEvent = z.infer<typeof StartEventSchema>;

/**
 * What a warranty covers: `works` (the installation works, bound by Art. 40's minimums) or
 * `goods` (equipment we supply, under its maker's or our commercial warranty, which the law's
 * works minimums do not govern).
 */
export const WarrantyScopeSchema = z.enum(['works', 'goods']);

export const FreeWarrantySchema = z
  .object({
    /** Asset class id; omit for the whole works. */
    asset: IdSchema.optional(),
    /** `works` (default) or `goods`. */
    scope: WarrantyScopeSchema.optional(),
    /** When this period starts, if not the policy's `start` (goods: delivery, goods-acceptance, commissioning). */
    start: StartEventSchema.optional(),
    period: DurationSchema,
    note: LocalizedTextSchema.optional(),
  })
  .strict();

export const StatutoryPromiseSchema = z
  .object({
    /** A category id from the law collection. */
    category: IdSchema,
    /** What we promise: a duration, or the design life. */
    period: z.union([DurationSchema, z.literal('design-life')]),
  })
  .strict();

export const ServiceTermsSchema = z
  .object({
    pricing: PricingSchema,
    description: LocalizedTextSchema,
  })
  .strict();

export const WarrantySchema = z
  .object({
    title: LocalizedTextSchema,
    /** The event every period runs from; the law says completion acceptance. */
    start: StartEventSchema,
    free: z.array(FreeWarrantySchema).min(1),
    statutory: z.array(StatutoryPromiseSchema).default([]),
    /** The warranty certificate (保修书/保修卡): handed over within this time after acceptance. */
    certificate: z
      .object({ within: DurationSchema, contents: z.array(LocalizedTextSchema).default([]) })
      .strict()
      .optional(),
    inWarranty: ServiceTermsSchema.optional(),
    afterWarranty: ServiceTermsSchema.optional(),
    /** A promise without an end (终身维护): the checker flags it as vague. */
    unbounded: z.array(LocalizedTextSchema).default([]),
    exclusions: z.array(LocalizedTextSchema).default([]),
  })
  .strict();

export type Warranty = z.infer<typeof WarrantySchema>;
export type FreeWarranty = z.infer<typeof FreeWarrantySchema>;
