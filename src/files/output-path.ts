/**
 * Where a command may write: checked before any work, so a bad `--out` costs nothing and
 * never lands over the project's own sources. Returns the reason a path is refused, in
 * words for the user, or undefined when it is fine.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** The project's sources: nothing is ever generated into them. */
const SOURCE_FOLDERS = ['content', 'templates', 'src', 'tests', 'node_modules', '.git'];

export function refuseOutput(path: string, root: string, expect: 'file' | 'folder'): string | undefined {
  const target = resolve(path);
  const rel = relative(resolve(root), target);
  const top = rel.split(sep)[0];
  if (rel === '') return expect === 'file' ? `${path} is the project folder itself, not a file.` : `${path} is the project folder itself; write into a folder inside it, such as out/.`;
  if (!rel.startsWith('..') && top && SOURCE_FOLDERS.includes(top)) return `${path} is inside ${top}/, the project's own sources; aftercare never writes there.`;
  if (existsSync(target)) {
    const isFolder = statSync(target).isDirectory();
    if (expect === 'file' && isFolder) return `${path} is a folder; name a file, such as ${path.replace(/\/$/, '')}/model.json.`;
    if (expect === 'folder' && !isFolder) return `${path} is a file; name a folder.`;
  }
  // Every existing ancestor must be a folder, or creating the parents fails half-way.
  for (let dir = dirname(target); ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) return `${relative(process.cwd(), dir) || dir} is a file, so nothing can be written under it.`;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return undefined;
}
