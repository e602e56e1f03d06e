import { apiError, ErrorCode, isUuid, Locale, type SubgraphContext, labelOf } from '@polku/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../audit/selected-fields.js';
import type { EntityManager } from 'typeorm';
import { explainConstraint } from '../db/constraint-errors.js';
import { EnrolmentEntity } from '../enrolments/enrolment.entity.js';
import { Enrolment } from '../enrolments/enrolment.type.js';
import { once } from '../idempotency/idempotency.js';
import type { JourneysLoaders } from '../loaders.js';
import { Project } from '../references/project.reference.js';
import { activityKindLabels, GoalStatus, goalStatusLabels, groupActivityKindLabels, ReportKind } from '../vocabulary/path-content.js';
import { isExiting, Phase } from '../vocabulary/phase.js';
import { ActivityEntity, AssessmentEntity, CoachingSessionEntity, GoalEntity, GroupActivityEntity, GroupActivityParticipantEntity, ReportEntity } from './path-content.entity.js';
import {
  Activity,
  InitialAssessment,
  CoachingSession,
  Goal,
  GroupActivity,
  RecordActivityInput,
  RecordInitialAssessmentInput,
  RecordCoachingSessionInput,
  RecordGroupActivityInput,
  Report,
  WriteReportInput,
} from './path-content.type.js';

type Context = SubgraphContext<JourneysLoaders>;

const localeArg = () => Arg('locale', () => Locale, { nullable: true, description: "Language of the label; the request's Accept-Language by default." });

/** The caller's organisation's enrolment (row level security), or NOT_FOUND. */
async function ownEnrolment(manager: EntityManager, id: string): Promise<EnrolmentEntity> {
  const enrolment = isUuid(id) ? await manager.findOneBy(EnrolmentEntity, { id }) : null;
  if (!enrolment) throw apiError(ErrorCode.NOT_FOUND, 'No such enrolment.', { argument: 'enrolmentId' });
  return enrolment;
}

const openPath = (enrolment: EnrolmentEntity) => {
  if (enrolment.phase === Phase.EXITED) throw apiError(ErrorCode.BAD_USER_INPUT, 'The path has ended; nothing more can be recorded on it.', { argument: 'enrolmentId', reason: 'PATH_EXITED' });
};

@Resolver(() => Enrolment)
export class EnrolmentPathResolver {
  @FieldResolver(() => InitialAssessment, { nullable: true, description: 'The initial assessment, once made.' })
  initialAssessment(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.initialAssessmentByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => [Goal], { description: 'The client\'s "My goals", in the order they were set.' })
  goals(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.goalsByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => [CoachingSession], { description: 'Coaching sessions, oldest first.' })
  coachingSessions(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.sessionsByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => [GroupActivity], { description: 'Group activities the client took part in, oldest first.' })
  groupActivities(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.groupActivitiesByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => [Activity], { description: 'Work trials, trainings, qualification units and competence badges, oldest first.' })
  activities(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.activitiesByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => [Report], { description: 'The start, mid and end reports written so far.' })
  reports(@Root() enrolment: EnrolmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.reportsByEnrolmentId.load(enrolment.id);
  }
}

@Resolver(() => Goal)
export class PathContentResolver {
  @Mutation(() => InitialAssessment, { description: 'Records the initial assessment of an enrolment and the goals set in it. One per enrolment.' })
  async recordInitialAssessment(@Arg('input', () => RecordInitialAssessmentInput, { description: 'The assessment.' }) input: RecordInitialAssessmentInput, @Ctx() ctx: Context) {
    return ctx.db
      .run(async (manager) => {
        const enrolment = await ownEnrolment(manager, input.enrolmentId);
        openPath(enrolment);
        const assessment = manager.create(AssessmentEntity, {
          enrolmentId: enrolment.id,
          orgId: enrolment.orgId,
          assessedOn: input.assessedOn,
          summary: input.summary,
          assessedBy: ctx.caller.subject,
        });
        await manager.insert(AssessmentEntity, assessment);
        if (input.goals.length) {
          await manager.insert(GoalEntity, input.goals.map((title) => ({ orgId: enrolment.orgId, enrolmentId: enrolment.id, title, status: GoalStatus.OPEN })));
        }
        return assessment;
      })
      .catch(explainConstraint);
  }

