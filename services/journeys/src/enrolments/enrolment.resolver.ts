import { apiError, decodeCursor, ErrorCode, isUuid, Locale, PageArgs, pageSize, toPage, type SubgraphContext, labelOf } from '@polku/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Client } from '../clients/client.type.js';
import { explainConstraint } from '../db/constraint-errors.js';
import { once } from '../idempotency/idempotency.js';
import type { JourneysLoaders } from '../loaders.js';
import { Organisation } from '../references/organisation.reference.js';
import { projectPartnersAndPeriod } from '../references/partners.peer.js';
import { checkEnrolmentDates } from './enrolment-dates.js';
import { Project } from '../references/project.reference.js';
import { canMovePhase, nextPhases, Phase, phaseLabels } from '../vocabulary/phase.js';
import { EnrolmentEntity } from './enrolment.entity.js';
import { enrolmentStore } from './enrolment.store.js';
import { EnrolClientInput, Enrolment, EnrolmentConnection, PathTemplatePhase } from './enrolment.type.js';
import { monthOnPath, templatePhaseFor, todayInFinland, type PathTemplatePhaseEntity } from './path-template.js';
import { ClientEntity } from '../clients/client.entity.js';
import { linkageStore } from '../linkage/linkage.store.js';

type Context = SubgraphContext<JourneysLoaders>;

