/**
 * watchTree(folder, onChange): every change under a folder, however the file is saved.
 *
 * `fs.watch(folder, { recursive: true })` on Linux under Node 20 watches each file, and a file
 * replaced by a rename (how `sed -i`, vim and editors that save "atomically" write) is never
 * reported again: in `localpress serve`, a typo saved once rebuilt the site, and the fix saved
 * the same way did not. Here every folder is watched instead (a folder's watch reports its
 * files' changes and renames, whatever becomes of their inodes), and folders that appear later
 * are added. Other systems keep the native recursive watch.
 */
import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Folders never worth a rebuild (and, under node_modules, too many to watch). */
const SKIPPED = new Set(['.git', 'node_modules']);

export interface TreeWatcher {
  close(): void;
}

/**
 * watchTree("data", (file) => rebuild(), (folder, error) => say(error)): `file` is the changed
 * path relative to the folder, or null when the system does not say. Throws when the folder
 * itself cannot be watched; a sub-folder that cannot be is passed to `onError`.
 */
export function watchTree(root: string, onChange: (file: string | null) => void, onError: (folder: string, error: Error) => void, platform: NodeJS.Platform = process.platform): TreeWatcher {
  if (platform !== 'linux') {
    const native = watch(root, { recursive: true }, (_event, file) => onChange(file === null ? null : String(file)));
    native.on('error', (error) => onError(root, error));
    return native;
  }
  const base = path.resolve(root);
  const watchers = new Map<string, FSWatcher>();
  const drop = (folder: string) => {
    for (const [dir, watcher] of watchers) {
      if (dir === folder || dir.startsWith(folder + path.sep)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
  };
  /** Watch `folder` and every folder inside it not yet watched. */
  const add = (folder: string, top = false) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        const file = name === null ? null : path.join(folder, String(name));
        // A rename is also how a folder appears or goes: keep the set of watched folders whole.
        if (event === 'rename' && file !== null) {
          if (existsSync(file)) addInside(folder);
          else drop(file);
        }
        onChange(file === null ? null : path.relative(base, file));
      });
    } catch (error) {
      if (top) throw error;
      onError(folder, error as Error);
      return;
    }
    watcher.on('error', (error) => {
      drop(folder);
      if (existsSync(folder)) onError(folder, error);
    });
    watchers.set(folder, watcher);
    addInside(folder);
  };
  const addInside = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // gone already, or unreadable: nothing to watch inside
    }
    for (const entry of entries) if (entry.isDirectory() && !SKIPPED.has(entry.name)) add(path.join(folder, entry.name));
  };
  add(base, true);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
