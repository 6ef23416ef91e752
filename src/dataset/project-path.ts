/** Naming a dataset folder in what gets published (revision notes). */
import { basename, isAbsolute, relative, resolve } from 'node:path';

/**
 * How a dataset folder is named in a revision note: relative to the working
 * directory (the project) when inside it, else only its own name, so a
 * published note never carries an absolute path of the operator's machine.
 * @example projectPath('/home/ann/pd/data', '/home/ann/pd') // 'data'
 */
export function projectPath(dir: string, cwd: string = process.cwd()): string {
  const full = resolve(cwd, dir);
  const rel = relative(cwd, full);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? basename(full) : rel;
}
