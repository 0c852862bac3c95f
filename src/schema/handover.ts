/**
 * What is handed to the client: the operation and maintenance manual with its chapters,
 * as-built drawings, operating rules, the manufacturers' contacts — each with when.
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

export const HandoverDocumentSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** Chapters or items, in order. */
    contents: z.array(LocalizedTextSchema).min(1),
    /** The event it is due at: before the trial run, at completion acceptance, or after it. */
    due: z.enum(['before-trial-run', 'at-acceptance', 'after-acceptance']),
    /** With `after-acceptance`: within this time of acceptance. */
    within: DurationSchema.optional(),
  })
  .strict()
  .refine((d) => (d.due === 'after-acceptance') === (d.within !== undefined), {
    message: '`within` goes with `due: after-acceptance`, and only with it',
  });

export const ManufacturerSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** Systems whose equipment it makes. */
    systems: z.array(IdSchema).min(1),
    /** Its technical support line, as printed. */
    support: z.string().min(1),
    note: LocalizedTextSchema.optional(),
  })
  .strict();

export const HandoverSchema = z
  .object({
    title: LocalizedTextSchema,
    documents: z.array(HandoverDocumentSchema).min(1),
    manufacturers: z.array(ManufacturerSchema).default([]),
  })
  .strict();

export type Handover = z.infer<typeof HandoverSchema>;
