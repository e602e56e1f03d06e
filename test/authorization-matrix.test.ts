import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoles, type Role } from '@polku/kit';
import { apiSchemaPath, withAdminClient } from '@polku/scripts';
import { bootPlatform, type GraphQLResponse, type TestPlatform } from './support/platform.js';

/**
 * Keeps docs/authorization.md true: reads its matrix tables and, for every
 * row (a root field or mutation, or one case of it) and every role, runs a
 * representative operation through the gateway with real tokens, as the
 * organisation owning the rows and as another organisation, and checks the
 * answer is what the cell says: allowed, hidden (looks like not found) or
 * FORBIDDEN. Fails when a field of schema/api.graphql has no row.
 */

const docPath = new URL('../docs/authorization.md', import.meta.url);
const cellKinds = ['all', 'own', 'own-dir', 'lead', 'appointed', 'sender', 'receiver', 'deny'] as const;
type CellKind = (typeof cellKinds)[number];

interface MatrixRow {
  key: string;
  field: string;
  cells: Record<Role, CellKind[]>;
}

/** Every markdown table whose header names all six roles, as rows keyed by the first cell's code span. */
function parseMatrix(markdown: string): MatrixRow[] {
  const rows: MatrixRow[] = [];
  let header: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.every((c) => /^-+$/.test(c)) || !allRoles.every((role) => header!.includes(role))) continue;
    const key = /^`([^`]+)`$/.exec(cells[0]!)?.[1];
    if (!key) throw new Error(`matrix row without a field in backticks: ${line}`);
    const byRole = {} as Record<Role, CellKind[]>;
    for (const role of allRoles) {
      const kinds = cells[header.indexOf(role)]!.split(',').map((k) => k.trim());
      for (const kind of kinds) if (!(cellKinds as readonly string[]).includes(kind)) throw new Error(`${key}: unknown cell "${kind}" for ${role}`);
      byRole[role] = kinds as CellKind[];
    }
    rows.push({ key, field: key.replace(/\(.*$/, ''), cells: byRole });
  }
  return rows;
}

/** Ids of the rows the operations act on; found once, as the database admin or through the API. */
type Fixtures = Record<string, string> & { instrument: { id: string; items: Array<{ id: string }> } } & Record<string, any>;

interface Case {
  /** The operation; per role where roles reach the field by different entry points (nested fields). */
  document: string | ((role: Role) => string);
  /** Sent straight to this subgraph instead of the gateway (`_entities` rows). */
  subgraph?: string;
  /** Built per run, so that creating mutations get unique values. */
  variables?: (f: Fixtures) => Record<string, unknown>;
  /** Organisation owning the rows acted on (default sotek). */
  owner?: string;
  /** The other organisation; null when the operation has no rows of an organisation to aim at (lists, creations). */
  other?: string | null;
  /** For `lead` cells, when the lead is not the owner. */
  lead?: string;
  /** For referral moves: the receiving organisation (the owner is the sender). */
  receiver?: string;
  /** Appointment of COORDINATOR and FUNDER runs as the owner (default yhteinen-askel). */
  project?: string;
  /** An id the owner's answer must contain and a hidden answer must not. */
  marker?: (f: Fixtures) => string;
}

let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++serial}`;
const metrics = (field: string, view: string, selection: string): Case => ({
  // a closed year: pooled figures come from its statistics release (published in the fixtures)
  document: `query ($projectId: ID!) { ${field}(projectId: $projectId, view: ${view}, from: "2025-01-01", to: "2025-12-31", granularity: YEAR)${selection} }`,
  variables: (f) => ({ projectId: f.yhteinen }),
  other: view === 'POOLED' ? 'kalliola' : null,
});

