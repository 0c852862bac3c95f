/**
 * Finds the project's templates: templates/<locale>/**\/*.hbs, read with the same
 * refusals as content (binary, empty, too large, not UTF-8).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
    const walk = (d: string): void => {
      for (const name of readdirSync(d).sort()) {
        const full = join(d, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.hbs')) {
          const file = relative(root, full).split(sep).join('/');
          const source = readSource(full, file);
          if (source.ok) templates.push({ file, text: source.text, locale });
          else diagnostics.push(source.diagnostic);
        }
      }
    };
    walk(dir);
  }
  return { templates, diagnostics };
}
