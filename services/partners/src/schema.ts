import { buildSubgraph, type SubgraphContext } from '@polku/kit';
import { partnersRules } from './auth/rules.js';
import { FunderResolver, FundingProgrammeResolver } from './funders/funder.resolver.js';
import type { PartnersLoaders } from './loaders.js';
import { ServiceOfferingResolver } from './offerings/service-offering.resolver.js';
import { OrganisationResolver } from './organisations/organisation.resolver.js';
import { ProjectPartnerResolver, ProjectResolver, ProjectTargetResolver } from './projects/project.resolver.js';
import { MeResolver, StaffMemberResolver, StaffRoleAssignmentResolver } from './staff/staff.resolver.js';
import { UnitResolver } from './units/unit.resolver.js';

type Context = SubgraphContext<PartnersLoaders>;

export function buildPartnersSubgraph() {
  return buildSubgraph({
    rules: partnersRules,
    resolvers: [
      OrganisationResolver,
      UnitResolver,
      StaffMemberResolver,
      StaffRoleAssignmentResolver,
      MeResolver,
      FunderResolver,
      FundingProgrammeResolver,
      ProjectResolver,
      ProjectTargetResolver,
      ProjectPartnerResolver,
      ServiceOfferingResolver,
    ],
    // Every entity resolves through a dataloader (N representations, one query); row level security
    // decides what a caller may see: staff of another organisation resolve to null.
    referenceResolvers: {
      Organisation: (reference: { id: string }, ctx: Context) => ctx.loaders.organisationById.load(reference.id),
      Project: (reference: { id: string }, ctx: Context) => ctx.loaders.projectById.load(reference.id),
      ProjectPartner: (reference: { id: string }, ctx: Context) => ctx.loaders.partnershipById.load(reference.id),
      StaffMember: (reference: { id: string }, ctx: Context) => ctx.loaders.staffMemberById.load(reference.id),
      ServiceOffering: (reference: { id: string }, ctx: Context) => ctx.loaders.serviceOfferingById.load(reference.id),
      Unit: (reference: { id: string }, ctx: Context) => ctx.loaders.unitById.load(reference.id),
    },
  });
}
