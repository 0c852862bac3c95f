/**
 * Visits every value of parsed data together with the schema node that describes it, so
 * a rule can find, say, every localised text without a list of field names to keep in step.
 */
import { z } from 'zod';

export type Visit = (schema: z.ZodTypeAny, value: unknown, path: (string | number)[]) => boolean | void;

/** Calls `visit` on each (schema, value); returning true stops descending there. */
export function walkSchema(schema: z.ZodTypeAny, value: unknown, visit: Visit, path: (string | number)[] = []): void {
  if (visit(schema, value, path) === true || value === undefined || value === null) return;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    walkSchema(schema._def.innerType, value, visit, path);
  } else if (schema instanceof z.ZodEffects) {
    walkSchema(schema._def.schema, value, visit, path);
  } else if (schema instanceof z.ZodObject && typeof value === 'object') {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
      walkSchema(child, (value as Record<string, unknown>)[key], visit, [...path, key]);
    }
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, i) => walkSchema(schema.element, item, visit, [...path, i]));
  } else if (schema instanceof z.ZodDiscriminatedUnion && typeof value === 'object') {
    const option = schema.optionsMap.get((value as Record<string, unknown>)[schema.discriminator] as string);
    if (option) walkSchema(option, value, visit, path);
  } else if (schema instanceof z.ZodUnion) {
    const option = (schema.options as z.ZodTypeAny[]).find((o) => o.safeParse(value).success);
    if (option) walkSchema(option, value, visit, path);
  }
}
