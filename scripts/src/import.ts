import { parseArgs } from 'node:util';
import { runMain, StartupError, tokenSettingsFromEnv } from '@polku/kit';
import { embeddedAdminUrl } from './database.js';
import { createTokenSigner, ensureDevKeys } from './dev-keys.js';
import { mintDevToken } from './dev-tokens.js';
import { describeSummary, runImportCommand } from './import/run.js';
import { writeTemplateFiles } from './import/template-files.js';
import { platformOptionsFromEnv } from './settings.js';

const usage = `usage: npm run import -- --org <slug> [--dry-run] [--kind <sheet>] [--token <jwt>] [--gateway <url>] <file.csv|file.xlsx>...
       npm run import -- --template <dir>`;

/**
 * npm run import (docs/import.md). The token: --token or POLKU_TOKEN (in
 * production, an ORG_ADMIN's token from the identity provider); without one,
 * in development, a token of importer@<org> as ORG_ADMIN is minted with the
 * development keys, as `npm run token` does (needs npm start's database).
 */
runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      kind: { type: 'string' },
      token: { type: 'string' },
      gateway: { type: 'string' },
      template: { type: 'string' },
    },
  });
  if (values.template) {
    for (const path of await writeTemplateFiles(values.template)) console.log(`wrote ${path}`);
    return;
  }
  if (!values.org || !positionals.length) throw new StartupError(usage);
  const token = values.token ?? process.env.POLKU_TOKEN ?? (await developmentToken(values.org));
  const report = await runImportCommand({
    organisation: values.org,
    files: positionals,
    kind: values.kind,
    gatewayUrl: values.gateway ?? process.env.GATEWAY_URL ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`,
    token,
    dryRun: values['dry-run'],
    progress: true,
  }).catch((error: Error) => {
    throw new StartupError(error.message);
  });
  for (const problem of report.problems) console.log(problem);
  if (report.problems.length) console.log('');
  console.log(report.dryRun ? 'dry run: nothing was written' : 'import done');
  console.log(describeSummary(report));
  // 2: done, but some rows were refused (the summary says which and why).
  if (report.problems.length) process.exitCode = 2;
});

async function developmentToken(organisation: string): Promise<string> {
  const options = platformOptionsFromEnv();
  const adminUrl = options.databaseUrl ?? embeddedAdminUrl(options.dataDir, options.embeddedPostgresPort);
  if (!adminUrl) throw new StartupError('no token: give --token or POLKU_TOKEN (or run npm start for a development token)');
  const keys = await ensureDevKeys(options.dataDir);
  const settings = tokenSettingsFromEnv();
  const sign = await createTokenSigner(keys.privateKeyPem, settings.issuer, settings.audience);
  const { token, listedNow } = await mintDevToken(adminUrl, sign, { organisation, roles: ['ORG_ADMIN'], subject: `importer@${organisation}`, expiresIn: '2h' });
  if (listedNow) console.error(`note: the development directory now lists importer@${organisation} as ORG_ADMIN`);
  return token;
}
