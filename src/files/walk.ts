/**
 * Lists the files of a project folder the way a user's synced folder really is: links
 * are followed only while they stay inside the project (a link out of it is refused,
 * and nothing of its target is read or printed), broken or looping links and unreadable
 * folders are reported, and the walk is a loop, never a recursion, so no depth of
 * folders can overflow the stack.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, FilesBrokenLink, FilesNotAFile, FilesOutsideProject, FilesUnreadable } from '../diagnostics/catalogue.ts';

export interface ProjectFile {
  /** Absolute path, as found (a link keeps its own name). */
  path: string;
  /** Relative to the project root, with forward slashes: the name diagnostics print. */
  file: string;
}

export interface Walk {
  files: ProjectFile[];
  diagnostics: Diagnostic[];
}

/** Names the walk never enters or reads: hidden files and `_drafts`-style folders. */
const skipped = (name: string) => name.startsWith('.') || name.startsWith('_');

export function walkProject(dir: string, root: string, wanted: (name: string) => boolean): Walk {
  const files: ProjectFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const realRoot = realpathSync(root);
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);
  const at = (path: string) => ({ file: rel(path), line: 1, column: 1 });
  const brokenLink = (path: string, loop: boolean) => diagnostics.push(diagnosticFor(FilesBrokenLink, at(path), { path: rel(path), loop }));
  const outside = (path: string) => diagnostics.push(diagnosticFor(FilesOutsideProject, at(path), { path: rel(path) }));
  const unreadable = (path: string, error: unknown, folder = false) =>
    diagnostics.push(diagnosticFor(FilesUnreadable, at(path), { what: `${folder ? 'The folder ' : ''}${rel(path)}${folder ? '/' : ''} (${(error as NodeJS.ErrnoException).code ?? 'error'})` }));

  let start: string | undefined;
  try {
    start = realpathSync(dir);
  } catch {
    brokenLink(dir, false);
  }
  if (start && !inside(start)) {
    outside(dir);
  }
  if (!start || !inside(start)) return { files, diagnostics };

  const visited = new Set<string>();
  const stack = [dir];
  while (stack.length) {
    const folder = stack.pop()!;
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      unreadable(folder, error, true);
      continue;
    }
    const subfolders: string[] = [];
    for (const name of names) {
      if (skipped(name)) continue;
      const path = join(folder, name);
      let stat: Stats;
      try {
        stat = lstatSync(path);
        if (stat.isSymbolicLink()) {
          const target = linkTarget(path);
          if (typeof target !== 'string') {
            brokenLink(path, target.loop);
            continue;
          }
          if (!inside(target)) {
            if (wanted(name) || statSync(path).isDirectory()) outside(path);
            continue;
          }
          stat = statSync(path);
        }
      } catch (error) {
        unreadable(path, error);
        continue;
      }
      if (stat.isDirectory()) subfolders.push(path);
      else if (!wanted(name)) continue;
      else if (stat.isFile()) files.push({ path, file: rel(path) });
      else diagnostics.push(diagnosticFor(FilesNotAFile, at(path), { kind: `${rel(path)}: a pipe, socket or device` }));
    }
    // Depth-first in name order: push the subfolders reversed so the first is taken first.
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]!);
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, diagnostics };
}

function linkTarget(path: string): string | { loop: boolean } {
  try {
    return realpathSync(path);
  } catch (error) {
    return { loop: (error as NodeJS.ErrnoException).code === 'ELOOP' };
  }
}
