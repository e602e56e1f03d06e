import { registerLabelledEnum } from '@polku/kit';
import type { EnumLabels, Role } from '@polku/kit';

/** A staff member's job title. */
export enum StaffTitle {
  COACH = 'COACH',
  SUPERVISOR = 'SUPERVISOR',
  COORDINATOR = 'COORDINATOR',
  ADMINISTRATOR = 'ADMINISTRATOR',
}

export const staffTitleLabels: EnumLabels<StaffTitle> = {
  COACH: { FI: 'Valmentaja', SV: 'Coach', EN: 'Coach' },
  SUPERVISOR: { FI: 'Työpaikkaohjaaja', SV: 'Arbetshandledare', EN: 'Supervisor' },
  COORDINATOR: { FI: 'Koordinaattori', SV: 'Koordinator', EN: 'Coordinator' },
  ADMINISTRATOR: { FI: 'Pääkäyttäjä', SV: 'Huvudanvändare', EN: 'Administrator' },
};

registerLabelledEnum(StaffTitle, 'StaffTitle', "A staff member's job title.", staffTitleLabels);

/** What a staff member may do on the platform: the roles tokens carry (kit's Role). */
export enum StaffRole {
  COACH = 'COACH',
  ORG_ADMIN = 'ORG_ADMIN',
  COORDINATOR = 'COORDINATOR',
  FUNDER = 'FUNDER',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
}

export const staffRoleLabels: EnumLabels<StaffRole> = {
  COACH: { FI: 'Valmentaja', SV: 'Coach', EN: 'Coach' },
  ORG_ADMIN: { FI: 'Organisaation pääkäyttäjä', SV: 'Organisationens huvudanvändare', EN: 'Organisation administrator' },
  COORDINATOR: { FI: 'Hankekoordinaattori', SV: 'Projektkoordinator', EN: 'Project coordinator' },
  FUNDER: { FI: 'Rahoittaja', SV: 'Finansiär', EN: 'Funder' },
  PLATFORM_ADMIN: { FI: 'Alustan ylläpitäjä', SV: 'Plattformsadministratör', EN: 'Platform administrator' },
  DATA_PROTECTION_OFFICER: { FI: 'Tietosuojavastaava', SV: 'Dataskyddsombud', EN: 'Data protection officer' },
};

// Fails to compile when kit's token roles change and this list does not.
const everyTokenRole: Record<Role, unknown> = staffRoleLabels;
void everyTokenRole;

registerLabelledEnum(StaffRole, 'StaffRole', 'What a staff member may do on the platform; tokens carry these roles.', staffRoleLabels);
