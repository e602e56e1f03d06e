import 'reflect-metadata';
import { runMain, runSubgraphFromEnv } from '@polku/kit';
import { partnersSubgraph } from './module.js';

runMain(() => runSubgraphFromEnv(partnersSubgraph));
