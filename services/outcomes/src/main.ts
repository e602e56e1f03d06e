import 'reflect-metadata';
import { runMain, runSubgraphFromEnv } from '@polku/kit';
import { outcomesSubgraph } from './module.js';

runMain(() => runSubgraphFromEnv(outcomesSubgraph));
