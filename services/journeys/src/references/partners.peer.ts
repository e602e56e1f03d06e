import { apiError, ErrorCode, type PeerClient } from '@polku/kit';

/**
 * Facts journeys needs from the partners subgraph, asked with the caller's
 * own token: journeys never reads the partners schema.
 */
export interface OfferingFacts {
  id: string;
  acceptsReferrals: boolean;
  organisation: { id: string };
  project: { id: string; partners: Array<{ organisation: { id: string } }> } | null;
}

export async function serviceOffering(peers: PeerClient, id: string): Promise<OfferingFacts> {
  const data = await peers.query<{ _entities: Array<OfferingFacts | null> }>(
    'partners',
    `query($r:[_Any!]!){ _entities(representations:$r){ ... on ServiceOffering { id acceptsReferrals organisation { id } project { id partners { organisation { id } } } } } }`,
    { r: [{ __typename: 'ServiceOffering', id }] },
  );
  const offering = data._entities[0];
  if (!offering) throw apiError(ErrorCode.NOT_FOUND, 'No such service offering.', { argument: 'serviceOfferingId' });
  return offering;
}

/** Ids of the organisations taking part in a project; NOT_FOUND when there is no such project. */
export async function projectPartnerIds(peers: PeerClient, projectId: string): Promise<string[]> {
  const data = await peers.query<{ _entities: Array<{ partners: Array<{ organisation: { id: string } }> } | null> }>(
    'partners',
    `query($r:[_Any!]!){ _entities(representations:$r){ ... on Project { partners { organisation { id } } } } }`,
    { r: [{ __typename: 'Project', id: projectId }] },
  );
  const project = data._entities[0];
  if (!project) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
  return project.partners.map((partner) => partner.organisation.id);
}

/** A project's partners and period (first and last day, either may be open); NOT_FOUND when there is no such project. */
export async function projectPartnersAndPeriod(peers: PeerClient, projectId: string): Promise<{ partnerIds: string[]; startsOn: string | null; endsOn: string | null }> {
  const data = await peers.query<{ _entities: Array<{ startsOn: string | null; endsOn: string | null; partners: Array<{ organisation: { id: string } }> } | null> }>(
    'partners',
    `query($r:[_Any!]!){ _entities(representations:$r){ ... on Project { startsOn endsOn partners { organisation { id } } } } }`,
    { r: [{ __typename: 'Project', id: projectId }] },
  );
  const project = data._entities[0];
  if (!project) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
  return { partnerIds: project.partners.map((partner) => partner.organisation.id), startsOn: project.startsOn, endsOn: project.endsOn };
}

/** Partners and periods of several projects in one call (imports); projects partners does not know are left out. */
export async function projectsPartnersAndPeriods(
  peers: PeerClient,
  projectIds: string[],
): Promise<Map<string, { partnerIds: string[]; startsOn: string | null; endsOn: string | null }>> {
  if (!projectIds.length) return new Map();
  const data = await peers.query<{ _entities: Array<{ id: string; startsOn: string | null; endsOn: string | null; partners: Array<{ organisation: { id: string } }> } | null> }>(
    'partners',
    `query($r:[_Any!]!){ _entities(representations:$r){ ... on Project { id startsOn endsOn partners { organisation { id } } } } }`,
    { r: projectIds.map((id) => ({ __typename: 'Project', id })) },
  );
  return new Map(
    data._entities.flatMap((project) => (project ? [[project.id, { partnerIds: project.partners.map((partner) => partner.organisation.id), startsOn: project.startsOn, endsOn: project.endsOn }] as const] : [])),
  );
}
