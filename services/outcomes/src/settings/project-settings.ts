import { apiError, ErrorCode, isUuid, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { defaultFollowUpSchedule, durationOfInterval, intervalOfDuration } from '../follow-ups/follow-up-schedule.js';
import type { OutcomesLoaders } from '../loaders.js';
import { Project } from '../references/directory.reference.js';
import { assertLeadsProject } from '../references/project-lead.js';

type Context = SubgraphContext<OutcomesLoaders>;

export const DEFAULT_MIN_CELL_SIZE = 5;

@ObjectType({ description: 'A range of mentoring hours a month.' })
export class MentoringNorm {
  @Field(() => Float, { description: 'Fewest hours a month.' })
  minHours: number;

  @Field(() => Float, { description: 'Most hours a month.' })
  maxHours: number;
}

@InputType({ description: 'A range of mentoring hours a month, 0 to 200, min ≤ max.' })
export class MentoringNormInput {
  @Field(() => Float, { description: 'Fewest hours a month.' })
  minHours: number;

  @Field(() => Float, { description: 'Most hours a month.' })
  maxHours: number;
}

@ObjectType({ description: "A project's outcome settings: the small-count threshold and the follow-up schedule." })
export class ProjectOutcomeSettings {
  @Field(() => Project, { description: 'The project.' })
  project: Project;

  @Field(() => Int, { description: 'k: pooled counts from 1 to k-1 are suppressed (default 5).' })
  minimumCellSize: number;

  @Field(() => [String], { description: 'When follow-ups are due after an exit, as ISO 8601 durations (default P4W, P3M, P6M).' })
  followUpSchedule: string[];

  @Field(() => MentoringNorm, { nullable: true, description: 'Hours a month a coach is expected to mentor a person in a placement (e.g. 4–8 in Tekijän polku); null: no norm.' })
  mentoringNorm: MentoringNorm | null;
}

@InputType({ description: "Changes to a project's outcome settings; omitted fields keep their value." })
export class ConfigureProjectOutcomesInput {
  @Field(() => ID, { description: 'The project; the caller must be an ORG_ADMIN of its lead organisation.' })
  projectId: string;

  @Field(() => Int, { nullable: true, description: 'k, 5 to 50: suppression can be made stricter than the default, never weaker.' })
  minimumCellSize?: number | null;

  @Field(() => [String], { nullable: true, description: 'One to six durations such as P4W, P3M, P6M or P90D; applies to exits recorded from now on.' })
  followUpSchedule?: string[] | null;

  @Field(() => MentoringNormInput, { nullable: true, description: 'The mentoring norm for placements, e.g. 4 to 8 hours a month.' })
  mentoringNorm?: MentoringNormInput | null;
}

export const projectSettingsStore = {
  /** Mentoring norms of projects that have one (for MentoringMonth.withinNorm, batched per request). */
  mentoringNorms(manager: EntityManager, projectIds: string[]): Promise<Array<{ projectId: string; norm: MentoringNorm }>> {
    return manager.query(
      `SELECT project_id AS "projectId", json_build_object('minHours', mentoring_hours_min::float8, 'maxHours', mentoring_hours_max::float8) AS norm
       FROM outcomes.project_setting WHERE project_id = ANY($1) AND mentoring_hours_min IS NOT NULL`,
      [projectIds],
    );
  },
  async get(manager: EntityManager, projectId: string): Promise<ProjectOutcomeSettings> {
    const [row] = await manager.query(
      `SELECT min_cell_size AS k, follow_up_after::text[] AS after, mentoring_hours_min::float8 AS "minHours", mentoring_hours_max::float8 AS "maxHours"
       FROM outcomes.project_setting WHERE project_id = $1`,
      [projectId],
    );
    return {
      project: { id: projectId },
      minimumCellSize: row?.k ?? DEFAULT_MIN_CELL_SIZE,
      followUpSchedule: row ? (row.after as string[]).map(durationOfInterval) : defaultFollowUpSchedule,
      mentoringNorm: row?.minHours != null ? { minHours: row.minHours, maxHours: row.maxHours } : null,
    };
  },
};

@Resolver(() => ProjectOutcomeSettings)
export class ProjectSettingsResolver {
  @Query(() => ProjectOutcomeSettings, { description: "A project's outcome settings (defaults when never set)." })
  projectOutcomeSettings(@Arg('projectId', () => ID, { description: 'The project.' }) projectId: string, @Ctx() ctx: Context) {
    if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    return ctx.db.run((manager) => projectSettingsStore.get(manager, projectId));
  }

  @Mutation(() => ProjectOutcomeSettings, { description: "Changes a project's outcome settings. Only an ORG_ADMIN of the project's lead organisation may." })
  async configureProjectOutcomes(@Arg('input', () => ConfigureProjectOutcomesInput, { description: 'The project and its follow-up schedule and minimum cell size.' }) input: ConfigureProjectOutcomesInput, @Ctx() ctx: Context) {
    if (!isUuid(input.projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    const k = input.minimumCellSize;
    if (k !== null && k !== undefined && (k < 5 || k > 50)) throw apiError(ErrorCode.BAD_USER_INPUT, 'minimumCellSize must be 5 to 50.', { argument: 'minimumCellSize' });
    const schedule = input.followUpSchedule;
    if (schedule && (schedule.length < 1 || schedule.length > 6)) throw apiError(ErrorCode.BAD_USER_INPUT, 'Give one to six follow-ups.', { argument: 'followUpSchedule' });
    const intervals = schedule?.map(intervalOfDuration) ?? null;
    const norm = input.mentoringNorm;
    const inRange = (h: number) => Number.isFinite(h) && h >= 0 && h <= 200;
    if (norm && !(inRange(norm.minHours) && inRange(norm.maxHours) && norm.minHours <= norm.maxHours)) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'mentoringNorm must be 0 to 200 hours, minHours ≤ maxHours.', { argument: 'mentoringNorm' });
    }
    await assertLeadsProject(ctx.peers, ctx.caller.organisationId, input.projectId, 'configures its outcomes');
    return ctx.db.run(async (manager) => {
      await manager.query(
        `INSERT INTO outcomes.project_setting AS s (project_id, org_id, min_cell_size, follow_up_after, mentoring_hours_min, mentoring_hours_max)
         VALUES ($1, $2, COALESCE($3, ${DEFAULT_MIN_CELL_SIZE}), COALESCE($4::interval[], '{28 days,3 months,6 months}'), $5, $6)
         ON CONFLICT (project_id) DO UPDATE SET
           min_cell_size = COALESCE($3, s.min_cell_size), follow_up_after = COALESCE($4::interval[], s.follow_up_after),
           mentoring_hours_min = COALESCE($5, s.mentoring_hours_min), mentoring_hours_max = COALESCE($6, s.mentoring_hours_max), updated_at = now()`,
        [input.projectId, ctx.caller.organisationId, k ?? null, intervals, norm?.minHours ?? null, norm?.maxHours ?? null],
      );
      return projectSettingsStore.get(manager, input.projectId);
    });
  }
}
