/**
 * The JSON Schemas editors use are generated from the zod schemas; the committed copies
 * must be current, and every collection must have one wired into .vscode/settings.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { jsonSchemas } from '../src/export/json-schemas.ts';
import { COLLECTION_NAMES } from '../src/schema/index.ts';

const ROOT = join(import.meta.dirname, '..');

it('schemas/ is current (run `npx aftercare schemas` after changing src/schema)', () => {
  for (const [name, text] of Object.entries(jsonSchemas(join(ROOT, 'src/schema')))) {
    expect(readFileSync(join(ROOT, 'schemas', name), 'utf8'), name).toBe(text);
  }
});

it('VS Code maps every collection to its schema', () => {
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  for (const c of COLLECTION_NAMES) expect(settings['yaml.schemas'][`./schemas/${c}.schema.json`]).toBe(`content/${c}/*.yaml`);
});

it('carries the schema JSDoc as descriptions, for hover help in editors', () => {
  const schema = JSON.parse(jsonSchemas(join(ROOT, 'src/schema'))['bids.schema.json']!) as { definitions: { bids: { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> } } };
  const bid = schema.definitions.bids.properties;
  expect(bid.plannedAcceptance?.description).toContain('completion acceptance');
  expect(bid.project?.properties?.systems?.description).toContain('maintenance schedule');
});

it('a JSON Schema rejects unknown keys, as the loader does', () => {
  const schema = JSON.parse(jsonSchemas(join(ROOT, 'src/schema'))['team.schema.json']!) as { definitions: { team: { additionalProperties: boolean; required: string[] } } };
  expect(schema.definitions.team.additionalProperties).toBe(false);
  expect(schema.definitions.team.required).toContain('headcount');
});