  @Mutation(() => Goal, { description: 'Sets the status of one of "My goals".' })
  async setGoalStatus(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Arg('status', () => GoalStatus, { description: 'The new status.' }) status: GoalStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.db.run(async (manager) => {
      const goal = isUuid(goalId) ? await manager.findOneBy(GoalEntity, { id: goalId }) : null;
      if (!goal) throw apiError(ErrorCode.NOT_FOUND, 'No such goal.');
      goal.status = status;
      goal.updatedAt = new Date();
      return manager.save(goal);
    });
  }

  @Mutation(() => CoachingSession, { description: 'Records a coaching session; the caller is the coach.' })
  async recordCoachingSession(@Arg('input', () => RecordCoachingSessionInput, { description: 'The session.' }) input: RecordCoachingSessionInput, @Ctx() ctx: Context) {
    return ctx.db
      .run(async (manager) => {
        const id = await once(manager, ctx.caller, input.idempotencyKey, 'recordCoachingSession', input, async () => {
          const enrolment = await ownEnrolment(manager, input.enrolmentId);
          openPath(enrolment);
          const session = manager.create(CoachingSessionEntity, {
            orgId: enrolment.orgId,
            enrolmentId: enrolment.id,
            kind: input.kind,
            heldOn: input.heldOn,
            minutes: input.minutes,
            coachSubject: ctx.caller.subject,
            notes: input.notes ?? null,
          });
          return (await manager.save(session)).id;
        });
        return manager.findOneByOrFail(CoachingSessionEntity, { id });
      })
      .catch(explainConstraint);
  }

  @Mutation(() => GroupActivity, { description: "Records a group activity and which of the caller's organisation's enrolments took part." })
  async recordGroupActivity(@Arg('input', () => RecordGroupActivityInput, { description: 'The activity.' }) input: RecordGroupActivityInput, @Ctx() ctx: Context) {
    if (!isUuid(input.projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    return ctx.db
      .run(async (manager) => {
        const id = await once(manager, ctx.caller, input.idempotencyKey, 'recordGroupActivity', input, async () => {
          const participants = [...new Set(input.participantEnrolmentIds)];
          for (const enrolmentId of participants) {
            const enrolment = await ownEnrolment(manager, enrolmentId);
            if (enrolment.projectId !== input.projectId) throw apiError(ErrorCode.BAD_USER_INPUT, 'Every participant must be enrolled in the project.', { argument: 'participantEnrolmentIds' });
          }
          const activity = await manager.save(
            manager.create(GroupActivityEntity, {
              orgId: ctx.caller.organisationId,
              projectId: input.projectId,
              kind: input.kind,
              title: input.title,
              heldOn: input.heldOn,
              minutes: input.minutes,
              ledBy: input.ledBy ?? ctx.caller.subject,
            }),
          );
          if (participants.length) {
            await manager.insert(GroupActivityParticipantEntity, participants.map((enrolmentId) => ({ groupActivityId: activity.id, enrolmentId, orgId: ctx.caller.organisationId })));
          }
          return activity.id;
        });
        return manager.findOneByOrFail(GroupActivityEntity, { id });
      })
      .catch(explainConstraint);
  }

  @Mutation(() => Activity, { description: 'Records a work trial, a completed training, a passed qualification unit or an earned competence badge.' })
  async recordActivity(@Arg('input', () => RecordActivityInput, { description: 'The activity.' }) input: RecordActivityInput, @Ctx() ctx: Context) {
    return ctx.db
      .run(async (manager) => {
        const id = await once(manager, ctx.caller, input.idempotencyKey, 'recordActivity', input, async () => {
          const enrolment = await ownEnrolment(manager, input.enrolmentId);
          openPath(enrolment);
          const activity = manager.create(ActivityEntity, {
            orgId: enrolment.orgId,
            enrolmentId: enrolment.id,
            kind: input.kind,
            title: input.title,
            unitName: input.unitName ?? null,
            completedOn: input.completedOn,
          });
          return (await manager.save(activity)).id;
        });
        return manager.findOneByOrFail(ActivityEntity, { id });
      })
      .catch(explainConstraint);
  }

  @Mutation(() => Report, { description: 'Writes the start, mid or end report of a path (one of each). The end report needs the enrolment in TRANSITION or EXITED.' })
  async writeReport(@Arg('input', () => WriteReportInput, { description: 'The report.' }) input: WriteReportInput, @Ctx() ctx: Context) {
    return ctx.db
      .run(async (manager) => {
        const enrolment = await ownEnrolment(manager, input.enrolmentId);
        if (input.kind === ReportKind.END && !isExiting(enrolment.phase)) {
          throw apiError(ErrorCode.BAD_USER_INPUT, `The end report is written when the client is leaving (TRANSITION or EXITED); this enrolment is in ${enrolment.phase}.`, {
            argument: 'kind',
            reason: 'NOT_EXITING',
          });
        }
        const report = manager.create(ReportEntity, {
          orgId: enrolment.orgId,
          enrolmentId: enrolment.id,
          kind: input.kind,
          writtenOn: input.writtenOn,
          summary: input.summary,
          writtenBy: ctx.caller.subject,
        });
        return manager.save(report);
      })
      .catch(explainConstraint);
  }

  // A client's own goal in their words: personal data, read through the audited loader.
  @FieldResolver(() => String)
  async title(@Root() goal: GoalEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.goalTitle.load(goal.id, ['goal.title'], ctx, info))?.text;
  }

  @FieldResolver(() => String)
  statusLabel(@Root() goal: GoalEntity, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return labelOf(goalStatusLabels, goal.status, locale, ctx);
  }
}

@Resolver(() => GroupActivity)
export class GroupActivityResolver {
  @FieldResolver(() => String)
  kindLabel(@Root() activity: GroupActivityEntity, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return labelOf(groupActivityKindLabels, activity.kind, locale, ctx);
  }

