/** Writes a file so that readers see the old or the new content, never half of it. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    // A full disk or a folder in the way: leave nothing half-written behind.
    rmSync(tmp, { force: true });
    throw error;
  }
}
