/**
 * Reads one content file as text, refusing what cannot be content: too large, binary,
 * not UTF-8, or empty. Each refusal is a located diagnostic, never an exception.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatBytes, readBounded } from '../files/read-bounded.ts';

/** Real content files are a few kilobytes; anything this large is a mistake (a dump, a video). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function readSource(absolutePath: string, file: string): SourceResult {
  const at = { file, line: 1, column: 1 };
  const fail = (ruleId: string, message: string, hint: string): SourceResult => ({
    ok: false,
    diagnostic: { ruleId, severity: 'error', message, location: at, hint },
  });
  const read = readBounded(absolutePath, MAX_SOURCE_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case 'too-large':
        return fail(
          'parse/too-large',
          `This file is larger than ${formatBytes(read.limit)}, the limit for a content file; real content files are a few kilobytes.`,
          'Split it into several files, or move data that is not content out of content/.',
        );
      case 'not-a-file':
        return fail('files/not-a-file', `This is ${read.kind}, not a regular file, so it cannot be content.`, 'Remove it from the project folder.');
      case 'missing':
        return fail('files/unreadable', 'This file disappeared while it was being read.', 'Run the command again once the folder has stopped changing.');
      case 'unreadable':
        return fail('files/unreadable', `This file cannot be read (${read.code}).`, 'Check its permissions.');
    }
  }
  const bytes = Buffer.from(read.bytes);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    return fail('parse/empty', 'This file is empty.', 'Write its content, or delete the file.');
  }
  // UTF-16 text is full of zero bytes, but it is text: name it, rather than call it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('parse/encoding', 'This file is UTF-16 text; content files are UTF-8.', 'Save it as UTF-8 (in most editors: Save with Encoding → UTF-8), or `iconv -f UTF-16 -t UTF-8 in.yaml > out.yaml`.');
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
  // Old Mac line ends (a bare CR) would put every line of the file on line 1.
  return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}
