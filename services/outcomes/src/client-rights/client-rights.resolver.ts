import { apiError, ErrorCode, isUuid, type SubgraphContext } from '@polku/kit';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { auditStore } from '../audit/audit.store.js';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { openBadgeCredential } from '../competences/open-badges.js';
import { checkReason } from '../exits/exit-rules.js';
import type { OutcomesLoaders } from '../loaders.js';
import { exportVocabulary } from './export-vocabulary.js';
import { clientRightsStore } from './client-rights.store.js';

type Context = SubgraphContext<OutcomesLoaders>;

@ObjectType({ description: 'The exit day of one enrolment: what retention counts from.' })
export class EnrolmentExitDay {
  @Field(() => ID, { description: 'The enrolment (owned by journeys).' })
  enrolmentId: string;

  @Field(() => LocalDateResolver, { description: 'The day the client exited the project.' })
  exitDate: string;
}

@ObjectType({ description: "Someone who read outcomes' person-level records (participant entries, placements, badge awards) about a client's enrolments: all their reads, summed up." })
export class OutcomeRecordReader {
  @Field({ description: 'Token subject of the staff member.' })
  actorSubject: string;

  @Field(() => ID, { description: 'The organisation they acted for (the owner of the records).' })
  actorOrganisationId: string;

  @Field(() => Int, { description: 'How many reads were logged.' })
  reads: number;

  @Field(() => [String], { description: 'Every field read, e.g. ["ParticipantEntry.birthYear", "Placement.employer"].' })
  fields: string[];

  @Field(() => DateTimeResolver, { description: 'The first logged read.' })
  firstReadAt: Date;

  @Field(() => DateTimeResolver, { description: 'The latest logged read.' })
  lastReadAt: Date;
}

const MAX_ENROLMENTS = 500;
const enrolmentIdsArg = () =>
  Arg('enrolmentIds', () => [ID], { description: `The client's enrolments, as journeys names them (at most ${MAX_ENROLMENTS}).` });

function checkEnrolmentIds(ids: string[]): string[] {
  if (ids.length > MAX_ENROLMENTS) throw apiError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_ENROLMENTS} enrolments at a time.`, { argument: 'enrolmentIds' });
  const bad = ids.find((id) => !isUuid(id));
  if (bad !== undefined) throw apiError(ErrorCode.BAD_USER_INPUT, 'enrolmentIds must be enrolment ids.', { argument: 'enrolmentIds' });
  return [...new Set(ids)];
}

/**
 * Outcomes' part of a client's rights (docs/client-data-export.md,
 * docs/retention.md). Journeys' exportClientData and eraseClient call these
 * with the caller's own token; row level security limits them to the
 * caller's organisation, so ids of another organisation's enrolments find nothing.
 */
@Resolver()
export class ClientRightsResolver {
  @Query(() => JSONObjectResolver, {
    description:
      "Everything outcomes holds about these enrolments of the caller's organisation: exits with further destinations, correction history and follow-ups, withdrawn exits' history, soft-outcome assessments with scores, placements with their mentoring log, badge awards (each also as Open Badges 3.0 credentials in fi/sv/en), qualification units and participant entry records (with special-category data while consented), and `vocabulary`: the fi/sv/en labels of the codes in it, by field. The `outcomes` part of a client data export (docs/client-data-export.md).",
  })
  async clientOutcomeRecords(@enrolmentIdsArg() enrolmentIds: string[], @Ctx() ctx: Context) {
    const ids = checkEnrolmentIds(enrolmentIds);
    const records = await ctx.db.run((manager) => clientRightsStore.records(manager, ids));
    return {
      ...records,
      // each award with its badge and as an Open Badges 3.0 credential per language, for the client to take along
      badgeAwards: records.badgeAwards.map(({ award, badge, ...rest }) => ({
        id: award.id, enrolmentId: award.enrolmentId, projectId: award.projectId, awardedOn: award.awardedOn, evidence: award.evidence,
        badge: { id: badge.id, code: badge.code, projectId: badge.projectId, issuerName: badge.issuerName, names: badge.names, criteria: badge.criteriaTexts },
        ...rest,
        openBadgeCredentials: { fi: openBadgeCredential(award, badge, 'fi'), sv: openBadgeCredential(award, badge, 'sv'), en: openBadgeCredential(award, badge, 'en') },
      })),
      vocabulary: exportVocabulary,
    };
  }

  @Query(() => [OutcomeRecordReader], {
    description:
      "Who read outcomes' person-level records about these enrolments of the caller's organisation, latest first (outcomes' personal-data access log, docs/authorization.md). Journeys' clientAccessReport and exportClientData merge it in.",
  })
  async outcomeRecordReaders(@enrolmentIdsArg() enrolmentIds: string[], @Ctx() ctx: Context): Promise<OutcomeRecordReader[]> {
    const ids = checkEnrolmentIds(enrolmentIds);
    const rows = await ctx.db.run((manager) => auditStore.readersOf(manager, ids));
    return rows.map(({ actorOrgId, ...row }) => ({ ...row, actorOrganisationId: actorOrgId }));
  }

  @Query(() => [EnrolmentExitDay], { description: "The exit days of those of these enrolments (of the caller's organisation) that have an exit." })
  async enrolmentExitDays(@enrolmentIdsArg() enrolmentIds: string[], @Ctx() ctx: Context) {
    const ids = checkEnrolmentIds(enrolmentIds);
    return ctx.db.run((manager) => clientRightsStore.exitDays(manager, ids));
  }

  @Mutation(() => Int, {
    description:
      "Erases the free text and personal values outcomes holds about these enrolments of the caller's organisation (exit job titles and fields of study, correction reasons, with an ERASED correction per exit; placements' employers and contacts; badge evidence notes; qualification unit names; special-category data of participants); destinations, kinds, codes, dates and every figure stay. Returns the number of exits touched. Called by journeys' eraseClient.",
  })
  async eraseClientOutcomes(
    @enrolmentIdsArg() enrolmentIds: string[],
    @Arg('reason', () => String, { description: 'Why the client is erased: kept with the ERASED corrections (3 to 1000 characters).' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    const ids = checkEnrolmentIds(enrolmentIds);
    const cleanReason = checkReason(reason);
    return ctx.db.run((manager) => clientRightsStore.erase(manager, ids, cleanReason));
  }
}
