import { Locale, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnersLoaders } from '../loaders.js';
import { Organisation } from '../organisations/organisation.type.js';
import { Project } from '../projects/project.type.js';
import type { ServiceOfferingEntity } from './service-offering.entity.js';
import { ServiceOffering } from './service-offering.type.js';
import { serviceTypeLabels } from './service-type.js';

type Context = SubgraphContext<PartnersLoaders>;

@Resolver(() => ServiceOffering)
export class ServiceOfferingResolver {
  @FieldResolver(() => String)
  typeLabel(
    @Root() offering: ServiceOfferingEntity,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." })
    locale?: Locale | null,
  ) {
    return serviceTypeLabels[offering.type][locale ?? ctx.locale];
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() offering: ServiceOfferingEntity, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(offering.organisationId);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() offering: ServiceOfferingEntity, @Ctx() ctx: Context) {
    return offering.projectId ? ctx.loaders.projectById.load(offering.projectId) : null;
  }
}
