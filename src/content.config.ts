/**
 * Astro content collections over the project's content/ folder, with the very schemas
 * the CLI validates against (src/schema). One source, two readers: if a file passes
 * `aftercare validate`, the site builds from it.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as schemas, COLLECTION_NAMES, type CollectionName } from './schema/index.ts';

// The project whose content/ the site shows: this folder, or AFTERCARE_ROOT (the tests
// build the site from their fixtures).
const root = process.env.AFTERCARE_ROOT ?? '.';

const collection = <C extends CollectionName>(name: C) =>
  defineCollection({
    // Same files as src/content/load.ts: YAML and Markdown, skipping `_`-prefixed ones.
    loader: glob({ base: `${root}/content/${name}`, pattern: ['**/*.{yaml,yml,md,mdx}', '!**/_*'] }),
    schema: schemas[name],
  });

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
