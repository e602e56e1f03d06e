import { apiError, ErrorCode, isUuid, type PeerClient } from '@polku/kit';

/**
 * Whether units and staff members belong to the caller's organisation, asked
 * from partners (their owner) with the caller's own token in one call.
 * Unknown ids and another organisation's look the same: BAD_USER_INPUT.
 */
const ownershipQuery = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id organisation { id } } ... on StaffMember { id organisation { id } } } }`;

export async function checkOwnWorkplaceRefs(
  peers: PeerClient,
  organisationId: string,
  refs: Array<{ typename: 'Unit' | 'StaffMember'; id: string; argument: string }>,
): Promise<void> {
  if (refs.length === 0) return;
  for (const ref of refs) {
    if (!isUuid(ref.id)) throw apiError(ErrorCode.BAD_USER_INPUT, `No such ${ref.typename === 'Unit' ? 'unit' : 'staff member'} in your organisation.`, { argument: ref.argument });
  }
  type Answer = { _entities: Array<{ id: string; organisation: { id: string } } | null> };
  const data = await peers.query<Answer>('partners', ownershipQuery, { r: refs.map((ref) => ({ __typename: ref.typename, id: ref.id })) });
  refs.forEach((ref, i) => {
    if (data._entities[i]?.organisation.id !== organisationId) {
      throw apiError(ErrorCode.BAD_USER_INPUT, `No such ${ref.typename === 'Unit' ? 'unit' : 'staff member'} in your organisation.`, { argument: ref.argument });
    }
  });
}
