/**
 * Finds the project's templates: templates/<locale>/**\/*.hbs, read with the same
 * refusals as content (binary, empty, too large, not UTF-8).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { walkProject } from '../files/walk.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readSource } from './read-source.ts';

export interface LoadedTemplate {
  file: string;
  text: string;
  locale: 'zh' | 'en';
}

export function loadTemplates(root: string): { templates: LoadedTemplate[]; diagnostics: Diagnostic[] } {
  const templates: LoadedTemplate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const locale of ['zh', 'en'] as const) {
    const dir = join(root, 'templates', locale);
    if (!existsSync(dir)) continue;
    const walk = walkProject(dir, root, (name) => name.endsWith('.hbs'));
    for (const d of walk.diagnostics) diagnostics.push(d);
    for (const { path, file } of walk.files) {
      const source = readSource(path, file);
      if (source.ok) templates.push({ file, text: source.text, locale });
      else diagnostics.push(source.diagnostic);
    }
  }
  return { templates, diagnostics };
}
