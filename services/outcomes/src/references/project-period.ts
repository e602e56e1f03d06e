import { apiError, ErrorCode, type PeerClient } from '@polku/kit';

/**
 * A project's period (first and last day, either may be open), asked from
 * partners (the owner of projects) with the caller's own token, as outcomes
 * asks journeys for enrolments: outcomes never reads the partners schema.
 */
const periodQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id startsOn endsOn } } }`;

export interface ProjectPeriod {
  startsOn: string | null;
  endsOn: string | null;
}

export async function projectPeriod(peers: PeerClient, projectId: string): Promise<ProjectPeriod> {
  type Answer = { _entities: Array<{ id: string; startsOn: string | null; endsOn: string | null } | null> };
  const data = await peers.query<Answer>('partners', periodQuery, { r: [{ __typename: 'Project', id: projectId }] });
  const project = data._entities[0];
  if (!project) throw apiError(ErrorCode.NOT_FOUND, 'No such project.', { argument: 'projectId' });
  return { startsOn: project.startsOn, endsOn: project.endsOn };
}

/** Whether a day lies inside the period (open ends are unbounded). */
export function withinPeriod(day: string, period: ProjectPeriod): boolean {
  return (!period.startsOn || day >= period.startsOn) && (!period.endsOn || day <= period.endsOn);
}

/** "2024-01-01–2026-12-31", for error messages. */
export function describePeriod(period: ProjectPeriod): string {
  return `${period.startsOn ?? '…'}–${period.endsOn ?? '…'}`;
}

/** Periods of several projects in one call (imports); projects partners does not know are left out. */
export async function projectPeriods(peers: PeerClient, projectIds: string[]): Promise<Map<string, ProjectPeriod>> {
  const ids = [...new Set(projectIds)];
  if (!ids.length) return new Map();
  type Answer = { _entities: Array<{ id: string; startsOn: string | null; endsOn: string | null } | null> };
  const data = await peers.query<Answer>('partners', periodQuery, { r: ids.map((id) => ({ __typename: 'Project', id })) });
  return new Map(data._entities.flatMap((project) => (project ? [[project.id, { startsOn: project.startsOn, endsOn: project.endsOn }] as const] : [])));
}
