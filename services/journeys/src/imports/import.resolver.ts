import { ImportedRecord, importedRecordsByKey, ImportResult, isUuid, runImport, type SubgraphContext } from '@polku/kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { JourneysLoaders } from '../loaders.js';
import { projectsPartnersAndPeriods } from '../references/partners.peer.js';
import { Phase } from '../vocabulary/phase.js';
import { clientRowProblems, enrolmentRowProblems, sessionRowProblems } from './import.rules.js';
import { importStore } from './import.store.js';
import { ImportClientRow, ImportCoachingSessionRow, ImportEnrolmentRow, JourneysImportKind } from './import.type.js';

type Context = SubgraphContext<JourneysLoaders>;

const rowsArg = (type: Function, what: string) => Arg('rows', () => [type], { description: `The ${what} to import, at most 100 per call.` });

/**
 * Imports from spreadsheets (docs/import.md): one call takes up to 100 rows
 * of one kind, answers row by row, and writes with a constant number of SQL
 * statements. Only an ORG_ADMIN imports; row level security keeps every row
 * in the caller's organisation.
 */
@Resolver()
export class ImportResolver {
  @Query(() => [ImportedRecord], { description: 'For each source key asked, in order, the record an earlier import made from it (id null when none). ORG_ADMIN only.' })
  importedJourneyRecords(
    @Arg('kind', () => JourneysImportKind, { description: 'The kind of row.' }) kind: JourneysImportKind,
    @Arg('sourceKeys', () => [String], { description: 'At most 100 source keys.' }) sourceKeys: string[],
    @Ctx() ctx: Context,
  ) {
    return ctx.db.run((manager) => importedRecordsByKey(manager, 'journeys', kind, sourceKeys));
  }

  @Mutation(() => ImportResult, {
    description: "Imports clients into the caller's organisation. A row whose source key was imported before is UNCHANGED; a row breaking a rule (e.g. a code already in use) is REFUSED with its problems; the others are ADDED. ORG_ADMIN only; logged in the import log.",
  })
  importClients(@rowsArg(ImportClientRow, 'clients') rows: ImportClientRow[], @Ctx() ctx: Context) {
    return runImport(ctx, {
      schema: 'journeys',
      kind: JourneysImportKind.CLIENT,
      rows,
      async check(manager, fresh) {
        const taken = await importStore.takenCodes(manager, fresh.map((row) => row.code));
        const inCall = new Set<string>();
        return (row) => {
          const problems = clientRowProblems(row);
          if (taken.has(row.code) || inCall.has(row.code)) problems.push({ column: 'code', message: `code ${row.code} is already used by another client.` });
          inCall.add(row.code);
          return problems;
        };
      },
      write: (manager, batchId, batch) =>
        importStore.insertClients(manager, ctx.caller.organisationId, batchId, batch.map((row) => ({ ...row, obstacles: [...new Set(row.obstacles ?? [])] }))),
    });
  }

  @Mutation(() => ImportResult, {
    description: "Imports enrolments of the caller's organisation's clients in projects it takes part in, each starting inside the project's period (as enrolClient). ORG_ADMIN only; logged in the import log.",
  })
  async importEnrolments(@rowsArg(ImportEnrolmentRow, 'enrolments') rows: ImportEnrolmentRow[], @Ctx() ctx: Context) {
    // The directory's facts come from partners before the transaction opens.
    const projects = await projectsPartnersAndPeriods(ctx.peers, [...new Set(rows.map((row) => row.projectId).filter(isUuid))]);
    return runImport(ctx, {
      schema: 'journeys',
      kind: JourneysImportKind.ENROLMENT,
      rows,
      async check(manager, fresh) {
        const clients = await importStore.clientIds(manager, fresh.map((row) => row.clientId).filter(isUuid));
        return (row) => {
          if (!clients.has(row.clientId)) return [{ column: 'clientId', message: 'No such client.' }];
          const project = projects.get(row.projectId);
          return enrolmentRowProblems(row, project ? { ...project, takesPart: project.partnerIds.includes(ctx.caller.organisationId) } : null);
        };
      },
      write: (manager, batchId, batch) =>
        importStore.insertEnrolments(
          manager,
          ctx.caller.organisationId,
          batchId,
          batch.map((row) => ({ ...row, phase: row.phase ?? Phase.INTAKE, coachSubject: row.coachSubject ?? ctx.caller.subject })),
        ),
    });
  }

  @Mutation(() => ImportResult, {
    description:
      "Imports coaching sessions of the caller's organisation's enrolments: not before the enrolment started and, on a path that has ended, not after it ended. ORG_ADMIN only; logged in the import log.",
  })
  importCoachingSessions(@rowsArg(ImportCoachingSessionRow, 'sessions') rows: ImportCoachingSessionRow[], @Ctx() ctx: Context) {
    return runImport(ctx, {
      schema: 'journeys',
      kind: JourneysImportKind.COACHING_SESSION,
      rows,
      async check(manager, fresh) {
        const enrolments = await importStore.enrolmentFacts(manager, fresh.map((row) => row.enrolmentId).filter(isUuid));
        return (row) => {
          const enrolment = enrolments.get(row.enrolmentId);
          return enrolment ? sessionRowProblems(row, enrolment) : [{ column: 'enrolmentId', message: 'No such enrolment.' }];
        };
      },
      write: (manager, batchId, batch) =>
        importStore.insertSessions(manager, ctx.caller.organisationId, batchId, batch.map((row) => ({ ...row, coachSubject: row.coachSubject ?? ctx.caller.subject }))),
    });
  }
}
