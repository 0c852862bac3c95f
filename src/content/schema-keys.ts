/**
 * Walks a zod schema alongside the data to list the keys allowed at a path, so that a
 * misspelt key can be answered with "did you mean …?".
 */
import { z } from 'zod';

export function keysAt(schema: z.ZodTypeAny, data: unknown, path: readonly (string | number)[]): string[] {
  let node: z.ZodTypeAny | undefined = schema;
  let value: unknown = data;
  for (const step of path) {
    node = unwrap(node, value);
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[step] : undefined;
    if (node instanceof z.ZodObject) node = node.shape[step as string];
    else if (node instanceof z.ZodArray) node = node.element;
    else return [];
  }
  node = unwrap(node, value);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(node: z.ZodTypeAny | undefined, value: unknown): z.ZodTypeAny | undefined {
  for (let i = 0; i < 20 && node; i++) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node._def.innerType;
    else if (node instanceof z.ZodEffects) node = node._def.schema;
    else if (node instanceof z.ZodDiscriminatedUnion) {
      const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[node.discriminator] : undefined;
      node = (node.optionsMap.get(tag as string) ?? node.options[0]) as z.ZodTypeAny;
    } else if (node instanceof z.ZodUnion) {
      const options = node.options as z.ZodTypeAny[];
      node = options.find((o) => unwrap(o, value) instanceof z.ZodObject) ?? options[0];
    } else return node;
  }
  return node;
}
