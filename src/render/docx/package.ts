/**
 * Byte-identical DOCX for the same content. The docx library draws ids from Math.random
 * (nanoid) and stamps files with the time; here ids come from a generator seeded by the
 * document's name, the package's dates are the document's, and the zip is rewritten with
 * fixed entry times in the library's order.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Runs `fn` with Math.random replaced by a generator seeded from `seed` (sfc32 over a SHA-256). */
export async function withSeededRandom<T>(seed: string, fn: () => Promise<T>): Promise<T> {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const random = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const native = Math.random;
  Math.random = random;
  try {
    return await fn();
  } finally {
    Math.random = native;
  }
}

/** Rewrites the package: core properties dated `created`, every entry with the same fixed time. */
export function deterministicPackage(bytes: Uint8Array, created: Date): Uint8Array {
  const files = unzipSync(bytes);
  const iso = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`),
    );
  }
  // TOC anchors and bookmark ids come from counters that run on across documents in one
  // process: number them again in order of appearance, so each document stands on its own.
  const body = files['word/document.xml'];
  if (body) files['word/document.xml'] = strToU8(renumber(renumber(strFromU8(body), /_Toc(\d+)/g, (n) => `_Toc${n}`), /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (n, m) => `${m[1]}${n}"`));
  // Zip times are local DOS times from 1980; a fixed one keeps the bytes the same everywhere.
  const mtime = new Date(1980, 0, 1, 0, 0, 0);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = [data, { mtime, level: 6 }];
  return zipSync(out);
}

/** Replaces each distinct number captured by `re` (its last group) with its order of first appearance. */
function renumber(xml: string, re: RegExp, write: (n: number, m: RegExpExecArray) => string): string {
  const order = new Map<string, number>();
  return xml.replace(re, (...args) => {
    const groups = args.slice(0, -2) as string[];
    const m = Object.assign([...groups], { index: 0, input: '' }) as unknown as RegExpExecArray;
    const id = groups[groups.length - 1]!;
    if (!order.has(id)) order.set(id, order.size + 1);
    return write(order.get(id)!, m);
  });
}
