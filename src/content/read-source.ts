/**
 * Reads one content file as text, refusing what cannot be content: too large, binary,
 * not UTF-8, or empty. Each refusal is a located diagnostic, never an exception.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, ParseBinary, ParseEmpty, ParseEncoding, ParseTooLarge } from '../diagnostics/catalogue.ts';

/** Real content files are a few kilobytes; anything this large is a mistake (a dump, a video). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function readSource(absolutePath: string, file: string): SourceResult {
  const at = { file, line: 1, column: 1 };
  const fail = (diagnostic: Diagnostic): SourceResult => ({ ok: false, diagnostic });
  const size = statSync(absolutePath).size;
  if (size > MAX_SOURCE_BYTES) {
    return fail(diagnosticFor(ParseTooLarge, at, { megabytes: (size / 1024 / 1024).toFixed(1), limit: MAX_SOURCE_BYTES / 1024 / 1024 }));
  }
  const bytes = readFileSync(absolutePath);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return fail(diagnosticFor(ParseEmpty, at));
  }
  if (bytes.includes(0)) {
    return fail(diagnosticFor(ParseBinary, at));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(diagnosticFor(ParseEncoding, at));
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
