import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

export const referralStatusLabels: EnumLabels<ReferralStatus> = {
  DRAFT: { FI: 'Luonnos', SV: 'Utkast', EN: 'Draft' },
  SENT: { FI: 'Lähetetty', SV: 'Skickad', EN: 'Sent' },
  ACCEPTED: { FI: 'Hyväksytty', SV: 'Godkänd', EN: 'Accepted' },
  DECLINED: { FI: 'Hylätty', SV: 'Avböjd', EN: 'Declined' },
  STARTED: { FI: 'Palvelu alkanut', SV: 'Tjänsten har börjat', EN: 'Started' },
  COMPLETED: { FI: 'Palvelu päättynyt', SV: 'Tjänsten avslutad', EN: 'Completed' },
  WITHDRAWN: { FI: 'Peruttu', SV: 'Återtagen', EN: 'Withdrawn' },
  EXPIRED: { FI: 'Vanhentunut', SV: 'Förfallen', EN: 'Expired' },
};
registerLabelledEnum(ReferralStatus, 'ReferralStatus', 'Where a referral stands.', referralStatusLabels);

/** Which party may make a move: the referring organisation or the receiving one. */
export type ReferralParty = 'SENDER' | 'RECEIVER';

export interface ReferralMove {
  from: ReferralStatus[];
  to: ReferralStatus;
  by: ReferralParty;
}

/** Every legal transition. EXPIRED is set by the platform when a SENT referral is not answered in time. */
export const referralMoves = {
  send: { from: [ReferralStatus.DRAFT], to: ReferralStatus.SENT, by: 'SENDER' },
  accept: { from: [ReferralStatus.SENT], to: ReferralStatus.ACCEPTED, by: 'RECEIVER' },
  decline: { from: [ReferralStatus.SENT], to: ReferralStatus.DECLINED, by: 'RECEIVER' },
  start: { from: [ReferralStatus.ACCEPTED], to: ReferralStatus.STARTED, by: 'RECEIVER' },
  complete: { from: [ReferralStatus.STARTED], to: ReferralStatus.COMPLETED, by: 'RECEIVER' },
  withdraw: { from: [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED], to: ReferralStatus.WITHDRAWN, by: 'SENDER' },
} as const satisfies Record<string, ReferralMove>;
export type ReferralMoveName = keyof typeof referralMoves;

/** While the receiver may still read the consented data (and the consent is valid). */
export const OPEN_FOR_RECEIVER = [ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.STARTED, ReferralStatus.COMPLETED];
