import { parseArgs } from 'node:util';
import { allRoles, runMain, StartupError, tokenSettingsFromEnv, type Role } from '@polku/kit';
import { embeddedAdminUrl } from './database.js';
import { createTokenSigner, ensureDevKeys } from './dev-keys.js';
import { mintDevToken } from './dev-tokens.js';
import { platformOptionsFromEnv } from './settings.js';

const usage = 'usage: npm run token -- --org <slug> --role <ROLE> [--role <ROLE>] [--project <slug>] [--sub <subject>] [--expires 12h]';

// npm run token: prints one development token on its last line. Needs a running `npm start` (or DATABASE_URL).
runMain(async () => {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      role: { type: 'string', multiple: true },
      project: { type: 'string', multiple: true },
      sub: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  if (!values.org || !values.role?.length) throw new StartupError(usage);
  const roles = values.role.map((role) => role.toUpperCase());
  const unknown = roles.filter((role) => !allRoles.includes(role as Role));
  if (unknown.length) throw new StartupError(`unknown role ${unknown.join(', ')}; roles are ${allRoles.join(', ')}`);

  const options = platformOptionsFromEnv();
  const adminUrl = options.databaseUrl ?? embeddedAdminUrl(options.dataDir, options.embeddedPostgresPort);
  if (!adminUrl) throw new StartupError('no database yet: run npm start first');
  const keys = await ensureDevKeys(options.dataDir);
  const settings = tokenSettingsFromEnv();
  const sign = await createTokenSigner(keys.privateKeyPem, settings.issuer, settings.audience);
  const { token, listedNow } = await mintDevToken(adminUrl, sign, {
    organisation: values.org,
    roles: roles as Role[],
    projects: values.project ?? [],
    subject: values.sub,
    expiresIn: values.expires,
  }).catch((error: Error) => {
    throw new StartupError(`${error.message} (is npm start running?)`);
  });
  if (listedNow) console.error(`note: the development directory now lists ${values.sub ?? `${roles[0]!.toLowerCase()}@${values.org}`} with ${roles.join(', ')}`);
  console.log(token);
});
