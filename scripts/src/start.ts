import { runMain } from '@polku/kit';
import { demoUsers, tokenForDemoUser } from './demo-users.js';
import { startPlatformProcesses } from './platform.js';
import { platformOptionsFromEnv } from './settings.js';

const exampleQuery = `query YhteinenAskel {
  project(slug: "yhteinen-askel") {
    name
    partners { role organisation { name } }
    enrolments { client { code } startedOn exitOutcome { destination exitDate qualityPath } }
  }
}`;

// npm start: PostgreSQL, the three subgraphs and the gateway as supervised processes; Ctrl-C stops them all.
runMain(async () => {
  const began = Date.now();
  const options = platformOptionsFromEnv();
  const platform = await startPlatformProcesses({ ...options, onProgress: (message) => console.log(`• ${message}`) });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    platform.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGHUP', () => shutdown('SIGHUP'));

  const tokens =
    options.seed === false ? [] : await Promise.all(demoUsers.map(async (user) => ({ user, token: await tokenForDemoUser(platform.adminUrl, platform.signToken, user) })));
  console.log(`
Polku platform is ready in ${((Date.now() - began) / 1000).toFixed(1)} s

  Web app:  ${platform.gatewayUrl.replace(/graphql$/, '')}
  GraphQL:  ${platform.gatewayUrl}
  Services: ${Object.values(platform.services).map((service) => `${service.name} (pid ${service.pid})`).join(', ')}
  Health:   ${platform.gatewayUrl.replace(/graphql$/, 'health')}

Try, with a token below as "Authorization: Bearer <token>":

${exampleQuery}

Development tokens (valid 12 h; mint others with: npm run token -- --org <slug> --role <ROLE>):
${tokens.map(({ user, token }) => `\n  ${user.description} (${user.roles.join(', ')}):\n  ${token}`).join('\n')}

Press Ctrl-C to stop.`);
});
