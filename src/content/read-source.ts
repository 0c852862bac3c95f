/**
 * Reads one content file as text, refusing what cannot be content: too large, binary,
 * not UTF-8, or empty. Each refusal is a located diagnostic, never an exception.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** Real content files are a few kilobytes; anything this large is a mistake (a dump, a video). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function readSource(absolutePath: string, file: string): SourceResult {
  const at = { file, line: 1, column: 1 };
  const fail = (ruleId: string, message: string, hint: string): SourceResult => ({
    ok: false,
    diagnostic: { ruleId, severity: 'error', message, location: at, hint },
  });
  const size = statSync(absolutePath).size;
  if (size > MAX_SOURCE_BYTES) {
    return fail(
      'parse/too-large',
      `This file is ${(size / 1024 / 1024).toFixed(1)} MB; content files are limited to ${MAX_SOURCE_BYTES / 1024 / 1024} MB.`,
      'Split it into several files, or move data that is not content out of content/.',
    );
  }
  const bytes = readFileSync(absolutePath);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return fail('parse/empty', 'This file is empty.', 'Write its content, or delete the file.');
  }
  if (bytes.includes(0)) {
    return fail('parse/binary', 'This file is binary, not text.', 'Content files are UTF-8 YAML or Markdown; move this file out of content/.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      'parse/encoding',
      'This file is not valid UTF-8 (perhaps GBK).',
      'Save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 in.yaml > out.yaml`.',
    );
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
