import type { SubgraphContext } from '@polku/kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { PartnersLoaders } from '../loaders.js';
import { organisationStore } from './organisation.store.js';
import { Organisation } from './organisation.type.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'All organisations on the platform, by name. A directory without personal data.' })
  organisations(@Ctx() ctx: SubgraphContext<PartnersLoaders>) {
    return ctx.db.run((manager) => organisationStore.list(manager));
  }
}
