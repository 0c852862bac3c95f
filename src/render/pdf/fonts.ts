/**
 * The PDF's fonts. Bundled: Noto Serif SC Regular for body text (the 宋体 of a tender, Latin
 * included) and Noto Sans SC Bold for headings and strong text (the 黑体), TrueType files
 * installed by npm (@expo-google-fonts/*: pdf-lib cannot embed CFF fonts such as Noto CJK's
 * .otf). Or the organisation's own TrueType files (`print.fonts`, checked by faces.ts before
 * anything is rendered). Each file is read once per process (truetype.ts reads only the
 * tables and glyphs a document needs) and subset per document (embed-font.ts).
 */
import { fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DocumentMeta } from '../../document/nodes.ts';
import type { Face, FontMetrics, Fonts } from '../../layout/metrics.ts';
import { type FontSource, readTrueType, type TrueTypeFont } from './truetype.ts';

const require = createRequire(import.meta.url);

const BUNDLED: Record<Face, string> = {
  body: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};
/** The bundled faces' names, for messages. */
export const BUNDLED_NAMES: Record<Face, string> = { body: 'Noto Serif SC', bold: 'Noto Sans SC Bold' };

export type Faces = Record<Face, TrueTypeFont>;

const loaded = new Map<string, TrueTypeFont>();

/** The bundled font of a face. */
export function loadFace(face: Face): TrueTypeFont {
  const key = `bundled:${face}`;
  let font = loaded.get(key);
  if (!font) {
    font = readTrueType(fileSource(require.resolve(BUNDLED[face])));
    loaded.set(key, font);
  }
  return font;
}

/**
 * A font file read piece by piece, as the reader asks: the tables it needs, then only the
 * outlines of the glyphs a document uses (a few hundred kilobytes of a 15 MB face). The file
 * stays open for the process, as the font stays loaded.
 */
function fileSource(path: string): FontSource {
  const fd = openSync(path, 'r');
  return {
    size: fstatSync(fd).size,
    read(offset, length) {
      const bytes = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, bytes, done, length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return bytes.subarray(0, done);
    },
  };
}

/**
 * A font file read once per process, again when it changed (a `--watch` build). The bytes are
 * given by the caller that read them with its limits (faces.ts); throws FontError for a file
 * that is no usable font.
 */
export function fontFile(file: string, index: number, read: () => Uint8Array = () => new Uint8Array(readFileSync(file))): TrueTypeFont {
  const stat = statSync(file);
  const key = `${file}#${index}#${stat.size}#${stat.mtimeMs}`;
  let font = loaded.get(key);
  if (!font) {
    font = readTrueType(read(), index);
    loaded.set(key, font);
  }
  return font;
}

/** The faces a document is printed in: its organisation's files where it names them, else the bundled ones. */
export function facesOf(meta: Pick<DocumentMeta, 'fonts'>): Faces {
  const of = (face: Face) => {
    const own = meta.fonts?.[face];
    return own ? fontFile(own.file, own.index) : loadFace(face);
  };
  return { body: of('body'), bold: of('bold') };
}

const measured = new WeakMap<TrueTypeFont, FontMetrics>();

/** What the layout knows of a font: advances in ems per code point (-1 where it has no glyph), ascent and descent. */
export function metricsOf(font: TrueTypeFont): FontMetrics {
  let m = measured.get(font);
  if (!m) {
    const upm = font.unitsPerEm;
    m = {
      ascent: font.ascent / upm,
      descent: -font.descent / upm,
      advance(cp) {
        const gid = font.glyphOf(cp);
        return gid === 0 ? -1 : font.advanceOf(gid) / upm;
      },
    };
    measured.set(font, m);
  }
  return m;
}

export const metricsFor = (faces: Faces): Fonts => ({ body: metricsOf(faces.body), bold: metricsOf(faces.bold) });
