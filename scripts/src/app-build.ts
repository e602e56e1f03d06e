import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
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
  const stale = async () => ((await stat(builtPage).catch(() => null))?.mtimeMs ?? 0) < Math.max(...(await Promise.all(sources.map(newest))));
  if (!(await stale())) return false;
  // One build at a time (test files run in parallel): a lock folder; a lock older than 2 minutes is left over.
  const lock = join(appDir, '.build-lock');
  for (;;) {
    const taken = await mkdir(lock).then(() => true, () => false);
    if (taken) break;
    const since = (await stat(lock).catch(() => null))?.mtimeMs;
    if (since !== undefined && Date.now() - since > 120_000) await rm(lock, { recursive: true, force: true });
    await sleep(250);
  }
  try {
    if (!(await stale())) return false;
    log('building the web app (app/dist)');
    await promisify(execFile)('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: appDir, maxBuffer: 16 * 1024 * 1024 });
    return true;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
