/**
 * Where a character or a word first stands in the project's own text — the bid's file, then
 * the other content, then the templates — which is where a writer changes it: the location of
 * a diagnostic about what a document printed (a character no font has, a word cut inside).
 * Undefined when only the program's own words hold it.
 */
import { join } from 'node:path';
import { readSource } from '../content/read-source.ts';
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { BidNode, Model } from '../model/model.ts';

/** Each model's source texts, read once however many things are looked up. */
const texts = new WeakMap<Model, Map<string, string | undefined>>();

function textOf(model: Model, file: string): string | undefined {
  let files = texts.get(model);
  if (!files) {
    files = new Map(model.templates.map((t) => [t.file, t.text]));
    texts.set(model, files);
  }
  if (!files.has(file)) {
    const read = model.root ? readSource(join(model.root, file), file) : undefined;
    files.set(file, read?.ok ? read.text : undefined);
  }
  return files.get(file);
}

export function firstPlaceOf(model: Model, bid: BidNode, text: string): SourceRef | undefined {
  const content = Object.values(model.entries).flatMap((list) => list.map((e) => e.file));
  const files = [bid.entry.file, ...content.filter((f) => f !== bid.entry.file), ...model.templates.map((t) => t.file)];
  for (const file of files) {
    const source = textOf(model, file);
    const at = source?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const before = source!.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { file, line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
  }
  return undefined;
}
