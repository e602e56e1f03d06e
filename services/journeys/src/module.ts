import type { SubgraphModule } from '@polku/kit';
import { ClientEntity } from './clients/client.entity.js';
import { ClientsAndEnrolments1732000000000 } from './db/migrations/1732000000000-clients-and-enrolments.js';
import { EnrolmentEntity } from './enrolments/enrolment.entity.js';
import { createJourneysLoaders, type JourneysLoaders } from './loaders.js';
import { buildJourneysSubgraph } from './schema.js';

/** The journeys subgraph: clients, their paths and referrals between partners. */
export const journeysSubgraph: SubgraphModule<JourneysLoaders> = {
  name: 'journeys',
  defaultPort: 4002,
  database: {
    schema: 'journeys',
    appRole: 'journeys_app',
    entities: [ClientEntity, EnrolmentEntity],
    migrations: [ClientsAndEnrolments1732000000000],
  },
  build: buildJourneysSubgraph,
  createLoaders: createJourneysLoaders,
};
