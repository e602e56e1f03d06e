import { apiError, ErrorCode, isUuid, type PeerClient, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../input-rules.js';
import { checkLocalised } from '../localised-text.js';
import type { OutcomesLoaders } from '../loaders.js';
import { assertLeadsProject } from '../references/project-lead.js';
import { isOrganisationStaff } from '../auth/rules.js';
import { surveyStore, type SurveyRow } from './survey.store.js';
import { DefineFeedbackSurveyInput, FeedbackSurvey, FeedbackSurveyResults } from './survey.type.js';

type Context = SubgraphContext<OutcomesLoaders>;
const codePattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
const notFound = () => apiError(ErrorCode.NOT_FOUND, 'No such survey.');

const partnersQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id partners { organisation { id } } } } }`;

/** Staff answer and read a project's surveys only when their organisation takes part in it (asked from partners). */
async function assertPartner(peers: PeerClient, organisationId: string, projectId: string) {
  type Answer = { _entities: Array<{ id: string; partners: Array<{ organisation: { id: string } }> } | null> };
  const answer = await peers.query<Answer>('partners', partnersQuery, { r: [{ __typename: 'Project', id: projectId }] });
  if (!answer._entities[0]?.partners.some((p) => p.organisation.id === organisationId)) throw notFound();
}

@Resolver(() => FeedbackSurvey)
export class FeedbackSurveyResolver {
  @Query(() => [FeedbackSurvey], { description: "A project's anonymous client feedback surveys (no personal data)." })
  feedbackSurveys(@Arg('projectId', () => ID, { description: 'The project.' }) projectId: string, @Ctx() ctx: Context) {
    if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    return ctx.db.run((manager) => surveyStore.ofProject(manager, projectId));
  }

  @Mutation(() => FeedbackSurvey, {
    description: "Defines an anonymous client feedback survey for a project. Only an ORG_ADMIN of the project's lead organisation may (FORBIDDEN otherwise); CONFLICT when the code is taken in the project.",
  })
  async defineFeedbackSurvey(@Arg('input', () => DefineFeedbackSurveyInput, { description: 'The survey.' }) input: DefineFeedbackSurveyInput, @Ctx() ctx: Context) {
    if (!codePattern.test(input.code)) throw badInput('code must be 1–40 lowercase letters, digits or -.', 'code');
    if (!Number.isInteger(input.scaleMax) || input.scaleMax < 2 || input.scaleMax > 10) throw badInput('scaleMax must be 2 to 10.', 'scaleMax');
    if (input.questions.length < 1 || input.questions.length > 20) throw badInput('Give 1 to 20 questions.', 'questions');
    const codes = new Set(input.questions.map((q) => q.code));
    if (codes.size !== input.questions.length || ![...codes].every((c) => codePattern.test(c))) throw badInput('Question codes must be 1–40 lowercase letters, digits or -, each once.', 'questions');
    const survey = {
      orgId: ctx.caller.organisationId,
      projectId: input.projectId,
      code: input.code,
      titles: checkLocalised(input.title, 120, 'title'),
      scaleMax: input.scaleMax,
      questions: input.questions.map((q, i) => ({ code: q.code, ...checkLocalised(q.text, 200, `questions[${i}].text`) })),
    };
    await assertLeadsProject(ctx.peers, ctx.caller.organisationId, input.projectId, 'defines its feedback surveys');
    const id = await ctx.db.run((manager) => surveyStore.insert(manager, survey));
    if (!id) throw apiError(ErrorCode.CONFLICT, 'The code is taken in the project.', { argument: 'code' });
    return { ...survey, id };
  }

  @Mutation(() => Boolean, {
    description:
      "Submits one anonymous response (an answer 1..scaleMax to every question), e.g. from a paper form or a device handed to the client. Stored with the current month only: no client, organisation, day or time. Staff of the project's partner organisations only (NOT_FOUND otherwise).",
  })
  async submitFeedbackResponse(
    @Arg('surveyId', () => ID, { description: 'The survey.' }) surveyId: string,
    @Arg('answers', () => [Int], { description: 'One answer per question, in order.' }) answers: number[],
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(surveyId)) throw notFound();
    const survey = await ctx.db.run((manager) => surveyStore.byId(manager, surveyId));
    if (!survey) throw notFound();
    await assertPartner(ctx.peers, ctx.caller.organisationId, survey.projectId);
    if (answers.length !== survey.questions.length || !answers.every((a) => Number.isInteger(a) && a >= 1 && a <= survey.scaleMax)) {
      throw badInput(`Give one answer 1..${survey.scaleMax} to each of the ${survey.questions.length} questions.`, 'answers');
    }
    await ctx.db.run((manager) => surveyStore.insertResponse(manager, surveyId, answers));
    return true;
  }

  @Query(() => FeedbackSurveyResults, {
    description:
      "Responses per closed month with each question's mean, suppressed below the project's k. The running month is never shown. For a COORDINATOR or FUNDER appointed to the project, and staff of its partner organisations.",
  })
  async feedbackSurveyResults(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Arg('code', () => String, { description: "The survey's code in the project." }) code: string,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(projectId)) throw notFound();
    const survey = await ctx.db.run((manager) => surveyStore.byCode(manager, projectId, code));
    if (!survey) throw notFound();
    if (isOrganisationStaff(ctx.caller) && !ctx.caller.projectIds.includes(projectId)) await assertPartner(ctx.peers, ctx.caller.organisationId, projectId);
    return { survey, periods: await ctx.db.run((manager) => surveyStore.results(manager, survey.id)) };
  }

  @FieldResolver()
  project(@Root() s: SurveyRow) {
    return { id: s.projectId };
  }

  @FieldResolver()
  title(@Root() s: SurveyRow, @Ctx() ctx: Context): string {
    return s.titles[ctx.locale.toLowerCase() as 'fi' | 'sv' | 'en'];
  }

  @FieldResolver()
  questions(@Root() s: SurveyRow, @Ctx() ctx: Context) {
    const lang = ctx.locale.toLowerCase() as 'fi' | 'sv' | 'en';
    return s.questions.map((q) => ({ code: q.code, text: q[lang] }));
  }
}
