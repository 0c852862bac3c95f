/**
 * A PDF's text, through poppler's pdftotext (Debian's poppler-utils; on macOS `brew install
 * poppler`): it knows every font encoding and CMap a Chinese PDF uses, which no reader of ours
 * could match. It writes each line with its box (-bbox-layout); pdf-layout.ts rebuilds the
 * tables from the boxes. The PDF goes in on standard input, so a PDF read from standard
 * input is read the same way; what pdftotext writes is bounded.
 */
import { spawnSync } from 'node:child_process';
import type { DocxReading } from './docx.ts';
import { readPdfLayout } from './pdf-layout.ts';

/** The layout text of a 50 MB PDF is far below this; a bound, not a size anyone meets. */
export const MAX_PDF_LAYOUT_BYTES = 512 * 1024 * 1024;
/** Seconds pdftotext may take: a thousand-page bid takes a few. */
const TIMEOUT_SECONDS = 120;

export type PdfReading = { ok: true; reading: DocxReading } | { ok: false; reason: 'no-pdftotext' | 'unreadable' | 'too-large'; detail: string };

export function readPdf(bytes: Uint8Array): PdfReading {
  const run = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-', '-'], {
    input: bytes,
    maxBuffer: MAX_PDF_LAYOUT_BYTES,
    timeout: TIMEOUT_SECONDS * 1000,
    encoding: 'utf8',
  });
  const error = run.error as NodeJS.ErrnoException | undefined;
  if (error?.code === 'ENOENT') return { ok: false, reason: 'no-pdftotext', detail: 'pdftotext is not installed' };
  if (error?.code === 'ENOBUFS') return { ok: false, reason: 'too-large', detail: 'its text is larger than any bid' };
  if (error?.code === 'ETIMEDOUT' || run.signal) return { ok: false, reason: 'unreadable', detail: `pdftotext did not finish in ${TIMEOUT_SECONDS} s` };
  if (error) return { ok: false, reason: 'unreadable', detail: error.message };
  if (run.status !== 0) {
    // pdftotext's own words: "Incorrect password", "Couldn't find trailer dictionary".
    const said = (run.stderr ?? '').trim().split('\n').pop() || `pdftotext exited with ${run.status}`;
    return { ok: false, reason: 'unreadable', detail: said.replace(/^(Syntax )?Error:\s*/, '') };
  }
  try {
    return { ok: true, reading: readPdfLayout(run.stdout) };
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: `pdftotext wrote what is not XML (${(e as Error).message.split('\n')[0]})` };
  }
}