/** `_entities` of one entity type, asked straight at its subgraph with the fixture's id. */
function entityCase(subgraph: string, type: string, id: (f: Fixtures) => string, owner?: string, other?: string | null): Case {
  return {
    document: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { id } } }`,
    subgraph,
    variables: (f) => ({ r: [{ __typename: type, id: id(f) }] }),
    marker: id,
    owner,
    other,
  };
}

function entityCases(): Record<string, Case> {
  return {
    '_entities(journeys: Client)': entityCase('journeys', 'Client', (f) => f.sotekClient),
    '_entities(journeys: Enrolment)': entityCase('journeys', 'Enrolment', (f) => f.sotekEnrolment),
    '_entities(journeys: Referral)': entityCase('journeys', 'Referral', (f) => f.sentReferral),
    '_entities(journeys: Project)': entityCase('journeys', 'Project', (f) => f.yhteinen),
    '_entities(journeys: Organisation)': entityCase('journeys', 'Organisation', (f) => f.sotek),
    '_entities(journeys: ServiceOffering)': entityCase('journeys', 'ServiceOffering', (f) => f.sotekOffering),
    '_entities(outcomes: ExitOutcome)': entityCase('outcomes', 'ExitOutcome', (f) => f.sotekExit),
    '_entities(outcomes: FollowUp)': entityCase('outcomes', 'FollowUp', (f) => f.sotekOverdueFollowUp),
    '_entities(outcomes: Assessment)': entityCase('outcomes', 'Assessment', (f) => f.kalliolaAssessment, 'kalliola', 'sotek'),
    '_entities(outcomes: Instrument)': entityCase('outcomes', 'Instrument', (f) => f.instrument.id),
    '_entities(outcomes: Enrolment)': entityCase('outcomes', 'Enrolment', (f) => f.sotekEnrolment),
    '_entities(outcomes: Placement)': entityCase('outcomes', 'Placement', (f) => f.sotekPlacement),
    '_entities(outcomes: Badge)': entityCase('outcomes', 'Badge', (f) => f.sotekBadge),
    '_entities(outcomes: BadgeAward)': entityCase('outcomes', 'BadgeAward', (f) => f.sotekAward),
    '_entities(outcomes: QualificationUnit)': entityCase('outcomes', 'QualificationUnit', (f) => f.sotekUnitPassed),
  };
}

/**
 * A field inside a client, reached the nearest way each role has: staff
 * through the client's enrolment, the audit readers (ORG_ADMIN, DPO) through
 * the client access report. Other roles are refused at whichever comes first.
 */
function nestedClientCase(selection: string, marker?: (f: Fixtures) => string): Case {
  return {
    document: (role) =>
      role === 'ORG_ADMIN' || role === 'DATA_PROTECTION_OFFICER'
        ? `query ($c: ID!) { clientAccessReport(clientId: $c) { client { id ${selection} } } }`
        : `query ($e: ID!) { enrolment(id: $e) { client { id ${selection} } } }`,
    variables: (f) => ({ c: f.sotekClient, e: f.sotekEnrolment }),
    marker: marker ?? ((f) => f.sotekClient),
  };
}

const cases: Record<string, Case> = {
  // partners: directory
  'Query.organisations': { document: '{ organisations(first: 5) { nodes { id } } }', other: null },
  'Query.organisation': { document: '{ organisation(slug: "sotek") { id } }', marker: (f) => f.sotek },
  'Query.projects': { document: '{ projects(first: 5) { nodes { id } } }', other: null },
  'Query.project': { document: '{ project(slug: "yhteinen-askel") { id } }', marker: (f) => f.yhteinen },
  'Query.serviceOfferings': { document: '{ serviceOfferings(first: 5) { nodes { id } } }', other: null },
  'Query.funders': { document: '{ funders(first: 5) { nodes { id } } }', other: null },
  'Query.me': { document: '{ me { subject roles } }', other: null },
  'Mutation.createOrganisation': {
    document: 'mutation ($slug: String!) { createOrganisation(input: { slug: $slug, name: "Uusi ry", kind: ASSOCIATION }) { id } }',
    variables: () => ({ slug: unique('org') }),
    other: null,
  },
  'Mutation.updateOrganisation': {
    document: 'mutation ($id: ID!) { updateOrganisation(id: $id, input: { contact: { email: "info@sotek.example" } }) { id } }',
    variables: (f) => ({ id: f.sotek }),
  },
  'Mutation.createFunder': {
    document: 'mutation ($name: String!) { createFunder(input: { kind: MUNICIPALITY, name: $name }) { id } }',
    variables: () => ({ name: unique('Kaupunki') }),
    other: null,
  },
  'Mutation.createFundingProgramme': {
    document: 'mutation ($funderId: ID!, $name: String!) { createFundingProgramme(input: { funderId: $funderId, name: $name, employmentPolicy: false }) { id } }',
    variables: (f) => ({ funderId: f.stea, name: unique('Ohjelma') }),
    other: null,
  },
  'Mutation.createProject': {
    document: 'mutation ($slug: String!, $lead: ID!) { createProject(input: { slug: $slug, name: "Hanke", leadOrganisationId: $lead }) { id } }',
    variables: (f) => ({ slug: unique('hanke'), lead: f.sotek }),
    other: null,
  },
  'Mutation.updateProject': {
    document: 'mutation ($id: ID!) { updateProject(id: $id, input: { description: "Kuvaus." }) { id } }',
    variables: (f) => ({ id: f.plannedProject }),
  },
  // PLANNED → PLANNED is refused as CONFLICT after the rule: nothing changes.
  'Mutation.changeProjectStatus': {
    document: 'mutation ($id: ID!) { changeProjectStatus(id: $id, status: PLANNED) { id } }',
    variables: (f) => ({ id: f.plannedProject }),
  },
  'Mutation.invitePartner': {
    document: 'mutation ($p: ID!, $o: ID!) { invitePartner(projectId: $p, organisationId: $o) { id } }',
    variables: (f) => ({ p: f.plannedProject, o: f['valo-valmennus'] }),
  },
  'Mutation.acceptPartnership': {
    document: 'mutation ($id: ID!) { acceptPartnership(id: $id) { id } }',
    variables: (f) => ({ id: f.kalliolaInvitation }),
    owner: 'kalliola',
    other: 'sotek',
  },
  'Mutation.declinePartnership': {
    document: 'mutation ($id: ID!) { declinePartnership(id: $id) { id } }',
    variables: (f) => ({ id: f.kuntoutussaatioInvitation }),
    owner: 'kuntoutussaatio',
    other: 'sotek',
  },
  'Mutation.endPartnership': {
    document: 'mutation ($id: ID!) { endPartnership(id: $id) { id } }',
    variables: (f) => ({ id: f.kalliolaPartnership }),
    owner: 'kalliola',
    lead: 'sotek',
    other: 'kuntoutussaatio',
  },
  'Mutation.createUnit': {
    document: 'mutation ($o: ID!, $name: String!) { createUnit(input: { organisationId: $o, name: $name, kind: OFFICE }) { id } }',
    variables: (f) => ({ o: f.sotek, name: unique('Toimisto') }),
  },
  'Mutation.updateUnit': {
    document: 'mutation ($id: ID!) { updateUnit(id: $id, input: { municipality: "Kotka" }) { id } }',
    variables: (f) => ({ id: f.sotekUnit }),
  },
  'Mutation.createStaffMember': {
    document: 'mutation ($o: ID!, $subject: String!) { createStaffMember(input: { organisationId: $o, subject: $subject, name: "Uusi Työntekijä", title: COACH }) { id } }',
    variables: (f) => ({ o: f.sotek, subject: unique('staff') }),
  },
  'Mutation.updateStaffMember': {
    document: 'mutation ($id: ID!) { updateStaffMember(id: $id, input: { name: "Olli Ohjaaja" }) { id } }',
    variables: (f) => ({ id: f.sotekSupervisor }),
  },
  'Mutation.grantStaffRole': {
    document: 'mutation ($id: ID!) { grantStaffRole(staffMemberId: $id, role: COACH) { id } }',
    variables: (f) => ({ id: f.sotekSupervisor }),
  },
  'Mutation.revokeStaffRole': {
    document: 'mutation ($id: ID!) { revokeStaffRole(staffMemberId: $id, role: FUNDER) { id } }',
    variables: (f) => ({ id: f.sotekSupervisor }),
  },
  'Mutation.createServiceOffering': {
    document: 'mutation ($o: ID!, $name: String!) { createServiceOffering(input: { organisationId: $o, type: SOCIAL_GUIDANCE, name: $name }) { id } }',
    variables: (f) => ({ o: f.sotek, name: unique('Ohjaus') }),
  },
  'Mutation.updateServiceOffering': {
    document: 'mutation ($id: ID!) { updateServiceOffering(id: $id, input: { acceptsReferrals: true }) { id } }',
    variables: (f) => ({ id: f.sotekOffering }),
  },

  // journeys: client data
  'Query.clients': { document: '{ clients(codePrefix: "SOT-") { nodes { id } } }', marker: (f) => f.sotekClient },
  'Query.enrolment': { document: 'query ($id: ID!) { enrolment(id: $id) { id } }', variables: (f) => ({ id: f.sotekEnrolment }), marker: (f) => f.sotekEnrolment },
  'Query.enrolments': {
    document: 'query ($p: ID!) { enrolments(projectId: $p, first: 50) { nodes { id } } }',
    variables: (f) => ({ p: f.yhteinen }),
    marker: (f) => f.sotekEnrolment,
  },
  'Query.referral': { document: 'query ($id: ID!) { referral(id: $id) { id } }', variables: (f) => ({ id: f.sentReferral }), marker: (f) => f.sentReferral },
  'Query.receivedReferrals': { document: '{ receivedReferrals(first: 50) { nodes { id } } }', owner: 'kuntoutussaatio', marker: (f) => f.sentReferral },
  'Query.sentReferrals': { document: '{ sentReferrals(first: 50) { nodes { id } } }', marker: (f) => f.sentReferral },
  'Query.referralActivity': { document: 'query ($id: ID!) { referralActivity(id: $id) { id referral { id } } }', variables: (f) => ({ id: f.sentReferralEvent }), marker: (f) => f.sentReferral },
  'Query.personalDataAccessLog': {
    document: 'query ($c: ID!) { personalDataAccessLog(first: 5, filter: { clientId: $c }) { nodes { client { id } } } }',
    variables: (f) => ({ c: f.sotekClient }),
    marker: (f) => f.sotekClient,
  },
  'Query.clientAccessReport': {
    document: 'query ($id: ID!) { clientAccessReport(clientId: $id) { client { id } } }',
    variables: (f) => ({ id: f.sotekClient }),
    marker: (f) => f.sotekClient,
  },
  'Mutation.createClient': {
    document: 'mutation ($code: String!) { createClient(input: { code: $code }) { id } }',
    variables: () => ({ code: unique('MAT').toUpperCase() }),
    other: null,
  },
  // Clearing the identity: the owner may (BAD_USER_INPUT without personal data), another organisation finds no client.
  'Mutation.recordClientIdentity': {
    document: 'mutation ($c: ID!) { recordClientIdentity(clientId: $c, identity: {}) { id } }',
    variables: (f) => ({ c: f.sotekClient }),
  },
  'Mutation.recordConsent': {
    document:
      'mutation ($c: ID!, $r: ID!, $p: ID!) { recordConsent(input: { clientId: $c, purpose: SHARE_PROGRESS, recipientOrganisationId: $r, projectId: $p, dataCategories: [NAME] }) { id } }',
    variables: (f) => ({ c: f.sotekClient, r: f.kuntoutussaatio, p: f.yhteinen }),
  },
  // An already withdrawn consent: the owner gets CONFLICT, nothing changes.
  'Mutation.withdrawConsent': { document: 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', variables: (f) => ({ id: f.withdrawnConsent }) },
  'Mutation.enrolClient': {
    document: 'mutation ($c: ID!, $p: ID!) { enrolClient(input: { clientId: $c, projectId: $p, startedOn: "2026-11-02" }) { id } }',
    variables: (f) => ({ c: f.sotekClient, p: f.yhteinen }),
  },
  // COACHING → INTAKE is refused after the enrolment is found: BAD_USER_INPUT.
  'Mutation.movePhase': { document: 'mutation ($id: ID!) { movePhase(enrolmentId: $id, to: INTAKE) { id } }', variables: (f) => ({ id: f.sotekEnrolment }) },
  // One per enrolment and the fixture has one: CONFLICT.
  'Mutation.recordInitialAssessment': {
    document: 'mutation ($id: ID!) { recordInitialAssessment(input: { enrolmentId: $id, assessedOn: "2026-11-02", summary: "Toinen arvio.", goals: [] }) { assessedOn } }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  'Mutation.setGoalStatus': { document: 'mutation ($id: ID!) { setGoalStatus(goalId: $id, status: IN_PROGRESS) { id } }', variables: (f) => ({ id: f.sotekGoal }) },
  'Mutation.recordCoachingSession': {
    document: 'mutation ($id: ID!) { recordCoachingSession(input: { enrolmentId: $id, kind: INDIVIDUAL, heldOn: "2026-11-02", minutes: 45 }) { id } }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  'Mutation.recordGroupActivity': {
    document:
      'mutation ($p: ID!, $e: ID!) { recordGroupActivity(input: { projectId: $p, kind: GROUP_COACHING, title: "Ryhmä", heldOn: "2026-11-02", minutes: 60, participantEnrolmentIds: [$e] }) { id } }',
    variables: (f) => ({ p: f.yhteinen, e: f.sotekEnrolment }),
  },
  'Mutation.recordActivity': {
    document: 'mutation ($id: ID!) { recordActivity(input: { enrolmentId: $id, kind: WORK_TRIAL, title: "Työkokeilu", completedOn: "2026-11-02" }) { id } }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  // An end report while COACHING is refused after the enrolment is found: BAD_USER_INPUT.
  'Mutation.writeReport': {
    document: 'mutation ($id: ID!) { writeReport(input: { enrolmentId: $id, kind: END, writtenOn: "2026-11-02", summary: "Loppu." }) { id } }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  'Mutation.createReferral': {
    document: 'mutation ($e: ID!, $s: ID!, $c: ID!) { createReferral(input: { enrolmentId: $e, serviceOfferingId: $s, consentId: $c }) { id } }',
    variables: (f) => ({ e: f.sotekEnrolment, s: f.kuntoutussaatioOffering, c: f.referralConsent }),
  },
  'Mutation.sendReferral': { document: 'mutation ($id: ID!) { sendReferral(referralId: $id) { id } }', variables: (f) => ({ id: f.sentReferral }), receiver: 'kuntoutussaatio' },
  'Mutation.withdrawReferral': { document: 'mutation ($id: ID!) { withdrawReferral(referralId: $id) { id } }', variables: (f) => ({ id: f.sentReferral }), receiver: 'kuntoutussaatio' },
  'Mutation.acceptReferral': { document: 'mutation ($id: ID!) { acceptReferral(referralId: $id) { id } }', variables: (f) => ({ id: f.sentReferral }), receiver: 'kuntoutussaatio' },
  'Mutation.declineReferral': {
    document: 'mutation ($id: ID!) { declineReferral(referralId: $id, reason: "Ei tilaa.") { id } }',
    variables: (f) => ({ id: f.sentReferral }),
    receiver: 'kuntoutussaatio',
  },
  'Mutation.completeReferral': { document: 'mutation ($id: ID!) { completeReferral(referralId: $id) { id } }', variables: (f) => ({ id: f.sentReferral }), receiver: 'kuntoutussaatio' },
  'Mutation.openEnrolmentFromReferral': {
    document: 'mutation ($id: ID!, $code: String!) { openEnrolmentFromReferral(input: { referralId: $id, clientCode: $code, startedOn: "2026-11-02" }) { id } }',
    variables: (f) => ({ id: f.sentReferral, code: unique('REF').toUpperCase() }),
    receiver: 'kuntoutussaatio',
  },

  // imports (docs/import.md): an empty batch is enough to see who may call
  'Query.importedJourneyRecords': { document: '{ importedJourneyRecords(kind: CLIENT, sourceKeys: ["OLD-1"]) { sourceKey id } }', other: null },
  'Mutation.importClients': { document: 'mutation { importClients(rows: []) { added } }', other: null },
  'Mutation.importEnrolments': { document: 'mutation { importEnrolments(rows: []) { added } }', other: null },
  'Mutation.importCoachingSessions': { document: 'mutation { importCoachingSessions(rows: []) { added } }', other: null },
  'Query.importedOutcomeRecords': { document: '{ importedOutcomeRecords(kind: EXIT, sourceKeys: ["OLD-1"]) { sourceKey id } }', other: null },
  'Mutation.importExits': { document: 'mutation { importExits(rows: []) { added } }', other: null },
  'Mutation.importFollowUps': { document: 'mutation { importFollowUps(rows: []) { added } }', other: null },

  // outcomes
  'Query.exitOutcomes': { document: '{ exitOutcomes(first: 100) { nodes { id } } }', marker: (f) => f.sotekExit },
  'Query.exitCorrections': { document: '{ exitCorrections(first: 100) { nodes { id } } }', other: null },
  'Query.overdueFollowUps': { document: '{ overdueFollowUps(first: 100) { nodes { id } } }', marker: (f) => f.sotekOverdueFollowUp },
  'Query.instruments': { document: '{ instruments { id } }', other: null },
  'Query.projectOutcomeSettings': {
    document: 'query ($p: ID!) { projectOutcomeSettings(projectId: $p) { minimumCellSize } }',
    variables: (f) => ({ p: f.yhteinen }),
    other: 'kalliola',
  },
  'Query.projectMetrics(view: OWN_ORGANISATION)': metrics('projectMetrics', 'OWN_ORGANISATION', ' { exits { value } }'),
  'Query.projectMetrics(view: POOLED)': metrics('projectMetrics', 'POOLED', ' { exits { value suppressed } }'),
  'Query.projectIndicatorsCsv(view: OWN_ORGANISATION)': metrics('projectIndicatorsCsv', 'OWN_ORGANISATION', ''),
  'Query.projectIndicatorsCsv(view: POOLED)': metrics('projectIndicatorsCsv', 'POOLED', ''),
  'Query.statisticsReleases': {
    document: 'query ($p: ID!) { statisticsReleases(projectId: $p) { year revision } }',
    variables: (f) => ({ p: f.yhteinen }),
    other: 'kalliola',
  },
  'Mutation.publishStatisticsRelease': {
    document: 'mutation ($p: ID!) { publishStatisticsRelease(projectId: $p, year: 2025) { revision } }',
    variables: (f) => ({ p: f.yhteinen }),
    other: 'kalliola',
  },
  // An exit date before the enrolment started is refused after journeys found the enrolment: BAD_USER_INPUT.
  // clients' rights: read-only cases, or refused after the rule (a one-letter reason, year 0): nothing is erased or set.
  'Query.exportClientData': {
    document: 'query ($id: ID!) { exportClientData(clientId: $id) { document } }',
    variables: (f) => ({ id: f.sotekClient }),
    marker: (f) => f.sotekClient,
  },
  'Query.clientErasures': { document: '{ clientErasures(first: 5) { nodes { id } } }', other: null },
  'Query.retentionPolicy': { document: '{ retentionPolicy { yearsAfterLastExit } }', other: null },
  'Query.retentionDueClients': { document: '{ retentionDueClients { clientId } }', other: null },
  'Mutation.eraseClient': {
    document: 'mutation ($id: ID!) { eraseClient(clientId: $id, reason: "x") { exitsErased } }',
    variables: (f) => ({ id: f.sotekClient }),
  },
  'Mutation.setRetentionPolicy': { document: 'mutation { setRetentionPolicy(yearsAfterLastExit: 0) { yearsAfterLastExit } }', other: null },
  'Query.clientOutcomeRecords': {
    document: 'query ($ids: [ID!]!) { clientOutcomeRecords(enrolmentIds: $ids) }',
    variables: (f) => ({ ids: [f.sotekExitEnrolment] }),
    marker: (f) => f.sotekExit,
  },
  // Another organisation's DPO gets [] for these ids (test/outcomes-audit-log.test.ts); no reads of them are logged here.
  'Query.outcomeRecordReaders': {
    document: 'query ($ids: [ID!]!) { outcomeRecordReaders(enrolmentIds: $ids) { fields } }',
    variables: (f) => ({ ids: [f.sotekExitEnrolment] }),
    other: null,
  },
  'Query.enrolmentExitDays': {
    document: 'query ($ids: [ID!]!) { enrolmentExitDays(enrolmentIds: $ids) { enrolmentId } }',
    variables: (f) => ({ ids: [f.sotekExitEnrolment] }),
    marker: (f) => f.sotekExitEnrolment,
  },
  // Another organisation's ids find nothing to erase (test/client-rights.test.ts); here the reason is refused after the rule.
  'Mutation.eraseClientOutcomes': {
    document: 'mutation ($ids: [ID!]!) { eraseClientOutcomes(enrolmentIds: $ids, reason: "x") }',
    variables: (f) => ({ ids: [f.sotekExitEnrolment] }),
    other: null,
  },
  'Mutation.recordExit': {
    document: 'mutation ($id: ID!) { recordExit(input: { enrolmentId: $id, exitDate: "2000-01-01", destination: EMPLOYED_OPEN_MARKET }) { id } }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  // Too short a reason is refused after the exit was found (BAD_USER_INPUT): nothing changes.
  'Mutation.correctExit': {
    document: 'mutation ($id: ID!) { correctExit(exitId: $id, input: { destination: OTHER }, reason: "x") { id } }',
    variables: (f) => ({ id: f.sotekExit }),
  },
  'Mutation.withdrawExit': {
    document: 'mutation ($id: ID!) { withdrawExit(exitId: $id, reason: "x") { id } }',
    variables: (f) => ({ id: f.sotekExit }),
  },
  'Mutation.completeFollowUp': {
    document: 'mutation ($id: ID!) { completeFollowUp(input: { followUpId: $id, completedOn: "2000-01-01", foundDestination: EMPLOYED_OPEN_MARKET }) { id } }',
    variables: (f) => ({ id: f.sotekOverdueFollowUp }),
  },
  'Mutation.recordAssessment': {
    document:
      'mutation ($e: ID!, $i: ID!, $scores: [ItemScoreInput!]!) { recordAssessment(input: { enrolmentId: $e, instrumentId: $i, assessedOn: "2000-01-01", timePoint: START, scores: $scores }) { id } }',
    variables: (f) => ({ e: f.sotekEnrolment, i: f.instrument.id, scores: f.instrument.items.map((item) => ({ itemId: item.id, score: 1 })) }),
  },
  // participants (issue 13): a birth year before 1900 is refused after the enrolment was found, so nothing is written
  'Mutation.recordParticipantEntry': {
    document:
      'mutation ($id: ID!) { recordParticipantEntry(input: { enrolmentId: $id, gender: FEMALE, birthYear: 1800, labourMarketStatus: UNEMPLOYED, education: ISCED_0_2 }) { id } }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  'Mutation.withdrawSpecialCategoryConsent': {
    document: 'mutation ($id: ID!) { withdrawSpecialCategoryConsent(enrolmentId: $id) }',
    variables: (f) => ({ id: f.sotekEnrolment }),
  },
  // placements and competences (issue 13); each withdrawal takes a fresh row from a pool, so every allowed run finds one
  'Query.placements': { document: '{ placements(first: 100) { nodes { id } } }', marker: (f) => f.sotekPlacement },
  'Query.ownPlacementFigures': { document: 'query ($p: ID!) { ownPlacementFigures(projectId: $p, year: 2026) { kind started } }', variables: (f) => ({ p: f.yhteinen }), other: null },
  'Mutation.recordPlacement': {
    document:
      'mutation ($e: ID!) { recordPlacement(input: { enrolmentId: $e, kind: WORK_TRIAL, employerBusinessId: "0112038-9", startsOn: "2000-01-01", hoursPerWeek: 20, funding: UNEMPLOYMENT_BENEFIT }) { id } }',
    variables: (f) => ({ e: f.sotekEnrolment }),
  },
  // 99 hours a week is refused after the placement is found: BAD_USER_INPUT.
  'Mutation.updatePlacement': { document: 'mutation ($id: ID!) { updatePlacement(placementId: $id, input: { hoursPerWeek: 99 }) { id } }', variables: (f) => ({ id: f.sotekPlacement }) },
  'Mutation.withdrawPlacement': { document: 'mutation ($id: ID!) { withdrawPlacement(placementId: $id) }', variables: (f) => ({ id: f.placementPool.pop() }) },
  // A month before the placement is refused after it is found: BAD_USER_INPUT.
  'Mutation.recordMentoring': {
    document: 'mutation ($id: ID!) { recordMentoring(input: { placementId: $id, month: "2000-01-01", hours: 4 }) { id } }',
    variables: (f) => ({ id: f.sotekPlacement }),
  },
  'Query.badges': { document: 'query ($p: ID) { badges(projectId: $p) { id } }', variables: (f) => ({ p: f.yhteinen }), marker: (f) => f.sotekBadge },
  'Mutation.defineBadge(projectId: null)': {
    document: 'mutation ($code: String!) { defineBadge(input: { code: $code, name: { fi: "M", sv: "M", en: "M" }, criteria: { fi: "K", sv: "K", en: "C" }, issuerName: "X" }) { id } }',
    variables: () => ({ code: unique('m') }),
    other: 'kalliola',
  },
  'Mutation.defineBadge(projectId)': {
    document:
      'mutation ($code: String!, $p: ID!) { defineBadge(input: { projectId: $p, code: $code, name: { fi: "M", sv: "M", en: "M" }, criteria: { fi: "K", sv: "K", en: "C" }, issuerName: "X" }) { id } }',
    variables: (f) => ({ code: unique('m'), p: f.yhteinen }),
    other: 'kalliola',
  },
  'Mutation.defineInstrument(projectId: null)': {
    document: `mutation ($code: String!) { defineInstrument(input: { code: $code, name: { fi: "M", sv: "M", en: "M" }, scaleMax: 2,
      items: [{ code: "a", label: { fi: "A", sv: "A", en: "A" }, anchors: [{ score: 1, label: { fi: "1", sv: "1", en: "1" } }, { score: 2, label: { fi: "2", sv: "2", en: "2" } }] }] }) { id } }`,
    variables: () => ({ code: unique('m') }),
    other: 'kalliola',
  },
  'Mutation.defineInstrument(projectId)': {
    document: `mutation ($code: String!, $p: ID!) { defineInstrument(input: { projectId: $p, code: $code, name: { fi: "M", sv: "M", en: "M" }, scaleMax: 2,
      items: [{ code: "a", label: { fi: "A", sv: "A", en: "A" }, anchors: [{ score: 1, label: { fi: "1", sv: "1", en: "1" } }, { score: 2, label: { fi: "2", sv: "2", en: "2" } }] }] }) { id } }`,
    variables: (f) => ({ code: unique('m'), p: f.yhteinen }),
    other: 'kalliola',
  },
  'Query.feedbackSurveys': { document: 'query ($p: ID!) { feedbackSurveys(projectId: $p) { id } }', variables: (f) => ({ p: f.yhteinen }), marker: (f) => f.survey },
  // staff of the project's partners (Valo-Valmennus is not one) and those appointed to it
  'Query.feedbackSurveyResults': {
    document: 'query ($p: ID!) { feedbackSurveyResults(projectId: $p, code: "matriisi") { survey { id } periods { month responses } } }',
    variables: (f) => ({ p: f.yhteinen }),
    other: 'valo-valmennus',
  },
  'Mutation.defineFeedbackSurvey': {
    document: 'mutation ($p: ID!, $code: String!) { defineFeedbackSurvey(input: { projectId: $p, code: $code, title: { fi: "P", sv: "P", en: "P" }, scaleMax: 5, questions: [{ code: "q", text: { fi: "K", sv: "K", en: "Q" } }] }) { id } }',
    variables: (f) => ({ p: f.yhteinen, code: unique('m') }),
    other: 'kalliola',
  },
  'Mutation.submitFeedbackResponse': {
    document: 'mutation ($s: ID!) { submitFeedbackResponse(surveyId: $s, answers: [3]) }',
    variables: (f) => ({ s: f.survey }),
    other: 'valo-valmennus',
  },
  'Query.badgeAwards': { document: '{ badgeAwards(first: 100) { nodes { id } } }', marker: (f) => f.sotekAward },
  'Mutation.awardBadge': {
    document: 'mutation ($e: ID!, $b: ID!) { awardBadge(input: { enrolmentId: $e, badgeId: $b, awardedOn: "2000-01-01" }) { id } }',
    variables: (f) => ({ e: f.sotekEnrolment, b: f.sotekBadge }),
  },
  'Mutation.withdrawBadgeAward': { document: 'mutation ($id: ID!) { withdrawBadgeAward(awardId: $id) }', variables: (f) => ({ id: f.awardPool.pop() }) },
  'Query.qualificationUnits': { document: '{ qualificationUnits(first: 100) { nodes { id } } }', marker: (f) => f.sotekUnitPassed },
  'Mutation.recordQualificationUnit': {
    document: 'mutation ($e: ID!) { recordQualificationUnit(input: { enrolmentId: $e, unitCode: "1", qualificationCode: "351407", passedOn: "2000-01-01" }) { id } }',
    variables: (f) => ({ e: f.sotekEnrolment }),
  },
  'Mutation.withdrawQualificationUnit': { document: 'mutation ($id: ID!) { withdrawQualificationUnit(qualificationUnitId: $id) }', variables: (f) => ({ id: f.unitPool.pop() }) },
  'Query.ownCompetenceFigures': { document: 'query ($p: ID!) { ownCompetenceFigures(projectId: $p, year: 2026) { badgesAwarded } }', variables: (f) => ({ p: f.yhteinen }), other: null },
  'Mutation.configureProjectOutcomes': {
    document: 'mutation ($p: ID!) { configureProjectOutcomes(input: { projectId: $p, minimumCellSize: 5 }) { minimumCellSize } }',
    variables: (f) => ({ p: f.yhteinen }),
    other: 'kalliola',
  },
  // federation: `_entities` straight at the subgraph, as the gateway (or an attacker) would ask
  ...entityCases(),
  // nested client fields: organisation staff reach a client through its enrolment, ORG_ADMIN and DPO through the access report
  'Client.personal': nestedClientCase('personal { fullName }'),
  'Client.background': nestedClientCase('background { obstacles }'),
  'Client.enrolments': nestedClientCase('enrolments { id }', (f) => f.sotekEnrolment),
  'Client.consents': nestedClientCase('consents { id }', (f) => f.referralConsent),
  'Enrolment.goals': nestedClientCase('enrolments { goals { id } }', (f) => f.sotekGoal),
  'Enrolment.activities': nestedClientCase('enrolments { activities { id } }'),
  'Enrolment.exitOutcome': nestedClientCase('enrolments { exitOutcome { id } }'),
  'Enrolment.placements': nestedClientCase('enrolments { placements { id } }', (f) => f.sotekPlacement),
  'Enrolment.participantEntry': nestedClientCase('enrolments { participantEntry { id } }'),
  'Enrolment.badgeAwards': nestedClientCase('enrolments { badgeAwards { id } }', (f) => f.sotekAward),
  'Enrolment.qualificationUnits': nestedClientCase('enrolments { qualificationUnits { id } }', (f) => f.sotekUnitPassed),
};

type Verdict = 'allow' | 'hidden' | 'deny';
interface Run {
  key: string;
  role: Role;
  organisation: string;
  appointed: boolean;
  verdict: Verdict;
}

/** The runs a cell asks for: who calls, and what they should get. */
function runsOf(key: string, role: Role, kinds: CellKind[], c: Case): Run[] {
  const owner = c.owner ?? 'sotek';
  const other = c.other === undefined ? (owner === 'kalliola' ? 'sotek' : 'kalliola') : c.other;
  const runs = new Map<string, Run>();
  const add = (organisation: string | null, verdict: Verdict, appointed = organisation === owner) => {
    if (!organisation) return;
    const id = `${organisation}/${appointed}`;
    const existing = runs.get(id);
    // Any case that allows wins: a cell lists alternatives.
    if (!existing || verdict === 'allow') runs.set(id, { key, role, organisation, appointed, verdict });
  };
  for (const kind of kinds) {
    switch (kind) {
      case 'all':
        add(owner, 'allow');
        add(other, 'allow');
        break;
      case 'own':
        add(owner, 'allow');
        add(other, 'hidden');
        break;
      case 'own-dir':
        add(owner, 'allow');
        add(other, 'deny');
        break;
      case 'lead':
        add(c.lead ?? owner, 'allow');
        add(other, 'deny');
        break;
      case 'appointed':
        add(owner, 'allow', true);
        add(other ?? owner, 'deny', false);
        break;
      case 'sender':
      case 'receiver': {
        if (!c.receiver) throw new Error(`${key}: a ${kind} cell needs the case's receiver`);
        const [party, counterpart] = kind === 'sender' ? [owner, c.receiver] : [c.receiver, owner];
        add(party, 'allow');
        add(counterpart, 'deny');
        add(other, 'hidden');
        break;
      }
      case 'deny':
        add(owner, 'deny');
        add(other, 'deny');
        break;
    }
  }
  return [...runs.values()];
}

