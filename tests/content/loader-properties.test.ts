/**
 * The loader never throws, whatever it is handed: any YAML-shaped value in any collection,
 * and any text at all, gives an entry or located diagnostics.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { loadEntry } from '../../src/content/load.ts';
import { COLLECTION_NAMES } from '../../src/schema/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'aftercare-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loads(collection: (typeof COLLECTION_NAMES)[number], text: string | Uint8Array) {
  const path = join(dir, 'entry.yaml');
  writeFileSync(path, text);
  const result = loadEntry(collection, path, 'content/x/entry.yaml');
  for (const d of result.diagnostics) {
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  return result;
}

it('never throws on YAML-shaped values in any collection', () => {
  fc.assert(
    fc.property(fc.constantFrom(...COLLECTION_NAMES), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (collection, value) => {
      loads(collection, dump(value));
    }),
    { numRuns: 300 },
  );
});

it('never throws on arbitrary text or bytes', () => {
  fc.assert(
    fc.property(fc.constantFrom(...COLLECTION_NAMES), fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.uint8Array({ maxLength: 400 })), (collection, text) => {
      loads(collection, text);
    }),
    { numRuns: 300 },
  );
});
