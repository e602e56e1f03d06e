import 'reflect-metadata';
import { runMain, runSubgraphFromEnv } from '@polku/kit';
import { platformLinkageSecret } from './linkage/linkage.store.js';
import { journeysSubgraph } from './module.js';

runMain(async () => {
  // No linkage secret, no journeys: keys made without one could not be compared or rotated (docs/linkage.md).
  platformLinkageSecret();
  await runSubgraphFromEnv(journeysSubgraph);
});
