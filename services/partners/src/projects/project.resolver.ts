import type { SubgraphContext } from '@polku/kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { PartnersLoaders } from '../loaders.js';
import { ServiceOffering } from '../offerings/service-offering.type.js';
import { Organisation } from '../organisations/organisation.type.js';
import type { ProjectEntity, ProjectPartnerEntity } from './project.entity.js';
import { projectStore } from './project.store.js';
import { Project, ProjectPartner } from './project.type.js';

type Context = SubgraphContext<PartnersLoaders>;

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => [Project], { description: 'All joint projects on the platform, by name. A directory without personal data.' })
  projects(@Ctx() ctx: Context) {
    return ctx.db.run((manager) => projectStore.list(manager));
  }

  @Query(() => Project, { nullable: true, description: 'One project by its slug, or null when no project has it.' })
  project(@Arg('slug', { description: 'The project slug, e.g. "uusi-askel".' }) slug: string, @Ctx() ctx: Context) {
    return ctx.db.run((manager) => projectStore.bySlug(manager, slug));
  }

  @FieldResolver(() => Organisation)
  leadOrganisation(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(project.leadOrganisationId);
  }

  @FieldResolver(() => [ServiceOffering])
  serviceOfferings(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.serviceOfferingsByProjectId.load(project.id);
  }

  @FieldResolver(() => [ProjectPartner])
  partners(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.partnersByProjectId.load(project.id);
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() partner: ProjectPartnerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(partner.organisationId);
  }
}