  @FieldResolver(() => Project)
  project(@Root() activity: GroupActivityEntity): Project {
    return { id: activity.projectId };
  }

  @FieldResolver(() => [Enrolment])
  async participants(@Root() activity: GroupActivityEntity, @Ctx() ctx: Context) {
    const participants = await ctx.loaders.participantsByGroupActivityId.load(activity.id);
    const enrolments = await ctx.loaders.enrolmentById.loadMany(participants.map((p) => p.enrolmentId));
    return enrolments.filter((e) => e && !(e instanceof Error));
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  // What a client did and where is personal data: read through the audited loaders.
  @FieldResolver(() => String)
  async title(@Root() activity: ActivityEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.activityTitle.load(activity.id, ['activity.title'], ctx, info))?.text;
  }

  @FieldResolver(() => String, { nullable: true })
  async unitName(@Root() activity: ActivityEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.activityUnit.load(activity.id, ['activity.unitName'], ctx, info))?.text ?? null;
  }

  @FieldResolver(() => String)
  kindLabel(@Root() activity: ActivityEntity, @Ctx() ctx: Context, @localeArg() locale?: Locale | null) {
    return labelOf(activityKindLabels, activity.kind, locale, ctx);
  }
}

// Free text about a client is personal data: each read goes through an audited loader and is logged.
@Resolver(() => InitialAssessment)
export class InitialAssessmentResolver {
  @FieldResolver(() => String)
  async summary(@Root() assessment: AssessmentEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.assessmentSummary.load(assessment.enrolmentId, selectedFields(info, 'initialAssessment.summary'), ctx, info))?.text;
  }
}

@Resolver(() => CoachingSession)
export class CoachingSessionResolver {
  @FieldResolver(() => String, { nullable: true })
  async notes(@Root() session: CoachingSessionEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.sessionNotes.load(session.id, selectedFields(info, 'coachingSession.notes'), ctx, info))?.text ?? null;
  }
}

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => String)
  async summary(@Root() report: ReportEntity, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.loaders.reportSummary.load(report.id, selectedFields(info, 'report.summary'), ctx, info))?.text;
  }
}
