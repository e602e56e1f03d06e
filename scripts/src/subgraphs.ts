import 'reflect-metadata';
import type { SubgraphModule } from '@polku/kit';
import { journeysSubgraph } from '@polku/journeys';
import { outcomesSubgraph } from '@polku/outcomes';
import { partnersSubgraph } from '@polku/partners';

/** Every subgraph of the platform, in the order they are migrated. */
export const subgraphs: SubgraphModule<unknown>[] = [partnersSubgraph, journeysSubgraph, outcomesSubgraph];
