import { partnersRules } from './auth/rules.js';
import { buildSubgraph, type SubgraphContext } from '@polku/kit';
import type { PartnersLoaders } from './loaders.js';
import { ServiceOfferingResolver } from './offerings/service-offering.resolver.js';
import { OrganisationResolver } from './organisations/organisation.resolver.js';
import { ProjectPartnerResolver, ProjectResolver } from './projects/project.resolver.js';

type Context = SubgraphContext<PartnersLoaders>;

export function buildPartnersSubgraph() {
  return buildSubgraph({
    rules: partnersRules,
    resolvers: [OrganisationResolver, ProjectResolver, ProjectPartnerResolver, ServiceOfferingResolver],
    referenceResolvers: {
      Organisation: (reference: { id: string }, ctx: Context) => ctx.loaders.organisationById.load(reference.id),
      Project: (reference: { id: string }, ctx: Context) => ctx.loaders.projectById.load(reference.id),
      ServiceOffering: (reference: { id: string }, ctx: Context) => ctx.loaders.serviceOfferingById.load(reference.id),
    },
  });
}
