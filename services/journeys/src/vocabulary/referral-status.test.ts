import { describe, expect, it } from 'vitest';
import { referralMoves, ReferralStatus, referralStatusLabels } from './referral-status.js';

describe('referral state machine', () => {
  it('lets the sender send and withdraw, and the receiver answer and run the service', () => {
    const table = Object.entries(referralMoves).map(([name, move]) => [name, move.by, move.from.join('|'), move.to]);
    expect(table).toEqual([
      ['send', 'SENDER', 'DRAFT', 'SENT'],
      ['accept', 'RECEIVER', 'SENT', 'ACCEPTED'],
      ['decline', 'RECEIVER', 'SENT', 'DECLINED'],
      ['start', 'RECEIVER', 'ACCEPTED', 'STARTED'],
      ['complete', 'RECEIVER', 'STARTED', 'COMPLETED'],
      ['withdraw', 'SENDER', 'DRAFT|SENT|ACCEPTED', 'WITHDRAWN'],
    ]);
  });

  it('never moves a referral out of an end state', () => {
    const ends = [ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN, ReferralStatus.EXPIRED];
    for (const move of Object.values(referralMoves)) for (const end of ends) expect(move.from as readonly string[]).not.toContain(end);
  });

  it('labels every status in Finnish, Swedish and English', () => {
    for (const status of Object.values(ReferralStatus)) expect(Object.keys(referralStatusLabels[status]).sort()).toEqual(['EN', 'FI', 'SV']);
  });
});
