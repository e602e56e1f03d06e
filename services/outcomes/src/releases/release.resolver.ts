import { apiError, ErrorCode, isUuid, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { OutcomesLoaders } from '../loaders.js';
import { today } from '../dates.js';
import { releaseStore } from './release.store.js';
import { StatisticsRelease } from './release.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

const leadQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id leadOrganisation { id } } } }`;

/** A closed calendar year (years 1..9999), or BAD_USER_INPUT. */
export function checkClosedYear(year: number): number {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw apiError(ErrorCode.BAD_USER_INPUT, 'year must be 1 to 9999.', { argument: 'year' });
  if (year >= Number(today().slice(0, 4))) {
    throw apiError(ErrorCode.BAD_USER_INPUT, 'Releases are made for closed calendar years only.', { argument: 'year' });
  }
  return year;
}

@Resolver(() => StatisticsRelease)
export class StatisticsReleaseResolver {
  @Query(() => [StatisticsRelease], {
    description: "A project's statistics releases, newest year and revision first (COORDINATOR or FUNDER appointed to the project).",
  })
  statisticsReleases(@Arg('projectId', () => ID, { description: 'The project.' }) projectId: string, @Ctx() ctx: Context) {
    if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    return ctx.db.run((manager) => releaseStore.list(manager, projectId));
  }

  @Mutation(() => StatisticsRelease, {
    description:
      "Publishes a new revision of a project's pooled figures for a closed year, from the data as recorded now, audited together with every earlier revision. Only a COORDINATOR of the project's lead organisation, appointed to the project, may.",
  })
  async publishStatisticsRelease(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('year', () => Int, { description: 'A closed calendar year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    checkClosedYear(year);
    // Partners owns who leads a project: asked with the caller's token.
    type Answer = { _entities: Array<{ id: string; leadOrganisation: { id: string } } | null> };
    const answer = await ctx.peers.query<Answer>('partners', leadQuery, { r: [{ __typename: 'Project', id: projectId }] });
    const project = answer._entities[0];
    if (!project) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    if (project.leadOrganisation.id !== ctx.caller.organisationId) {
      throw apiError(ErrorCode.FORBIDDEN, "Only a coordinator of the project's lead organisation publishes its releases.");
    }
    return ctx.db.run((manager) => releaseStore.publish(manager, projectId, year, ctx.caller.subject));
  }
}
