/**
 * The organisation's own fonts for its PDFs (`print.fonts` in its content: a licensed 宋体 or
 * 黑体), checked before any document is built: each file must exist, be a regular file under
 * the size limit, be a TrueType font (or a collection holding the index named), and draw
 * Chinese. A file that fails is a located diagnostic at its `file:` line, and nothing is
 * written; a good one is handed to the documents as absolute paths (DocumentMeta.fonts).
 */
import { isAbsolute, resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { DocumentFont, diagnosticFor } from '../../diagnostics/catalogue.ts';
import type { DocumentMeta } from '../../document/nodes.ts';
import { formatBytes, readBounded } from '../../files/read-bounded.ts';
import type { Face } from '../../layout/metrics.ts';
import type { Model } from '../../model/model.ts';
import { fontFile } from './fonts.ts';
import { FontError } from './truetype.ts';

/** The largest font file read: Windows' simsun.ttc is 18 MB, a full CJK TrueType about 25 MB. */
const LIMIT = 64 * 1024 * 1024;
const FACES: readonly Face[] = ['body', 'bold'];

export interface PrintFonts {
  fonts?: DocumentMeta['fonts'];
  diagnostics: Diagnostic[];
}

const checked = new WeakMap<Model, PrintFonts>();

/** The organisation's fonts, checked once per model (every bid and language prints in them). */
export function printFonts(model: Model): PrintFonts {
  let result = checked.get(model);
  if (!result) {
    result = check(model);
    checked.set(model, result);
  }
  return result;
}

function check(model: Model): PrintFonts {
  const org = model.organisation;
  const wanted = org?.data.print?.fonts;
  if (!org || !wanted) return { diagnostics: [] };
  const fonts: NonNullable<DocumentMeta['fonts']> = {};
  const diagnostics: Diagnostic[] = [];
  for (const face of FACES) {
    const own = wanted[face];
    if (!own) continue;
    const path = isAbsolute(own.file) ? own.file : resolve(model.root ?? '.', own.file);
    const refuse = (reason: string) => diagnostics.push(diagnosticFor(DocumentFont, org.locate(['print', 'fonts', face, 'file']), { file: own.file, face, reason }));
    const read = readBounded(path, LIMIT);
    if (!read.ok) {
      refuse(
        read.reason === 'missing'
          ? 'there is no such file'
          : read.reason === 'not-a-file'
            ? `it is ${read.kind}`
            : read.reason === 'too-large'
              ? `it is larger than ${formatBytes(read.limit)}`
              : `it cannot be read (${read.code})`,
      );
      continue;
    }
    try {
      const font = fontFile(path, own.index, () => read.bytes);
      if (!font.glyphOf(0x4e2d)) refuse('it has no Chinese characters (it cannot draw 中)');
      else fonts[face] = { file: path, index: own.index };
    } catch (error) {
      if (!(error instanceof FontError)) throw error;
      refuse(error.message);
    }
  }
  return { fonts, diagnostics };
}
