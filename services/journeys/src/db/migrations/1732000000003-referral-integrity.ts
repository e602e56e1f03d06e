import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the service checks before moving a referral, the database now checks
 * too, so that a resolver bug cannot undo it: each status move is made only
 * by the party allowed to make it (a receiver could otherwise set a closed
 * referral back to SENT and read the client's shared data again), and a
 * referral's consent must be the sender's consent for that very receiver.
 */
export class ReferralIntegrity1732000000003 implements MigrationInterface {
  name = 'ReferralIntegrity1732000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.consent ADD CONSTRAINT consent_parties_key UNIQUE (id, owner_org_id, recipient_org_id);
      ALTER TABLE journeys.referral ADD CONSTRAINT referral_consent_parties_fkey
        FOREIGN KEY (consent_id, sender_org_id, receiver_org_id) REFERENCES journeys.consent (id, owner_org_id, recipient_org_id);

      CREATE FUNCTION journeys.referral_move_is_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor uuid := NULLIF(current_setting('app.org_id', true), '')::uuid;
        move text := OLD.status || '>' || NEW.status;
      BEGIN
        IF NEW.status = OLD.status
          OR (actor = OLD.sender_org_id AND move IN ('DRAFT>SENT', 'DRAFT>WITHDRAWN', 'SENT>WITHDRAWN', 'ACCEPTED>WITHDRAWN'))
          OR (actor = OLD.receiver_org_id AND move IN ('SENT>ACCEPTED', 'SENT>DECLINED', 'ACCEPTED>STARTED', 'STARTED>COMPLETED'))
          -- Either party's request may expire an unanswered referral once its deadline has passed.
          OR (actor IN (OLD.sender_org_id, OLD.receiver_org_id) AND move = 'SENT>EXPIRED' AND OLD.answer_by <= now())
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a referral cannot move from % to % by this organisation', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END $$;
      CREATE TRIGGER referral_move_is_allowed BEFORE UPDATE OF status ON journeys.referral
        FOR EACH ROW EXECUTE FUNCTION journeys.referral_move_is_allowed();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER referral_move_is_allowed ON journeys.referral;
      DROP FUNCTION journeys.referral_move_is_allowed();
      ALTER TABLE journeys.referral DROP CONSTRAINT referral_consent_parties_fkey;
      ALTER TABLE journeys.consent DROP CONSTRAINT consent_parties_key;
    `);
  }
}
