import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPlatform, type TestPlatform } from './support/platform.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
let platform: TestPlatform;
beforeAll(async () => {
  platform = await bootPlatform();
});
afterAll(() => platform?.stop());

/** Runs `npm run example` as a partner would: a separate process talking HTTP to the gateway. */
async function runExample(env: Record<string, string>) {
  const args = ['--conditions=source', '--import', '@oxc-node/core/register', 'scripts/src/example-report.ts'];
  return promisify(execFile)(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, timeout: 30_000 });
}

describe('example client (npm run example)', () => {
  it("prints a coordinator's monthly pooled report with suppressed months marked", async () => {
    const token = await platform.tokenFor('sotek', ['COORDINATOR'], ['uusi-askel']);
    const { stdout } = await runExample({ GATEWAY_URL: platform.gatewayUrl, TOKEN: token, PROJECT: 'uusi-askel', YEAR: '2019' });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('Uusi Askel 2019: pooled exits by month');
    expect(lines[2]).toMatch(/^month\s+exits\s+quality path\s+rate$/);
    const months = lines.filter((line) => /^2019-\d\d\s/.test(line));
    expect(months.map((line) => line.slice(0, 7))).toEqual(Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`));
    // Seed 000: Uusi Askel's quality-path share in 2019 was 46 %.
    expect(lines.at(-1)).toMatch(/^year: \d+ exits, \d+ to a quality path \(46 %\); \* suppressed below 5$/);
    // No month shows a count between 1 and 4.
    for (const line of months) for (const cell of line.split(/\s{2,}/).slice(1, 3)) expect(cell).toMatch(/^(0|[5-9]|\d{2,}|<5\*)$/);
  });

  it('refuses the pooled report to a coordinator of another project', async () => {
    const token = await platform.tokenFor('sotek', ['COORDINATOR'], ['yhteinen-askel']);
    const failure = await runExample({ GATEWAY_URL: platform.gatewayUrl, TOKEN: token, PROJECT: 'uusi-askel', YEAR: '2019' }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(/FORBIDDEN/);
  });

  it('exits with the error code when the token is refused', async () => {
    const failure = await runExample({ GATEWAY_URL: platform.gatewayUrl, TOKEN: 'not-a-token' }).catch((error: { code: number; stderr: string }) => error);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(/UNAUTHENTICATED/);
  });
});
