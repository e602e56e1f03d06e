import { WriteRules1739000000000 } from './db/migrations/1739000000000-write-rules.js';
import { PartnershipMoves1732000000003 } from './db/migrations/1732000000003-partnership-moves.js';
import type { SubgraphModule } from '@polku/kit';
import { Directory1732000000000 } from './db/migrations/1732000000000-directory.js';
import { ServiceOfferings1732000000001 } from './db/migrations/1732000000001-service-offerings.js';
import { PartnersDirectory1732000000002 } from './db/migrations/1732000000002-partners-directory.js';
import { FunderEntity, FundingProgrammeEntity } from './funders/funder.entity.js';
import { createPartnersLoaders, type PartnersLoaders } from './loaders.js';
import { ServiceOfferingEntity } from './offerings/service-offering.entity.js';
import { OrganisationEntity } from './organisations/organisation.entity.js';
import { ProjectEntity, ProjectPartnerEntity } from './projects/project.entity.js';
import { buildPartnersSubgraph } from './schema.js';
import { checkCallerAgainstStaff } from './staff/caller-check.js';
import { StaffMemberEntity, StaffRoleEntity } from './staff/staff.entity.js';
import { UnitEntity } from './units/unit.entity.js';

/** The partners subgraph: who belongs where. */
export const partnersSubgraph: SubgraphModule<PartnersLoaders> = {
  name: 'partners',
  defaultPort: 4001,
  database: {
    schema: 'partners',
    appRole: 'partners_app',
    entities: [
      OrganisationEntity,
      UnitEntity,
      StaffMemberEntity,
      StaffRoleEntity,
      FunderEntity,
      FundingProgrammeEntity,
      ProjectEntity,
      ProjectPartnerEntity,
      ServiceOfferingEntity,
    ],
    migrations: [Directory1732000000000, ServiceOfferings1732000000001, PartnersDirectory1732000000002, PartnershipMoves1732000000003, WriteRules1739000000000],
  },
  build: buildPartnersSubgraph,
  createLoaders: createPartnersLoaders,
  checkCaller: checkCallerAgainstStaff,
};
