import { apiError, ErrorCode, isUuid, type PeerClient } from '@polku/kit';

const leadQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id leadOrganisation { id } } } }`;

/**
 * Refuses unless the caller's organisation leads the project: partners owns
 * who leads, asked with the caller's token (the database asks again through
 * `outcomes.project_lead`, migration 1739).
 */
export async function assertLeadsProject(peers: PeerClient, organisationId: string, projectId: string, action: string): Promise<void> {
  if (!isUuid(projectId)) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
  type Answer = { _entities: Array<{ id: string; leadOrganisation: { id: string } } | null> };
  const answer = await peers.query<Answer>('partners', leadQuery, { r: [{ __typename: 'Project', id: projectId }] });
  const project = answer._entities[0];
  if (!project) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
  if (project.leadOrganisation.id !== organisationId) throw apiError(ErrorCode.FORBIDDEN, `Only the project's lead organisation ${action}.`);
}
