import { Field, ID, ObjectType } from 'type-graphql';
import { Referral, ReferralEvent } from '../referrals/referral.type.js';

@ObjectType({
  description:
    "Something that happened to a referral the caller's organisation sent or received: the event, and the referral as it is now. Delivered live by the referralReceived and referralChanged subscriptions.",
})
export class ReferralActivity {
  @Field(() => ID, {
    description:
      'The event id: a number that grows in commit order. A subscription resumes after it (argument `after`, or the Server-Sent Events Last-Event-ID, which the stream sets to this id).',
  })
  id: string;

  @Field(() => ReferralEvent, { description: 'The change: status before and after, who made it, when.' })
  event: ReferralEvent;

  @Field(() => Referral, { nullable: true, description: 'The referral as it is now; null when the caller can no longer see it.' })
  referral: Referral | null;
}