let platform: TestPlatform;
let matrix: MatrixRow[];
let fixtures: Fixtures;
const results = new Map<Run, GraphQLResponse>();
const tokens = new Map<string, Promise<string>>();

function tokenOf(organisation: string, role: Role, projects: string[]) {
  const id = `${organisation}/${role}/${projects.join(',')}`;
  if (!tokens.has(id)) tokens.set(id, platform.tokenFor(organisation, [role], projects));
  return tokens.get(id)!;
}

async function call(organisation: string, role: Role, document: string, variables: Record<string, unknown> = {}) {
  const response = await platform.graphql(document, { token: await tokenOf(organisation, role, []), variables });
  if (response.errors) throw new Error(`fixture ${document}: ${JSON.stringify(response.errors)}`);
  return response.data;
}

async function loadFixtures(): Promise<Fixtures> {
  const f = {} as Fixtures;
  for (const slug of ['sotek', 'kuntoutussaatio', 'kalliola', 'valo-valmennus']) f[slug] = await platform.organisationId(slug);
  await withAdminClient(platform.adminUrl, async (db) => {
    const one = async (sql: string, params: unknown[] = []) => {
      const { rows } = await db.query(sql, params);
      if (!rows[0]) throw new Error(`fixture not found: ${sql}`);
      return rows[0].id as string;
    };
    f.yhteinen = await one(`SELECT id FROM partners.project WHERE slug = 'yhteinen-askel'`);
    f.stea = await one(`SELECT id FROM partners.funder WHERE kind = 'STEA' LIMIT 1`);
    f.sotekUnit = await one('SELECT id FROM partners.unit WHERE organisation_id = $1 LIMIT 1', [f.sotek]);
    f.sotekOffering = await one('SELECT id FROM partners.service_offering WHERE organisation_id = $1 LIMIT 1', [f.sotek]);
    f.kuntoutussaatioOffering = await one(`SELECT id FROM partners.service_offering WHERE organisation_id = $1 AND type = 'HEALTH_AND_WORK_ABILITY_ASSESSMENT'`, [f.kuntoutussaatio]);
    f.sotekSupervisor = await one(`SELECT id FROM partners.staff_member WHERE subject = 'supervisor@sotek'`);
    f.sotekClient = await one(`SELECT id FROM journeys.client WHERE org_id = $1 AND code = 'SOT-0004'`, [f.sotek]);
    f.sotekEnrolment = await one(`SELECT id FROM journeys.enrolment WHERE client_id = $1`, [f.sotekClient]);
    f.referralConsent = await one(`SELECT id FROM journeys.consent WHERE client_id = $1 AND recipient_org_id = $2`, [f.sotekClient, f.kuntoutussaatio]);
    f.sentReferral = await one(`SELECT id FROM journeys.referral WHERE sender_org_id = $1 AND receiver_org_id = $2 AND status = 'SENT'`, [f.sotek, f.kuntoutussaatio]);
    f.sentReferralEvent = await one(`SELECT seq::text AS id FROM journeys.referral_event WHERE referral_id = $1 AND to_status = 'SENT'`, [f.sentReferral]);
    f.sotekExit = await one('SELECT id FROM outcomes.exit_outcome WHERE org_id = $1 ORDER BY exit_date DESC, id LIMIT 1', [f.sotek]);
    f.kalliolaAssessment = await one('SELECT id FROM outcomes.assessment WHERE org_id = $1 LIMIT 1', [f.kalliola]);
    f.sotekExitEnrolment = (await db.query('SELECT enrolment_id FROM outcomes.exit_outcome WHERE id = $1', [f.sotekExit])).rows[0].enrolment_id;
    f.sotekOverdueFollowUp = await one('SELECT id FROM outcomes.follow_up WHERE org_id = $1 AND completed_on IS NULL AND due_on < current_date ORDER BY due_on LIMIT 1', [f.sotek]);
    // placements, badges and qualification units of Sotek's client, and pools of throwaway ones for the withdrawals
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.org_id', $1, true)`, [f.sotek]);
    const placements = await db.query(
      `INSERT INTO outcomes.placement (org_id, enrolment_id, project_id, kind, employer_business_id, starts_on, hours_per_week, funding)
       SELECT $1, $2, $3, 'WORK_TRIAL', '0112038-9', '2026-05-01', 20, 'UNEMPLOYMENT_BENEFIT' FROM generate_series(1, 17) RETURNING id`,
      [f.sotek, f.sotekEnrolment, f.yhteinen],
    );
    const badges = await db.query(
      `INSERT INTO outcomes.badge (org_id, code, name_fi, name_sv, name_en, criteria_fi, criteria_sv, criteria_en, issuer_name)
       SELECT $1, 'matrix-' || n, 'M', 'M', 'M', 'K', 'K', 'C', 'Sotek' FROM generate_series(1, 17) n RETURNING id`,
      [f.sotek],
    );
    const awards = await db.query(
      `INSERT INTO outcomes.badge_award (org_id, enrolment_id, project_id, badge_id, awarded_on) SELECT $1, $2, $3, b, '2026-06-01' FROM unnest($4::uuid[]) b RETURNING id`,
      [f.sotek, f.sotekEnrolment, f.yhteinen, badges.rows.map((r) => r.id)],
    );
    const units = await db.query(
      `INSERT INTO outcomes.qualification_unit (org_id, enrolment_id, project_id, unit_code, qualification_code, passed_on)
       SELECT $1, $2, $3, (100000 + n)::text, '351407', '2026-06-01' FROM generate_series(1, 17) n RETURNING id`,
      [f.sotek, f.sotekEnrolment, f.yhteinen],
    );
    f.survey = (await db.query(
      `INSERT INTO outcomes.feedback_survey (org_id, project_id, code, title_fi, title_sv, title_en, scale_max, questions)
       VALUES ($1, $2, 'matriisi', 'P', 'P', 'P', 5, '[{"code": "q", "fi": "K", "sv": "K", "en": "Q"}]') RETURNING id`,
      [f.sotek, f.yhteinen],
    )).rows[0].id;
    await db.query('COMMIT');
    const ids = (result: { rows: Array<{ id: string }> }) => result.rows.map((r) => r.id);
    [f.sotekPlacement, ...f.placementPool] = ids(placements);
    f.sotekBadge = badges.rows[0].id;
    [f.sotekAward, ...f.awardPool] = ids(awards);
    [f.sotekUnitPassed, ...f.unitPool] = ids(units);
    // pooled figures of a closed year are read from its release
    await db.query(`SELECT outcomes.publish_statistics_release($1, 2025, 'ON_DEMAND', 'matrix') WHERE NOT EXISTS (
      SELECT 1 FROM outcomes.statistics_release WHERE project_id = $1 AND year = 2025)`, [f.yhteinen]);
  });

  // Rows made through the API, as their owners would.
  // A coach reads a client's personal data: the audit log then has a row of Sotek's.
  await call('sotek', 'COACH', 'query ($id: ID!) { enrolment(id: $id) { client { id personal { fullName } } } }', { id: f.sotekEnrolment });
  const assessment = await call('sotek', 'COACH', 'mutation ($id: ID!) { recordInitialAssessment(input: { enrolmentId: $id, assessedOn: "2026-11-01", summary: "Alkuarvio.", goals: ["Työpaikka"] }) { assessedOn } }', {
    id: f.sotekEnrolment,
  });
  expect(assessment).toBeTruthy();
  const goals = await call('sotek', 'COACH', 'query ($id: ID!) { enrolment(id: $id) { goals { id } } }', { id: f.sotekEnrolment });
  f.sotekGoal = goals.enrolment.goals[0].id;
  const consent = await call(
    'sotek',
    'COACH',
    'mutation ($c: ID!, $r: ID!, $p: ID!) { recordConsent(input: { clientId: $c, purpose: SHARE_PROGRESS, recipientOrganisationId: $r, projectId: $p, dataCategories: [NAME] }) { id } }',
    { c: f.sotekClient, r: f.kalliola, p: f.yhteinen },
  );
  f.withdrawnConsent = consent.recordConsent.id;
  await call('sotek', 'COACH', 'mutation ($id: ID!) { withdrawConsent(consentId: $id) { id } }', { id: f.withdrawnConsent });
  const instruments = await call('sotek', 'COACH', '{ instruments { id items { id } } }');
  f.instrument = instruments.instruments[0];

  const newProject = async () =>
    (await call('sotek', 'PLATFORM_ADMIN', 'mutation ($slug: String!, $lead: ID!) { createProject(input: { slug: $slug, name: "Testihanke", leadOrganisationId: $lead }) { id } }', { slug: unique('matriisi'), lead: f.sotek }))
      .createProject.id as string;
  const invite = async (project: string, organisation: string) =>
    (await call('sotek', 'ORG_ADMIN', 'mutation ($p: ID!, $o: ID!) { invitePartner(projectId: $p, organisationId: $o) { id } }', { p: project, o: f[organisation] })).invitePartner.id as string;
  f.plannedProject = await newProject();
  const handshakes = await newProject();
  f.kalliolaInvitation = await invite(handshakes, 'kalliola');
  f.kuntoutussaatioInvitation = await invite(handshakes, 'kuntoutussaatio');
  f.kalliolaPartnership = await invite(await newProject(), 'kalliola');
  await call('kalliola', 'ORG_ADMIN', 'mutation ($id: ID!) { acceptPartnership(id: $id) { id } }', { id: f.kalliolaPartnership });
  return f;
}

