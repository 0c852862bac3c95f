/**
 * JSON Schemas for editors, generated from the zod schemas (one per collection), so
 * VS Code's YAML extension completes and underlines content as it is typed, and shows
 * each field's documentation (the JSDoc in src/schema) on hover.
 */
import { join } from 'node:path';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { collections, COLLECTION_NAMES } from '../schema/index.ts';
import { describe, readCollectionRoots, readSchemaDocs } from './schema-docs.ts';

/** @param schemaDir the folder of the schema sources (src/schema of this package) */
export function jsonSchemas(schemaDir: string): Record<string, string> {
  const docs = readSchemaDocs(schemaDir);
  const roots = readCollectionRoots(join(schemaDir, 'index.ts'));
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const schema = zodToJsonSchema(collections[name], { name, $refStrategy: 'none', errorMessages: false }) as {
        definitions: Record<string, Record<string, unknown>>;
      };
      const root = roots.get(name);
      if (root) describe(schema.definitions[name]!, root, docs);
      const text = JSON.stringify({ $comment: 'Generated from src/schema by `aftercare build`; do not edit.', ...schema }, null, 2);
      return [`${name}.schema.json`, `${text}\n`];
    }),
  );
}
