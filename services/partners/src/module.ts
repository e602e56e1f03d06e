import type { SubgraphModule } from '@polku/kit';
import { Directory1732000000000 } from './db/migrations/1732000000000-directory.js';
import { createPartnersLoaders, type PartnersLoaders } from './loaders.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { ProjectEntity, ProjectPartnerEntity } from './projects/project.entity.js';
import { buildPartnersSubgraph } from './schema.js';

/** The partners subgraph: who belongs where. */
export const partnersSubgraph: SubgraphModule<PartnersLoaders> = {
  name: 'partners',
  defaultPort: 4001,
  database: {
    schema: 'partners',
    appRole: 'partners_app',
    entities: [OrganisationEntity, ProjectEntity, ProjectPartnerEntity],
    migrations: [Directory1732000000000],
  },
  build: buildPartnersSubgraph,
  createLoaders: createPartnersLoaders,
};
