import { apiError, ErrorCode, isUuid, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { today } from '../dates.js';
import type { OutcomesLoaders } from '../loaders.js';
import { enrolmentFacts } from '../references/enrolment-facts.js';
import { Enrolment } from '../references/enrolment.reference.js';
import { assertLeadsProject } from '../references/project-lead.js';
import { checkInstrumentDefinition } from './instrument-definition.js';
import { softOutcomeStore, type AssessmentRow, type InstrumentRow, type SoftChangeRow } from './soft-outcome.store.js';
import { Assessment, DefineInstrumentInput, DistanceTravelled, Instrument, RecordAssessmentInput } from './soft-outcome.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

/** An instrument row in the caller's language. */
export function localiseInstrument(row: InstrumentRow, ctx: Context): Instrument {
  const lang = ctx.locale.toLowerCase() as 'fi' | 'sv' | 'en';
  return {
    id: row.id,
    code: row.code,
    name: row.names[ctx.locale],
    builtIn: row.orgId === null,
    project: row.projectId ? { id: row.projectId } : null,
    items: row.items.map((item) => ({
      id: item.id,
      code: item.code,
      label: item.labels[ctx.locale],
      scaleMax: item.scaleMax,
      anchors: item.anchors.map((a) => ({ score: a.score, label: a[lang] })),
    })),
  };
}

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Query(() => [Instrument], {
    description: "Soft-outcome instruments the caller's organisation may use: the platform's, its own and, with projectId, those its lead defined for the project.",
  })
  async instruments(@Arg('projectId', () => ID, { nullable: true, description: 'A project whose instruments to include.' }) projectId: string | null, @Ctx() ctx: Context) {
    if (projectId != null && !isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
    const rows = await ctx.db.run((manager) => softOutcomeStore.usable(manager, ctx.caller.organisationId, projectId ?? null));
    return rows.map((row) => localiseInstrument(row, ctx));
  }

  @Mutation(() => Instrument, {
    description:
      "Defines a soft-outcome instrument (items, scale, anchors in fi/sv/en) for the caller's organisation or, with projectId, for a project its organisation leads (FORBIDDEN otherwise). ORG_ADMIN only. CONFLICT when the code is taken. The soft-outcome module then takes assessments on it and counts its distance travelled like the built-in one.",
  })
  async defineInstrument(@Arg('input', () => DefineInstrumentInput, { description: 'The instrument.' }) input: DefineInstrumentInput, @Ctx() ctx: Context) {
    const definition = checkInstrumentDefinition(input);
    const projectId = input.projectId ?? null;
    if (projectId) await assertLeadsProject(ctx.peers, ctx.caller.organisationId, projectId, 'defines instruments for it');
    const id = await ctx.db.run((manager) => softOutcomeStore.insertInstrument(manager, { ...definition, orgId: ctx.caller.organisationId, projectId }));
    if (!id) throw apiError(ErrorCode.CONFLICT, 'The code is taken.', { argument: 'code' });
    return localiseInstrument((await ctx.loaders.instrumentById.load(id))!, ctx);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Mutation(() => Assessment, {
    description: "Records item scores of an enrolment of the caller's organisation. Every item of the instrument needs one score within its scale.",
  })
  async recordAssessment(@Arg('input', () => RecordAssessmentInput, { description: 'The enrolment, instrument, time point and item scores.' }) input: RecordAssessmentInput, @Ctx() ctx: Context) {
    if (input.assessedOn > today()) throw apiError(ErrorCode.BAD_USER_INPUT, 'assessedOn may not be in the future.', { argument: 'assessedOn' });
    const instrument = isUuid(input.instrumentId) ? await ctx.loaders.instrumentById.load(input.instrumentId) : null;
    if (!instrument) throw apiError(ErrorCode.BAD_USER_INPUT, 'No such instrument.', { argument: 'instrumentId' });
    const scores = new Map(input.scores.map((s) => [s.itemId, s.score]));
    const complete =
      scores.size === input.scores.length &&
      scores.size === instrument.items.length &&
      instrument.items.every((item) => {
        const score = scores.get(item.id);
        return score !== undefined && Number.isInteger(score) && score >= 1 && score <= item.scaleMax;
      });
    if (!complete) throw apiError(ErrorCode.BAD_USER_INPUT, 'Give every item of the instrument exactly one score within its scale.', { argument: 'scores' });
    const enrolment = await enrolmentFacts(ctx.peers, ctx.caller.organisationId, input.enrolmentId);
    // the platform's, the organisation's own, or one the lead defined for the enrolment's project; another's looks absent
    const usable = instrument.orgId === null || (instrument.projectId ? instrument.projectId === enrolment.projectId : instrument.orgId === enrolment.organisationId);
    if (!usable) throw apiError(ErrorCode.BAD_USER_INPUT, 'No such instrument.', { argument: 'instrumentId' });
    if (input.assessedOn < enrolment.startedOn) throw apiError(ErrorCode.BAD_USER_INPUT, 'assessedOn is before the enrolment started.', { argument: 'assessedOn' });
    const id = await ctx.db.run((manager) =>
      softOutcomeStore.insertAssessment(manager, {
        orgId: enrolment.organisationId,
        enrolmentId: enrolment.id,
        projectId: enrolment.projectId,
        instrumentId: instrument.id,
        assessedOn: input.assessedOn,
        timePoint: input.timePoint,
        scores: input.scores,
        recordedBy: ctx.caller.subject,
      }),
    );
    return ctx.loaders.assessmentById.load(id);
  }

  @FieldResolver(() => Enrolment)
  enrolment(@Root() assessment: AssessmentRow): Enrolment {
    return { id: assessment.enrolmentId };
  }

  @FieldResolver(() => Instrument)
  async instrument(@Root() assessment: AssessmentRow, @Ctx() ctx: Context) {
    return localiseInstrument((await ctx.loaders.instrumentById.load(assessment.instrumentId))!, ctx);
  }
}

@Resolver(() => DistanceTravelled)
export class DistanceTravelledResolver {
  @FieldResolver(() => Instrument)
  async instrument(@Root() change: SoftChangeRow & { instrument?: unknown }, @Ctx() ctx: Context) {
    return localiseInstrument((await ctx.loaders.instrumentById.load(change.instrumentId))!, ctx);
  }
}

@Resolver(() => Enrolment)
export class EnrolmentSoftOutcomesResolver {
  @FieldResolver(() => [Assessment], { description: 'Soft-outcome assessments of the enrolment, earliest first.' })
  assessments(@Root() enrolment: Enrolment, @Ctx() ctx: Context) {
    return ctx.loaders.assessmentsByEnrolmentId.load(enrolment.id);
  }

  @FieldResolver(() => [DistanceTravelled], { description: 'Distance travelled per instrument with at least two assessments.' })
  async distanceTravelled(@Root() enrolment: Enrolment, @Ctx() ctx: Context) {
    const changes = await ctx.loaders.softChangesByEnrolmentId.load(enrolment.id);
    return changes.map((c) => ({
      ...c,
      firstAssessedOn: c.firstOn,
      lastAssessedOn: c.lastOn,
      firstMeanScore: c.firstMean,
      lastMeanScore: c.lastMean,
      change: Math.round((c.lastMean - c.firstMean) * 1000) / 1000,
    }));
  }
}
