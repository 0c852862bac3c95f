/**
 * Reads one content file as text, refusing what cannot be content: too large, binary,
 * not UTF-8, or empty. Each refusal is a located diagnostic, never an exception.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, FilesNotAFile, FilesUnreadable, ParseBinary, ParseEmpty, ParseEncoding, ParseTooLarge } from '../diagnostics/catalogue.ts';
import { formatBytes, readBounded } from '../files/read-bounded.ts';

/** Real content files are a few kilobytes; anything this large is a mistake (a dump, a video). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function readSource(absolutePath: string, file: string): SourceResult {
  const at = { file, line: 1, column: 1 };
  const fail = (diagnostic: Diagnostic): SourceResult => ({ ok: false, diagnostic });
  const read = readBounded(absolutePath, MAX_SOURCE_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case 'too-large':
        return fail(diagnosticFor(ParseTooLarge, at, { limit: formatBytes(read.limit) }));
      case 'not-a-file':
        return fail(diagnosticFor(FilesNotAFile, at, { kind: read.kind }));
      case 'missing':
        return fail(diagnosticFor(FilesUnreadable, at, { what: 'This file disappeared while it was being read, so it' }));
      case 'unreadable':
        return fail(diagnosticFor(FilesUnreadable, at, { what: `This file (${read.code})` }));
    }
  }
  const bytes = Buffer.from(read.bytes);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return fail(diagnosticFor(ParseEmpty, at));
  // UTF-16 text is full of zero bytes, but it is text: name it, rather than call it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail(diagnosticFor(ParseEncoding, at, { utf16: true }));
  if (bytes.includes(0)) return fail(diagnosticFor(ParseBinary, at));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(diagnosticFor(ParseEncoding, at, { utf16: false }));
  }
  // Old Mac line ends (a bare CR) would put every line of the file on line 1.
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
