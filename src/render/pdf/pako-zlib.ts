/**
 * pako's API, as pdf-lib and its helpers call it, on Node's own zlib. The bundles alias
 * `pako` here (scripts/build-cli.mjs): pako is zlib written in JavaScript, several times
 * slower, and compressing pdf-lib's object streams with it was the slowest step of saving a
 * PDF. The format is the same zlib stream; tests that load pdf-lib unbundled use pako itself.
 */
import { deflateSync, inflateSync } from 'node:zlib';

const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const deflate = (data: Uint8Array, options?: { level?: number }) => bytes(deflateSync(data, options?.level === undefined ? {} : { level: options.level }));
export const inflate = (data: Uint8Array) => bytes(inflateSync(data));

export default { deflate, inflate };
