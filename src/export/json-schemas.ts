/**
 * JSON Schemas for editors, generated from the zod schemas (one per collection), so
 * VS Code's YAML extension completes and underlines content as it is typed.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { collections, COLLECTION_NAMES } from '../schema/index.ts';

export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of COLLECTION_NAMES) {
    const schema = zodToJsonSchema(collections[name], { name, $refStrategy: 'none', errorMessages: false });
    out[`${name}.schema.json`] = `${JSON.stringify({ $comment: `Generated from src/schema by \`aftercare build\`; do not edit.`, ...schema }, null, 2)}\n`;
  }
  return out;
}
