import { ImportedRecord, importedRecordsByKey, ImportResult, isUuid, runImport, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { cleanTitle } from '../exits/exit-rules.js';
import { durationOfInterval } from '../follow-ups/follow-up-schedule.js';
import type { OutcomesLoaders } from '../loaders.js';
import { enrolmentsFacts } from '../references/enrolment-facts.js';
import { projectPeriods } from '../references/project-period.js';
import { exitRowProblems, followUpOffset, followUpRowProblems } from './import.rules.js';
import { importStore } from './import.store.js';
import { ImportExitRow, ImportFollowUpRow, OutcomesImportKind } from './import.type.js';

type Context = SubgraphContext<OutcomesLoaders>;

/**
 * Imports of exits and follow-ups (docs/import.md): up to 100 rows of one
 * kind per call, answered row by row, written with a constant number of SQL
 * statements. ORG_ADMIN only; row level security keeps every row in the
 * caller's organisation.
 */
@Resolver()
export class ImportResolver {
  @Query(() => [ImportedRecord], { description: 'For each source key asked, in order, the record an earlier import made from it (id null when none). ORG_ADMIN only.' })
  importedOutcomeRecords(
    @Arg('kind', () => OutcomesImportKind, { description: 'The kind of row.' }) kind: OutcomesImportKind,
    @Arg('sourceKeys', () => [String], { description: 'At most 100 source keys.' }) sourceKeys: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.db.run((manager) => importedRecordsByKey(manager, 'outcomes', kind, sourceKeys));
  }

  @Mutation(() => ImportResult, {
    description:
      "Imports exits of the caller's organisation's enrolments, under the rules of recordExit (one exit per enrolment, inside the project's period, not before the enrolment started, not in the future); each schedules its follow-ups. ORG_ADMIN only; logged in the import log.",
  })
  async importExits(@Arg('rows', () => [ImportExitRow], { description: 'The exits to import, at most 100 per call.' }) rows: ImportExitRow[], @Ctx() ctx: Context) {
    // Facts owned by journeys and partners, asked with the caller's token before the transaction opens.
    const enrolments = await enrolmentsFacts(ctx.peers, ctx.caller.organisationId, rows.map((row) => row.enrolmentId));
    const periods = await projectPeriods(ctx.peers, [...enrolments.values()].map((enrolment) => enrolment.projectId));
    return runImport(ctx, {
      schema: 'outcomes',
      kind: OutcomesImportKind.EXIT,
      rows,
      async check(manager, fresh) {
        const exited = await importStore.exitedEnrolments(manager, fresh.map((row) => row.enrolmentId).filter(isUuid));
        const inCall = new Set<string>();
        return (row) => {
          const enrolment = enrolments.get(row.enrolmentId);
          if (!enrolment) return [{ column: 'enrolmentId', message: 'No such enrolment.' }];
          if (exited.has(row.enrolmentId) || inCall.has(row.enrolmentId)) return [{ column: 'enrolmentId', message: 'The enrolment already has an exit.' }];
          inCall.add(row.enrolmentId);
          return exitRowProblems(row, enrolment.startedOn, periods.get(enrolment.projectId) ?? { startsOn: null, endsOn: null });
        };
      },
      write: (manager, batchId, batch) =>
        importStore.insertExits(
          manager,
          ctx.caller.organisationId,
          ctx.caller.subject,
          batchId,
          batch.map((row) => {
            const enrolment = enrolments.get(row.enrolmentId)!;
            return { ...row, title: cleanTitle(row.title), projectId: enrolment.projectId, enrolmentStartedOn: enrolment.startedOn };
          }),
        ),
    });
  }

  @Mutation(() => ImportResult, {
    description:
      "Imports completed follow-ups: each completes the follow-up its exit has at that offset (as completeFollowUp: done between the exit and today). ORG_ADMIN only; logged in the import log.",
  })
  importFollowUps(@Arg('rows', () => [ImportFollowUpRow], { description: 'The follow-ups to import, at most 100 per call.' }) rows: ImportFollowUpRow[], @Ctx() ctx: Context) {
    const matched = new Map<ImportFollowUpRow, string>();
    return runImport(ctx, {
      schema: 'outcomes',
      kind: OutcomesImportKind.FOLLOW_UP,
      rows,
      async check(manager, fresh) {
        const followUps = await importStore.followUpsOf(manager, fresh.map((row) => row.exitOutcomeId).filter(isUuid));
        const inCall = new Set<string>();
        return (row) => {
          const ofExit = followUps.filter((followUp) => followUp.exitOutcomeId === row.exitOutcomeId);
          if (!ofExit.length) return [{ column: 'exitOutcomeId', message: 'No such exit.' }];
          const problems = followUpRowProblems(row, ofExit[0]!.exitDate);
          if (problems.length) return problems;
          const offset = followUpOffset(row.after);
          const followUp = ofExit.find((candidate) => durationOfInterval(candidate.after) === offset);
          if (!followUp) {
            const schedule = ofExit.map((candidate) => durationOfInterval(candidate.after)).join(', ');
            return [{ column: 'after', message: `The exit has no follow-up after ${offset}; its follow-ups are after ${schedule}.` }];
          }
          if (followUp.completedOn || inCall.has(followUp.id)) return [{ column: 'after', message: `The follow-up after ${offset} is already completed.` }];
          inCall.add(followUp.id);
          matched.set(row, followUp.id);
          return [];
        };
      },
      write: (manager, batchId, batch) =>
        importStore.completeFollowUps(
          manager,
          ctx.caller.organisationId,
          ctx.caller.subject,
          batchId,
          batch.map((row) => ({ sourceKey: row.sourceKey, followUpId: matched.get(row), completedOn: row.completedOn, foundDestination: row.foundDestination })),
        ),
    });
  }
}
