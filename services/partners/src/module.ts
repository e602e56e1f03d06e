import type { SubgraphModule } from '@polku/kit';
import { Directory1732000000000 } from './db/migrations/1732000000000-directory.js';
import { ServiceOfferings1732000000001 } from './db/migrations/1732000000001-service-offerings.js';
import { ServiceOfferingEntity } from './offerings/service-offering.entity.js';
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
    entities: [OrganisationEntity, ProjectEntity, ProjectPartnerEntity, ServiceOfferingEntity],
    migrations: [Directory1732000000000, ServiceOfferings1732000000001],
  },
  build: buildPartnersSubgraph,
  createLoaders: createPartnersLoaders,
};
