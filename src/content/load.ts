/**
 * Loads every content collection from a project folder: YAML files and Markdown front
 * matter, each validated against its collection's schema. Collects every problem in one
 * pass and never throws for bad content.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { walkProject } from '../files/walk.ts';
import { join, relative, sep } from 'node:path';
import { collections, COLLECTION_NAMES, type CollectionName, type CollectionData } from '../schema/index.ts';
import type { Diagnostic, SourceRef } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, ParseFrontMatter, ProjectDuplicateId, ProjectNoContent, ProjectUnknownCollection, SchemaInvalidField } from '../diagnostics/catalogue.ts';
import { readSource } from './read-source.ts';
import { parseYamlSource, type PathKey } from './yaml-source.ts';
import { issuesToDiagnostics } from './schema-issues.ts';
import { keysAt } from './schema-keys.ts';
import { loadTemplates, type LoadedTemplate } from './load-templates.ts';

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  /** The file name without its extension, as Astro's glob loader names entries. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: CollectionData<C>;
  /** Markdown body (empty for YAML) and the line it starts on. */
  body: string;
  bodyLine: number;
  locate(path: readonly PathKey[], key?: boolean): SourceRef;
}

export interface LoadResult {
  entries: Entry[];
  templates: LoadedTemplate[];
  diagnostics: Diagnostic[];
}

const DATA_EXTENSIONS = /\.(ya?ml|md|mdx)$/i;

export function loadProject(root: string, contentDir = 'content'): LoadResult {
  const base = join(root, contentDir);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const diagnostics: Diagnostic[] = [];
  const entries: Entry[] = [];

  if (!existsSync(base)) {
    diagnostics.push(diagnosticFor(ProjectNoContent, { file: contentDir, line: 1, column: 1 }, { contentDir, root }));
    return { entries, templates: [], diagnostics };
  }

  for (const name of readdirSync(base).sort()) {
    const full = join(base, name);
    if (name.startsWith('.')) continue;
    let isFolder = false;
    try {
      isFolder = statSync(full).isDirectory();
    } catch {
      // A broken link: the walk below reports it like any other.
    }
    if (!isFolder) {
      if (DATA_EXTENSIONS.test(name)) diagnostics.push(strayFile(rel(full)));
      continue;
    }
    if (!(COLLECTION_NAMES as string[]).includes(name)) {
      const at = { file: rel(full), line: 1, column: 1 };
      diagnostics.push(diagnosticFor(ProjectUnknownCollection, at, { path: rel(full), folder: true, collections: COLLECTION_NAMES }));
      continue;
    }
    const collection = name as CollectionName;
    const walk = walkProject(full, root, (n) => DATA_EXTENSIONS.test(n));
    for (const d of walk.diagnostics) diagnostics.push(d);
    const seen = new Map<string, string>();
    for (const { path, file } of walk.files) {
      const result = loadEntry(collection, path, file);
      for (const d of result.diagnostics) diagnostics.push(d);
      if (!result.entry) continue;
      // Astro names an entry by its file name alone: `x.yaml` and `x.yml`, or `a/x.yaml`
      // and `b/x.yaml`, would be one entry on the site and two in the checker.
      const first = seen.get(result.entry.id);
      if (first) {
        diagnostics.push(duplicateId(collection, result.entry.id, file, first));
        continue;
      }
      seen.set(result.entry.id, file);
      entries.push(result.entry);
    }
  }
  const templates = loadTemplates(root);
  for (const d of templates.diagnostics) diagnostics.push(d);
  return { entries, templates: templates.templates, diagnostics };
}

export function loadEntry(collection: CollectionName, absolutePath: string, file: string): { entry?: Entry; diagnostics: Diagnostic[] } {
  const source = readSource(absolutePath, file);
  if (!source.ok) return { diagnostics: [source.diagnostic] };

  let yamlText = source.text;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  if (/\.mdx?$/i.test(file)) {
    const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source.text);
    if (!fm) {
      return { diagnostics: [diagnosticFor(ParseFrontMatter, { file, line: 1, column: 1 })] };
    }
    yamlText = fm[1]!;
    lineOffset = 1;
    body = source.text.slice(fm[0].length);
    bodyLine = fm[0].split('\n').length;
  }

  const yaml = parseYamlSource(file, yamlText, lineOffset);
  if (yaml.data === undefined) return { diagnostics: yaml.diagnostics };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    return {
      diagnostics: [
        ...yaml.diagnostics,
        diagnosticFor(SchemaInvalidField, yaml.locate([]), { collection, found: Array.isArray(yaml.data) ? 'a list' : 'a single value' }),
      ],
    };
  }

  const schema = collections[collection];
  const parsed = schema.safeParse(yaml.data);
  if (!parsed.success) {
    const schemaDiagnostics = issuesToDiagnostics(parsed.error.issues, yaml, (p) => keysAt(schema, yaml.data, p));
    return { diagnostics: [...yaml.diagnostics, ...schemaDiagnostics] };
  }
  const id = file.split('/').pop()!.replace(DATA_EXTENSIONS, '');
  return {
    diagnostics: yaml.diagnostics,
    entry: { collection, id, file, data: parsed.data, body, bodyLine, locate: yaml.locate } as Entry,
  };
}

function duplicateId(collection: string, id: string, file: string, first: string): Diagnostic {
  const d = diagnosticFor(ProjectDuplicateId, { file, line: 1, column: 1 }, { file, collection, id });
  return { ...d, related: [{ location: { file: first, line: 1, column: 1 }, message: `the first entry "${id}"` }] };
}

function strayFile(file: string): Diagnostic {
  return diagnosticFor(ProjectUnknownCollection, { file, line: 1, column: 1 }, { path: file, folder: false, collections: COLLECTION_NAMES });
}
