/**
 * Prints diagnostics like a compiler: `file:line:col  severity  rule-id`, the message, a
 * code frame, the related locations and the hint.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

function codeFrame(r: SourceRef, readLines: ReadLines): string[] {
  const lines = readLines(r.file);
  const text = lines?.[r.line - 1];
  if (text === undefined) return [];
  const number = String(r.line);
  const width = r.endLine === r.line && r.endColumn && r.endColumn > r.column ? r.endColumn - r.column : 1;
  // Full-width characters take two columns in a terminal.
  const before = text.slice(0, r.column - 1).replace(/[\u3000-\u9fff\uff00-\uffef]/g, '  ');
  const marked = text.slice(r.column - 1, r.column - 1 + width).replace(/[\u3000-\u9fff\uff00-\uffef]/g, '  ');
  return [`${number} | ${text}`, `${' '.repeat(number.length)} | ${before.replace(/[^\t]/g, ' ')}${'^'.repeat(Math.max(1, marked.length))}`];
}

/** Reads a file's lines for code frames; nothing for folders, binary or non-UTF-8 files. */
export function linesFrom(root: string): ReadLines {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      let lines: readonly string[] | undefined;
      try {
        const path = join(root, file);
        if (statSync(path).isFile()) {
          const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
          if (!text.includes('\0')) lines = text.split(/\r?\n/);
        }
      } catch {
        lines = undefined;
      }
      cache.set(file, lines);
    }
    return cache.get(file);
  };
}
