import { apiError, ErrorCode, isUuid, type PeerClient } from '@polku/kit';

/**
 * Which organisation and project an enrolment belongs to, asked from journeys
 * (the owner of enrolments) with the caller's own token. Journeys' row level
 * security answers null for an enrolment of another organisation, so "not
 * found" and "not yours" look the same here too. Outcomes never reads the
 * journeys schema (docs/outcomes.md).
 */
const enrolmentQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enrolment { id startedOn organisation { id } project { id } } } }`;

export interface EnrolmentFacts {
  id: string;
  organisationId: string;
  projectId: string;
  startedOn: string;
}

export async function enrolmentFacts(peers: PeerClient, callerOrganisationId: string, enrolmentId: string): Promise<EnrolmentFacts> {
  const notFound = apiError(ErrorCode.NOT_FOUND, 'No such enrolment.', { argument: 'enrolmentId' });
  if (!isUuid(enrolmentId)) throw notFound;
  type Answer = { _entities: Array<{ id: string; startedOn: string; organisation: { id: string }; project: { id: string } } | null> };
  const data = await peers.query<Answer>('journeys', enrolmentQuery, { r: [{ __typename: 'Enrolment', id: enrolmentId }] });
  const enrolment = data._entities[0];
  // Row level security in journeys already limits the answer to the caller's organisation; checked again for defence in depth.
  if (!enrolment || enrolment.organisation.id !== callerOrganisationId) throw notFound;
  return { id: enrolment.id, organisationId: enrolment.organisation.id, projectId: enrolment.project.id, startedOn: enrolment.startedOn };
}

/** The facts of several enrolments in one call (imports): those journeys does not show the caller, or of another organisation, are left out. */
export async function enrolmentsFacts(peers: PeerClient, callerOrganisationId: string, enrolmentIds: string[]): Promise<Map<string, EnrolmentFacts>> {
  const ids = [...new Set(enrolmentIds.filter(isUuid))];
  if (!ids.length) return new Map();
  type Answer = { _entities: Array<{ id: string; startedOn: string; organisation: { id: string }; project: { id: string } } | null> };
  const data = await peers.query<Answer>('journeys', enrolmentQuery, { r: ids.map((id) => ({ __typename: 'Enrolment', id })) });
  return new Map(
    data._entities.flatMap((enrolment) =>
      enrolment && enrolment.organisation.id === callerOrganisationId
        ? [[enrolment.id, { id: enrolment.id, organisationId: enrolment.organisation.id, projectId: enrolment.project.id, startedOn: enrolment.startedOn }] as const]
        : [],
    ),
  );
}