const localeArg = () => Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." });

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Query(() => Enrolment, { nullable: true, description: "One of the caller's organisation's enrolments, or null (also for another organisation's)." })
  enrolment(@Arg('id', () => ID, { description: 'The enrolment id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.enrolmentById.load(id);
  }

  @Query(() => EnrolmentConnection, { description: "The caller's organisation's enrolments by start day, a page at a time." })
  async enrolments(
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID, { nullable: true, description: 'Only enrolments in this project.' }) projectId?: string | null,
    @Arg('phase', () => Phase, { nullable: true, description: 'Only enrolments in this phase.' }) phase?: Phase | null,
  ) {
    const size = pageSize(page.first);
    if (projectId && !isUuid(projectId)) return toPage([], size, () => []);
    const after = decodeCursor(page.after, ['date', 'uuid']);
    const rows = await ctx.db.run((manager) => enrolmentStore.page(manager, { projectId, phase }, size + 1, after));
    return toPage(rows, size, (row) => [row.startedOn, row.id]);
  }

  @Mutation(() => Enrolment, {
    description:
      "Enrols a client of the caller's organisation in a project the organisation takes part in. The path starts in INTAKE. BAD_USER_INPUT (reason OUTSIDE_PROJECT_PERIOD) when startedOn lies outside the project's period.",
  })
  async enrolClient(@Arg('input', () => EnrolClientInput, { description: 'The enrolment.' }) input: EnrolClientInput, @Ctx() ctx: Context) {
    if (!isUuid(input.clientId)) throw apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });
    if (!isUuid(input.projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    const project = await projectPartnersAndPeriod(ctx.peers, input.projectId);
    if (!project.partnerIds.includes(ctx.caller.organisationId)) throw apiError(ErrorCode.BAD_USER_INPUT, 'Your organisation does not take part in this project.', { argument: 'projectId' });
    checkEnrolmentDates(input, project);
    const id = await ctx.db
      .run((manager) =>
        once(manager, ctx.caller, input.idempotencyKey, 'enrolClient', input, async () => {
          if (!(await manager.existsBy(ClientEntity, { id: input.clientId }))) throw apiError(ErrorCode.NOT_FOUND, 'No such client.', { argument: 'clientId' });
          const enrolment = manager.create(EnrolmentEntity, {
            orgId: ctx.caller.organisationId,
            clientId: input.clientId,
            projectId: input.projectId,
            startedOn: input.startedOn,
            plannedEndOn: input.plannedEndOn ?? null,
            coachSubject: input.coachSubject ?? ctx.caller.subject,
            phase: Phase.INTAKE,
          });
          const { id } = await manager.save(enrolment);
          await linkageStore.refresh(manager, { enrolmentId: id });
          return id;
        }),
      )
      .catch(explainConstraint);
    return ctx.loaders.enrolmentById.load(id);
  }

  @Mutation(() => Enrolment, {
    description: 'Moves an enrolment to its next phase (INTAKE → ASSESSMENT → COACHING → TRANSITION → EXITED; EXITED from any phase). Any other move is refused with BAD_USER_INPUT (reason ILLEGAL_PHASE_TRANSITION).',
  })
  async movePhase(
    @Arg('enrolmentId', () => ID, { description: 'The enrolment.' }) enrolmentId: string,
    @Arg('to', () => Phase, { description: 'The phase to move to.' }) to: Phase,
    @Ctx() ctx: Context,
  ) {
    if (!isUuid(enrolmentId)) throw apiError(ErrorCode.NOT_FOUND, 'No such enrolment.');
    return ctx.db.run(async (manager) => {
      const [enrolment] = await manager
        .createQueryBuilder(EnrolmentEntity, 'e')
        .setLock('pessimistic_write')
        .where('e.id = :enrolmentId', { enrolmentId })
        .getMany();
      if (!enrolment) throw apiError(ErrorCode.NOT_FOUND, 'No such enrolment.');
      if (!canMovePhase(enrolment.phase, to)) {
        const allowed = nextPhases(enrolment.phase);
        throw apiError(
          ErrorCode.BAD_USER_INPUT,
          `An enrolment in ${enrolment.phase} cannot move to ${to}; ${allowed.length ? `it can move to ${allowed.join(' or ')}` : 'an exited path is closed'}.`,
          { argument: 'to', reason: 'ILLEGAL_PHASE_TRANSITION', phase: enrolment.phase },
        );
      }
      enrolment.phase = to;
      enrolment.phaseChangedAt = new Date();
      return manager.save(enrolment);
    });
  }

  @FieldResolver(() => Client)
  client(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.clientById.load(enrolment.clientId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() enrolment: EnrolmentEntity): Organisation {
    return { id: enrolment.orgId };
  }

  @FieldResolver(() => Project)
  project(@Root() enrolment: EnrolmentEntity): Project {
    return { id: enrolment.projectId };
  }

  @FieldResolver(() => String)
  phaseLabel(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return labelOf(phaseLabels, enrolment.phase, locale, ctx);
  }

  @FieldResolver(() => [Phase])
  nextPhases(@Root() enrolment: EnrolmentEntity) {
    return nextPhases(enrolment.phase);
  }

  @FieldResolver(() => Int)
  monthOnPath(@Root() enrolment: EnrolmentEntity) {
    return monthOnPath(enrolment.startedOn, todayInFinland());
  }

  @FieldResolver(() => PathTemplatePhase, { nullable: true })
  async expectedPhase(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    const template = await ctx.loaders.pathTemplateByProjectId.load(enrolment.projectId);
    return templatePhaseFor(template, monthOnPath(enrolment.startedOn, todayInFinland()));
  }
}

@Resolver(() => PathTemplatePhase)
export class PathTemplatePhaseResolver {
  @FieldResolver(() => String)
  phaseLabel(@Root() stretch: PathTemplatePhaseEntity, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return labelOf(phaseLabels, stretch.phase, locale, ctx);
  }
}

@Resolver(() => Project)
export class ProjectEnrolmentsResolver {
  @FieldResolver(() => [Enrolment], {
    description: "The caller's organisation's enrolments in this project. Other partners' enrolments are never listed.",
  })
  enrolments(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.enrolmentsByProjectId.load(project.id);
  }

  @FieldResolver(() => [PathTemplatePhase], { description: "The project's path template: which phase a client should be in, month by month. Empty when the project has none." })
  pathTemplate(@Root() project: Project, @Ctx() ctx: Context) {
    return ctx.loaders.pathTemplateByProjectId.load(project.id);
  }
}