/** Runs `work` over `items`, at most `limit` at a time (the machine has two cores). */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

let runs: Run[] = [];

beforeAll(async () => {
  platform = await bootPlatform();
  matrix = parseMatrix(await readFile(docPath, 'utf8'));
  fixtures = await loadFixtures();
  runs = matrix.flatMap((row) => {
    const c = cases[row.key];
    return c ? allRoles.flatMap((role) => runsOf(row.key, role, row.cells[role], c)) : [];
  });
  await inParallel(runs, 6, async (run) => {
    const c = cases[run.key]!;
    const projects = run.appointed && (run.role === 'COORDINATOR' || run.role === 'FUNDER') ? [c.project ?? 'yhteinen-askel'] : [];
    const document = typeof c.document === 'string' ? c.document : c.document(run.role);
    const url = c.subgraph ? platform.subgraphUrls[c.subgraph] : undefined;
    const response = await platform.graphql(document, { token: await tokenOf(run.organisation, run.role, projects), variables: c.variables?.(fixtures) ?? {}, url });
    results.set(run, response);
  });
  const fields = new Set(matrix.map((row) => row.key));
  console.info(`authorization matrix: ${fields.size} rows (${new Set(matrix.map((r) => r.field)).size} fields) × ${allRoles.length} roles, ${runs.length} requests`);
}, 120_000);
afterAll(() => platform?.stop());

