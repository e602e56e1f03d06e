import { readFile, writeFile } from 'node:fs/promises';
import { runMain } from '@polku/kit';
import { composeSupergraph } from './composition.js';
import { acknowledgedChangesPath, apiBaselinePath, checkSchema, describeSchemaCheck, type AcknowledgedChange } from './schema-checks.js';

// npm run schema:check: the code's API against the published baseline; exits 1
// on an unacknowledged breaking change. npm run schema:publish (--publish):
// the code's API becomes the published baseline, acknowledgements are spent.
runMain(async () => {
  const { apiSdl } = await composeSupergraph();
  if (process.argv.includes('--publish')) {
    await writeFile(apiBaselinePath, apiSdl);
    await writeFile(acknowledgedChangesPath, `${JSON.stringify({ acknowledged: [] }, null, 2)}\n`);
    console.log('schema/api.baseline.graphql is now the published API; schema/acknowledged-changes.json emptied');
    return;
  }
  const baseline = await readFile(apiBaselinePath, 'utf8');
  const { acknowledged } = JSON.parse(await readFile(acknowledgedChangesPath, 'utf8')) as { acknowledged: AcknowledgedChange[] };
  const check = await checkSchema(baseline, apiSdl, acknowledged);
  console.log(`schema check against the published API (schema/api.baseline.graphql)\n${describeSchemaCheck(check)}`);
  if (check.unacknowledged.length) process.exitCode = 1;
});
