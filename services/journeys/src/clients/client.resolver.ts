import type { SubgraphContext } from '@polku/kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import type { ClientEntity } from './client.entity.js';
import { clientStore } from './client.store.js';
import { Client } from './client.type.js';

type Context = SubgraphContext<JourneysLoaders>;

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => [Client], { description: "The caller's organisation's clients, by code." })
  clients(@Ctx() ctx: Context) {
    return ctx.db.run((manager) => clientStore.list(manager));
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() client: ClientEntity): Organisation {
    return { id: client.orgId };
  }
}