describe('docs/authorization.md covers the API', () => {
  it('has a row for every Query and Mutation field of schema/api.graphql, and none for fields that do not exist', async () => {
    const schema = buildSchema(await readFile(apiSchemaPath, 'utf8'));
    const apiFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()).map((name) => `${type.name}.${name}`));
    const documented = new Set(matrix.filter((row) => /^(Query|Mutation)\./.test(row.key)).map((row) => row.field));
    expect(apiFields.filter((field) => !documented.has(field)), 'fields missing from the matrix').toEqual([]);
    expect([...documented].filter((field) => !apiFields.includes(field)), 'matrix rows for fields the API does not have').toEqual([]);
  });

  it('has an `_entities` row for every entity journeys and outcomes resolve, and nested rows only for fields that exist', async () => {
    const entityRows = matrix.filter((row) => row.key.startsWith('_entities(')).map((row) => row.key);
    const expected: string[] = [];
    for (const subgraph of ['journeys', 'outcomes']) {
      const sdl = await readFile(new URL(`../schema/${subgraph}.graphql`, import.meta.url), 'utf8');
      for (const [, type, rest] of sdl.matchAll(/^type (\w+) @key\(([^)]*)\)/gm)) if (!rest!.includes('resolvable: false')) expected.push(`_entities(${subgraph}: ${type})`);
    }
    expect(entityRows.sort()).toEqual(expected.sort());
    const schema = buildSchema(await readFile(apiSchemaPath, 'utf8'));
    for (const row of matrix.filter((r) => isNestedRow(r.key))) {
      const [type, field] = row.key.split('.');
      expect((schema.getType(type!) as { getFields?: () => Record<string, unknown> })?.getFields?.()[field!], row.key).toBeTruthy();
    }
  });

  it('has an operation in this test for every row, and a row for every operation', () => {
    const keys = matrix.map((row) => row.key);
    expect(keys.filter((key) => !cases[key]), 'rows without an operation here').toEqual([]);
    expect(Object.keys(cases).filter((key) => !keys.includes(key)), 'operations without a row').toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** A row for a field inside a type (e.g. `Client.enrolments`), not an entry point. */
const isNestedRow = (key: string) => !/^(Query|Mutation)\./.test(key) && !key.startsWith('_entities(');

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code as string | undefined;

/** Why an answer does not fit its verdict, or null when it does. */
function mismatch(run: Run, response: GraphQLResponse): string | null {
  const c = cases[run.key]!;
  const field = run.key.replace(/^\w+\.|\(.*$/g, '');
  const error = response.errors?.[0];
  const code = codeOf(response);
  // An error from execution carries the field's path; one without (a validation or variable error) means the operation never ran.
  // A nested field's refusal may come at the entry point the role is refused at, or at the field itself.
  if (error && (isNestedRow(run.key) ? !error.path : error.path?.[0] !== field)) return `did not run: ${code} ${error.message}`;
  const text = JSON.stringify(response.data ?? null);
  const marker = c.marker?.(fixtures);
  switch (run.verdict) {
    case 'allow':
      if (code && code !== 'BAD_USER_INPUT' && code !== 'CONFLICT') return `expected allowed, got ${code}: ${error!.message}`;
      if (marker && !text.includes(marker)) return `allowed but the owner's row ${marker} is missing: ${text.slice(0, 200)}`;
      return null;
    case 'deny':
      // Another organisation's client is never reached (row level security), so its nested field cannot be refused either.
      if (isNestedRow(run.key) && run.organisation !== (c.owner ?? 'sotek') && !code && marker && !text.includes(marker)) return null;
      return code === 'FORBIDDEN' ? null : `expected FORBIDDEN, got ${code ?? 'data'}: ${error?.message ?? text.slice(0, 200)}`;
    case 'hidden':
      if (code === 'NOT_FOUND') return null;
      if (code) return `expected the row to look absent (null or NOT_FOUND), got ${code}: ${error!.message}`;
      if (!marker) return `expected NOT_FOUND, got data: ${text.slice(0, 200)}`;
      return text.includes(marker) ? `another organisation's row ${marker} is visible` : null;
  }
}

describe('the matrix holds for every role, own organisation and another', () => {
  it('ran every role of every row', () => {
    for (const row of matrix) for (const role of allRoles) expect(runs.some((r) => r.key === row.key && r.role === role), `${row.key} ${role}`).toBe(true);
  });

  it.each(Object.keys(cases))('%s', (key) => {
    const failures = runs
      .filter((run) => run.key === key)
      .map((run) => {
        const why = mismatch(run, results.get(run)!);
        return why && `${run.role} of ${run.organisation}${run.appointed && (run.role === 'COORDINATOR' || run.role === 'FUNDER') ? ' (appointed)' : ''}: ${why}`;
      })
      .filter(Boolean);
    expect(failures).toEqual([]);
  });
});

describe('the test itself', () => {
  it('reads cells and turns them into runs', () => {
    const [row] = parseMatrix(
      ['| field | COACH | ORG_ADMIN | COORDINATOR | FUNDER | PLATFORM_ADMIN | DATA_PROTECTION_OFFICER |', '|---|---|---|---|---|---|---|', '| `Mutation.x` | own | own-dir, lead | appointed | deny | all | deny |'].join('\n'),
    );
    expect(row!.cells.ORG_ADMIN).toEqual(['own-dir', 'lead']);
    const verdicts = (role: Role) => runsOf('Mutation.x', role, row!.cells[role], { document: '', lead: 'kuntoutussaatio' }).map((r) => `${r.organisation}:${r.verdict}`);
    expect(verdicts('COACH')).toEqual(['sotek:allow', 'kalliola:hidden']);
    expect(verdicts('ORG_ADMIN')).toEqual(['sotek:allow', 'kalliola:deny', 'kuntoutussaatio:allow']);
    expect(verdicts('COORDINATOR')).toEqual(['sotek:allow', 'kalliola:deny']);
    expect(() => parseMatrix('| f | COACH | ORG_ADMIN | COORDINATOR | FUNDER | PLATFORM_ADMIN | DATA_PROTECTION_OFFICER |\n|-|-|-|-|-|-|-|\n| `Query.y` | maybe | all | all | all | all | all |')).toThrow(/unknown cell/);
  });
});
