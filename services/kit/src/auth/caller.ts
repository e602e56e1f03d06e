/** Roles a token may carry (see docs/authorization.md once it exists). */
export const Role = {
  COACH: 'COACH',
  ORG_ADMIN: 'ORG_ADMIN',
  COORDINATOR: 'COORDINATOR',
  FUNDER: 'FUNDER',
  PLATFORM_ADMIN: 'PLATFORM_ADMIN',
  DATA_PROTECTION_OFFICER: 'DATA_PROTECTION_OFFICER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const allRoles = Object.values(Role) as Role[];

/** Who is asking: taken from a verified token, never from request input. */
export interface Caller {
  /** Token subject: the staff member's stable identifier. */
  subject: string;
  /** Organisation the caller acts for (its id): keys row level security. */
  organisationId: string;
  roles: readonly Role[];
  /** Projects a COORDINATOR or FUNDER is appointed to (ids). */
  projectIds: readonly string[];
}
