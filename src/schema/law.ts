/**
 * A statute as data, with its citation, so that a rule can say which article it enforces.
 * The bundled `content/law/` holds 建设工程质量管理条例 Art. 40.
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

export const StatutoryCategorySchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /**
     * The minimum: a duration, `design-life` (the reasonable service life in the design
     * documents) or `agreed` (no legal minimum, set by the parties).
     */
    minimum: z.union([DurationSchema, z.enum(['design-life', 'agreed'])]),
  })
  .strict();

export const StatuteSchema = z
  .object({
    title: LocalizedTextSchema,
    /** Article and law, as cited in rule messages. */
    citation: LocalizedTextSchema,
    /** The words of the article, for the docs. */
    text: LocalizedTextSchema.optional(),
    /** The event the periods run from. */
    startEvent: z.enum(['acceptance', 'signing', 'delivery', 'trial-run', 'installation']),
    categories: z.array(StatutoryCategorySchema).min(1),
  })
  .strict();

export type Statute = z.infer<typeof StatuteSchema>;
export type StatutoryCategory = z.infer<typeof StatutoryCategorySchema>;
