/**
 * What the team works with: tools, vehicles, and the spare-parts and loaner pool.
 */
import { z } from 'zod';
import { CountSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

const ItemSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    quantity: CountSchema,
    note: LocalizedTextSchema.optional(),
  })
  .strict();

export const ResourcesSchema = z
  .object({
    title: LocalizedTextSchema,
    tools: z.array(ItemSchema).default([]),
    vehicles: z.array(ItemSchema).default([]),
    /** Spare parts and equal-grade loaners (同档次备机), with the system they serve. */
    spares: z.array(ItemSchema.extend({ system: IdSchema, loaner: z.boolean().optional() }).strict()).default([]),
  })
  .strict();

export type Resources = z.infer<typeof ResourcesSchema>;
