import type { PeerClient } from '@polku/kit';
import type { TargetMetric } from '../metrics/target.type.js';

/** A project's start and targets, asked from partners (the owner of projects) with the caller's token; none for an unknown project. */
const targetsQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id startsOn targets { metric minimum } } } }`;

export interface ProjectTargets {
  startsOn: string | null;
  targets: Array<{ metric: TargetMetric; minimum: number }>;
}

export async function projectTargets(peers: PeerClient, projectId: string): Promise<ProjectTargets> {
  type Answer = { _entities: Array<(ProjectTargets & { id: string }) | null> };
  const data = await peers.query<Answer>('partners', targetsQuery, { r: [{ __typename: 'Project', id: projectId }] });
  const project = data._entities[0];
  return { startsOn: project?.startsOn ?? null, targets: project?.targets ?? [] };
}
