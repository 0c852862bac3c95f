/**
 * The one way aftercare reads a user's file: regular files only, and never more than a
 * limit. The size is enforced while reading, not taken from `stat` — a FIFO, a link to
 * /dev/zero or a file still growing reports a small or zero size and would otherwise hang
 * the run or fill the memory. Failures are values, never exceptions.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadRefusal =
  /** Not a regular file: a folder, FIFO, socket or device. */
  | { reason: 'not-a-file'; kind: string }
  | { reason: 'too-large'; limit: number }
  | { reason: 'missing' }
  | { reason: 'unreadable'; code: string };

export type BoundedRead = { ok: true; bytes: Uint8Array } | ({ ok: false } & ReadRefusal);

const CHUNK = 64 * 1024;

export function readBounded(path: string, limit: number): BoundedRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'ENOENT' ? { ok: false, reason: 'missing' } : { ok: false, reason: 'unreadable', code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(stat) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) return { ok: false, reason: 'too-large', limit };
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: import('node:fs').Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** "1 MB", "512 KB": limits in messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
