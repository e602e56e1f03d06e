import {
  ImportClientsDocument,
  ImportCoachingSessionsDocument,
  ImportDirectoryDocument,
  ImportedJourneyRecordsDocument,
  ImportedOutcomeRecordsDocument,
  ImportEnrolmentsDocument,
  ImportExitsDocument,
  ImportFollowUpsDocument,
  type ImportRowStatus,
} from '../generated/graphql.js';
import { requestWith } from '../request.js';
import type { SheetName } from './template.js';

/** What a row's rules need of a project (as @polku/journeys' ImportProjectFacts). */
export interface ImportProjectFacts {
  startsOn: string | null;
  endsOn: string | null;
  /** Whether the importing organisation takes part in the project. */
  takesPart: boolean;
}

/** The most rows one import call takes (the platform's limit on list inputs). */
export const BATCH_SIZE = 100;

export interface RowResult {
  sourceKey: string;
  status: ImportRowStatus;
  id: string | null;
  problems: Array<{ column: string; message: string }>;
}

/** The import's only way to the platform (the command's and the web app's): the gateway, with the caller's token and the shipped (trusted) operations. */
export class ImportGateway {
  constructor(
    readonly url: string,
    private readonly token: string,
    /** The language of the service's messages (the web app passes the chosen one). */
    private readonly language?: string,
  ) {}

  private get options() {
    return { url: this.url, token: this.token, language: this.language };
  }

  /** Who the token is, and the projects its organisation takes part in, by slug. */
  async caller() {
    const { me } = await requestWith(this.options, ImportDirectoryDocument);
    const projects = new Map<string, ImportProjectFacts & { id: string }>();
    for (const { project } of me.organisation.partnerships) {
      projects.set(project.slug, {
        id: project.id,
        startsOn: project.startsOn,
        endsOn: project.endsOn,
        takesPart: project.partners.some((partner) => partner.organisation.id === me.organisation.id),
      });
    }
    return { subject: me.subject, roles: me.roles as string[], organisationId: me.organisation.id, organisationSlug: me.organisation.slug, projects };
  }

  /** Records earlier imports made from these keys, 100 keys a call. */
  async imported(sheet: SheetName, sourceKeys: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (let start = 0; start < sourceKeys.length; start += BATCH_SIZE) {
      const keys = sourceKeys.slice(start, start + BATCH_SIZE);
      const records =
        sheet === 'exits' || sheet === 'followUps'
          ? (await requestWith(this.options, ImportedOutcomeRecordsDocument, { kind: sheet === 'exits' ? 'EXIT' : 'FOLLOW_UP', sourceKeys: keys })).importedOutcomeRecords
          : (await requestWith(this.options, ImportedJourneyRecordsDocument, { kind: sheet === 'clients' ? 'CLIENT' : sheet === 'enrolments' ? 'ENROLMENT' : 'COACHING_SESSION', sourceKeys: keys }))
              .importedJourneyRecords;
      for (const record of records) if (record.id) found.set(record.sourceKey, record.id);
    }
    return found;
  }

  /** One import call of at most 100 rows of a sheet. */
  async load(sheet: SheetName, rows: Array<Record<string, unknown>>): Promise<RowResult[]> {
    switch (sheet) {
      case 'clients':
        return (await requestWith(this.options, ImportClientsDocument, { rows: rows as never })).importClients.rows;
      case 'enrolments':
        return (await requestWith(this.options, ImportEnrolmentsDocument, { rows: rows as never })).importEnrolments.rows;
      case 'sessions':
        return (await requestWith(this.options, ImportCoachingSessionsDocument, { rows: rows as never })).importCoachingSessions.rows;
      case 'exits':
        return (await requestWith(this.options, ImportExitsDocument, { rows: rows as never })).importExits.rows;
      case 'followUps':
        return (await requestWith(this.options, ImportFollowUpsDocument, { rows: rows as never })).importFollowUps.rows;
    }
  }
}
