import { apiError, ErrorCode, Role, type Caller } from '@polku/kit';
import type { EntityManager } from 'typeorm';

/**
 * Opens the platform-admin write policies for the rest of this transaction
 * (organisations, funders, programmes, projects). Kit's OrgScope only sets the
 * caller's organisation; this second transaction-local setting is set here
 * only, after the entry-point rule passed, and re-checks the token's roles so
 * that a resolver reaching it by mistake cannot widen a caller's writes.
 */
export async function actAsPlatformAdmin(manager: EntityManager, caller: Caller) {
  if (!caller.roles.includes(Role.PLATFORM_ADMIN)) throw apiError(ErrorCode.FORBIDDEN, 'Only a platform admin may do this.');
  await manager.query(`SELECT set_config('app.platform_admin', 'on', true)`);
}
