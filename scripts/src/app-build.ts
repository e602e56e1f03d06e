import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const appDir = join(repo, 'app');
const builtPage = join(appDir, 'dist', 'index.html');
// What the built app is made of: its own files and the generated client it bundles.
const sources = [join(appDir, 'src'), join(appDir, 'index.html'), join(appDir, 'graphiql.html'), join(appDir, 'vite.config.ts'), join(repo, 'schema', 'client', 'src')];

async function newest(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  return Math.max(info.mtimeMs, ...(await Promise.all(entries.map((entry) => newest(join(path, entry))))));
}

/**
 * Builds the web app (vite build, about 10 s) when app/dist is missing or
 * older than its sources, so `npm start` and the browser tests serve what
 * the code says. Reports whether it built.
 */
export async function ensureAppBuilt(log: (message: string) => void = () => {}): Promise<boolean> {
  const built = (await stat(builtPage).catch(() => null))?.mtimeMs ?? 0;
  const changed = Math.max(...(await Promise.all(sources.map(newest))));
  if (built >= changed) return false;
  log('building the web app (app/dist)');
  await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: appDir, maxBuffer: 16 * 1024 * 1024 });
  return true;
}
