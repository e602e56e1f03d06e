import 'reflect-metadata';
import { runMain, runSubgraphFromEnv } from '@polku/kit';
import { journeysSubgraph } from './module.js';

runMain(() => runSubgraphFromEnv(journeysSubgraph));
