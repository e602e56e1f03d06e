import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnrolments } from '@polku/scripts';
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
  it("prints the caller's enrolments in the project as a table", async () => {
    const { stdout } = await runExample({ GATEWAY_URL: platform.gatewayUrl, TOKEN: await platform.tokenFor('sotek', ['COACH']) });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe("Yhteinen Askel: your organisation's enrolments");
    expect(lines[2]).toMatch(/^client\s+started\s+exited\s+destination\s+quality path$/);
    const sotek = demoEnrolments.filter((enrolment) => enrolment.organisation === 'sotek' && enrolment.project === 'yhteinen-askel');
    for (const enrolment of sotek) {
      const row = lines.find((line) => line.startsWith(enrolment.clientCode));
      expect(row, enrolment.clientCode).toBeDefined();
      expect(row!.split(/\s{2,}/).slice(0, 4)).toEqual(
        [enrolment.clientCode, enrolment.startedOn, enrolment.exit?.exitDate, enrolment.exit?.destination ?? 'on path'].filter(Boolean),
      );
    }
    // Another organisation's clients never appear.
    expect(stdout).not.toMatch(/KAL-|KUN-/);
    const exited = sotek.filter((enrolment) => enrolment.exit).length;
    expect(lines.at(-1)).toMatch(new RegExp(`^${sotek.length} enrolments, ${exited} exited, \\d+ to a quality path$`));
  });

  it('exits with the error code when the token is refused', async () => {
    const failure = await runExample({ GATEWAY_URL: platform.gatewayUrl, TOKEN: 'not-a-token' }).catch((error: { code: number; stderr: string }) => error);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(/UNAUTHENTICATED/);
  });
});
