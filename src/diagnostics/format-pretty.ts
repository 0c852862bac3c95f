/**
 * Prints diagnostics like a compiler: `file:line:col  severity  rule-id`, the message, a
 * code frame, the related locations and the hint.
 */
import { realpathSync } from 'node:fs';
import { readBounded } from '../files/read-bounded.ts';
import { join, sep } from 'node:path';
import { countBySeverity, type Diagnostic, type SourceRef } from './diagnostic.ts';

export type ReadLines = (file: string) => readonly string[] | undefined;

export function formatPretty(list: readonly Diagnostic[], readLines: ReadLines, color = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: (s: string) => paint('31;1', s), warning: (s: string) => paint('33;1', s), info: (s: string) => paint('36', s) };
  const at = (r: SourceRef) => `${r.file}:${r.line}:${r.column}`;
  const out: string[] = [];
  for (const d of list) {
    out.push(`${paint('1', at(d.location))}  ${sev[d.severity](d.severity)}  ${paint('2', d.ruleId)}`);
    out.push(`  ${d.message}`);
    out.push(...codeFrame(d.location, readLines).map((l) => `  ${paint('2', l)}`));
    for (const r of d.related ?? []) out.push(`  ${paint('2', '↳')} ${at(r.location)}: ${r.message}`);
    if (d.hint) out.push(`  ${paint('32', 'hint:')} ${d.hint}`);
    out.push('');
  }
  const c = countBySeverity(list);
  out.push(`${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
  return out.join('\n');
}

/** Display width: full-width characters take two terminal columns. */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const FRAME_WIDTH = 160;

function codeFrame(r: SourceRef, readLines: ReadLines): string[] {
  const lines = readLines(r.file);
  let text = lines?.[r.line - 1];
  if (text === undefined) return [];
  const chars = [...text];
  let start = r.column - 1;
  let length = r.endLine === r.line && r.endColumn && r.endColumn > r.column ? r.endColumn - r.column : 1;
  // A long line (a paragraph of a Word document) is cut to a window around the mark.
  if (width(text) > FRAME_WIDTH) {
    // A mark longer than the window (a 200 000-character key) is shown by its start.
    length = Math.min(length, 100);
    const from = Math.max(0, start - 50);
    const to = Math.min(chars.length, Math.max(start + length + 50, from + 100));
    text = `${from > 0 ? '…' : ''}${chars.slice(from, to).join('')}${to < chars.length ? '…' : ''}`;
    start = start - from + (from > 0 ? 1 : 0);
    length = Math.min(length, to - (r.column - 1));
  }
  const visible = [...text];
  const number = String(r.line);
  const before = width(visible.slice(0, start).join(''));
  const marked = Math.max(1, width(visible.slice(start, start + length).join('')));
  return [`${number} | ${text}`, `${' '.repeat(number.length)} | ${' '.repeat(before)}${'^'.repeat(marked)}`];
}

/** Frames are shown for files the loader would read (content is at most 1 MB); documents audited may be larger. */
const MAX_FRAME_SOURCE_BYTES = 16 * 1024 * 1024;

/** Reads a file's lines for code frames; nothing for folders, binary or non-UTF-8 files. */
export function linesFrom(root: string): ReadLines {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      let lines: readonly string[] | undefined;
      try {
        // Read as the loader reads (bounded, regular files only, never through a link out of
        // the project), or a frame could hang on a FIFO or print another file's first line.
        // (A document named on the command line is the user's own choice, and is shown.)
        const path = join(root, file);
        if (/^(content|templates)\//.test(file) && !realpathSync(path).startsWith(realpathSync(root) + sep)) throw new Error('outside the project');
        const read = readBounded(path, MAX_FRAME_SOURCE_BYTES);
        if (read.ok) {
          const text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
          if (!text.includes('\0')) lines = text.split(/\r\n?|\n/);
        }
      } catch {
        lines = undefined;
      }
      cache.set(file, lines);
    }
    return cache.get(file);
  };
}
