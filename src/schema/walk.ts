/**
 * Visits every value of parsed data together with the schema node that describes it, so
 * a rule can find, say, every localised text without a list of field names to keep in step.
 */
import { z } from 'zod';

// biome-ignore lint/suspicious/noConfusingVoidType: a visitor may return nothing, meaning "descend".
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
    const option = unionOption(schema, value);
    if (option) walkSchema(option, value, visit, path);
  }
}

/**
 * The branch of a union that describes an already validated value. Our unions differ in
 * shape (text or object, object or literal), so the shape decides — far cheaper than
 * trying each branch with zod, which builds an error for every miss.
 */
export function unionOption(schema: z.ZodUnion<readonly [z.ZodTypeAny, ...z.ZodTypeAny[]]>, value: unknown): z.ZodTypeAny | undefined {
  const options: readonly z.ZodTypeAny[] = schema.options;
  const kind = (o: z.ZodTypeAny): string => {
    while (o instanceof z.ZodOptional || o instanceof z.ZodDefault || o instanceof z.ZodEffects) o = o instanceof z.ZodEffects ? o._def.schema : o._def.innerType;
    if (o instanceof z.ZodObject || o instanceof z.ZodDiscriminatedUnion) return 'object';
    if (o instanceof z.ZodArray) return 'array';
    if (o instanceof z.ZodString || o instanceof z.ZodEnum || o instanceof z.ZodLiteral) return 'string';
    if (o instanceof z.ZodNumber) return 'number';
    return 'other';
  };
  const want = Array.isArray(value) ? 'array' : typeof value === 'object' && value !== null ? 'object' : typeof value;
  const sameShape = options.filter((o) => kind(o) === want);
  return sameShape.length === 1 ? sameShape[0] : options.find((o) => o.safeParse(value).success);
}
