/**
 * Reads a bid document the user already has as plain text with one line per paragraph:
 * .txt and .md as they are, .docx through an XML parser (docx.ts): paragraphs, tables as
 * Markdown pipe tables under their header row, text boxes, accepted tracked changes and
 * fields' visible text, each line with its location in Word words; .pdf through poppler's
 * pdftotext, its tables rebuilt from the lines' positions (pdf.ts, pdf-layout.ts), each line
 * with its page. Refusals are diagnostics.
 */
import { readSync } from 'node:fs';
import { formatBytes, readBounded, type BoundedRead } from '../files/read-bounded.ts';
import { extname } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { readDocxXml, type LineOrigin } from './docx.ts';
import { readPdf } from './pdf.ts';

/** Larger than any real bid chapter; protects against feeding it a disk image. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/**
 * A .docx is a zip: its size on disk says little about what it inflates to. These bound the
 * text once unpacked (a whole bid's document.xml is a few MB; a zip bomb is hundreds) and
 * the number of parts (Word writes tens; a zip of thousands is no Word document).
 */
export const MAX_DOCX_XML_BYTES = 32 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 10_000;

/**
 * `origins` (.docx and .pdf): where each line of `text` is in the document ("¶12", "table 2 row 3
 * cell 2"). Line numbers count lines of this reading: a paragraph is a line, a table row is a
 * line (and a header row is followed by a separator line), a run of empty paragraphs is one
 * blank line; the origin always names the paragraph in Word's own count.
 */
export type DocumentResult = { ok: true; text: string; origins?: LineOrigin[] } | { ok: false; diagnostic: Diagnostic };

export function readDocument(path: string, file: string): DocumentResult {
  const fail = (ruleId: string, message: string, hint: string): DocumentResult => ({
    ok: false,
    diagnostic: { ruleId, severity: 'error', message, location: { file, line: 1, column: 1 }, hint },
  });
  // Read as every input is read: bounded while reading, regular files only ("-" is standard input).
  const read = path === '-' ? readStandardInput(MAX_DOCUMENT_BYTES) : readBounded(path, MAX_DOCUMENT_BYTES);
  if (!read.ok) {
    switch (read.reason) {
      case 'missing':
        return fail('audit/unreadable', `${file} does not exist.`, 'Check the path.');
      case 'not-a-file':
        return fail('audit/unreadable', `${file} is ${read.kind}, not a file.`, 'Name the document files to audit.');
      case 'unreadable':
        return fail('audit/unreadable', `${file} cannot be read (${read.code}).`, 'Check its permissions.');
      case 'too-large':
        return fail('audit/too-large', `${file} is larger than ${formatBytes(read.limit)}, more than any bid chapter.`, 'Audit the after-sales chapter on its own.');
    }
  }
  const bytes = Buffer.from(read.bytes);
  const ext = extname(file).toLowerCase();
  // Macro-enabled documents and templates are the same package with the same main part.
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx' || ext === '.dotm') return readDocx(bytes, fail);
  if (ext === '.doc' || ext === '.wps') return fail('audit/format', `${file} is an old binary Word/WPS file, which cannot be read.`, 'Save it as .docx (Word: File › Save As › .docx) and audit that.');
  if (ext === '.pdf') return readPdfFile(bytes, file, fail);
  if (bytes.includes(0)) return fail('audit/format', `${file} is binary, not text.`, 'Audit .txt, .md, .docx or .pdf files.');
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
  } catch {
    return fail('audit/encoding', `${file} is not UTF-8 (perhaps GBK).`, 'Save it as UTF-8, e.g. `iconv -f GBK -t UTF-8 in.txt > out.txt`.');
  }
}

/** Thrown from the unzip filter to stop reading an archive over a limit. */
class Refused {
  constructor(readonly result: DocumentResult) {}
}

function readDocx(bytes: Uint8Array, fail: (id: string, m: string, h: string) => DocumentResult): DocumentResult {
  let xml: string;
  try {
    let entries = 0;
    // The filter sees each entry of the central directory before anything is inflated, with
    // the size it declares; fflate inflates into a buffer of exactly that size, so a part
    // that lies about its size is cut short (and its XML then fails to parse), never grown.
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (++entries > MAX_DOCX_ENTRIES) {
          throw new Refused(fail('audit/too-large', `This .docx has more than ${MAX_DOCX_ENTRIES.toLocaleString('en')} parts; Word writes a few dozen.`, 'Open it in Word or LibreOffice and save it again as .docx.'));
        }
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > MAX_DOCX_XML_BYTES) {
          throw new Refused(
            fail(
              'audit/too-large',
              `This .docx's text (word/document.xml) unpacks to more than ${formatBytes(MAX_DOCX_XML_BYTES)}, far more than a bid chapter; it may be a zip bomb.`,
              'Audit the after-sales chapter on its own: copy it into a new document.',
            ),
          );
        }
        return true;
      },
    });
    const doc = files['word/document.xml'];
    if (!doc) return fail('audit/format', 'This .docx has no word/document.xml: it is not a Word document.', 'Open it in Word or LibreOffice and save it again as .docx.');
    xml = strFromU8(doc);
  } catch (e) {
    if (e instanceof Refused) return e.result;
    return fail('audit/format', 'This .docx cannot be unzipped: the file is damaged or not a Word document.', 'Open it in Word or LibreOffice and save it again as .docx.');
  }
  try {
    const { text, origins } = readDocxXml(xml);
    return { ok: true, text, origins };
  } catch (e) {
    return fail('audit/format', `This .docx's document.xml is not well-formed XML (${(e as Error).message.split('\n')[0]}).`, 'Open it in Word or LibreOffice and save it again as .docx.');
  }
}

/** Standard input (`aftercare audit -`), read as plain text up to the limit. */
function readStandardInput(limit: number): BoundedRead {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(64 * 1024);
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      return { ok: false, reason: 'unreadable', code };
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return { ok: false, reason: 'too-large', limit };
    chunks.push(chunk.subarray(0, n));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function readPdfFile(bytes: Uint8Array, file: string, fail: (id: string, m: string, h: string) => DocumentResult): DocumentResult {
  const read = readPdf(bytes);
  if (!read.ok) {
    switch (read.reason) {
      case 'no-pdftotext':
        return fail('audit/no-pdf-reader', `${file} is a PDF, and PDFs are read with poppler's pdftotext, which is not installed.`, 'Install poppler (Debian/Ubuntu: `sudo apt-get install poppler-utils`; macOS: `brew install poppler`), or audit the .docx the PDF was made from.');
      case 'too-large':
        return fail('audit/too-large', `${file}: ${read.detail}.`, 'Audit the after-sales chapter on its own.');
      case 'unreadable':
        return fail('audit/format', `${file} cannot be read as a PDF: ${read.detail}.`, 'If it is password-protected, save a copy without the password; else export it again from the program that made it.');
    }
  }
  if (!/\S/.test(read.reading.text)) {
    return fail('audit/format', `${file} has no text, only images of pages (a scan).`, 'Audit the document it was printed from, or run it through OCR (e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`) and audit the result.');
  }
  return { ok: true, text: read.reading.text, origins: read.reading.origins };
}
