import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live referral inbox (issue 14): every referral event gets a sequence
 * number in commit order and is announced on the PostgreSQL channel
 * `journeys_referral_activity`, so every journeys replica can tell its
 * subscribers (LISTEN/NOTIFY, never one process's memory).
 *
 * - `seq` is taken under a transaction-level advisory lock held until
 *   commit: a later number never commits before an earlier one, so "every
 *   event after N" (a reconnecting subscriber's Last-Event-ID) misses none.
 *   Referral moves are people's decisions, a few per minute: serialising
 *   their last step costs nothing measurable.
 * - The notification carries ids and the new status only, never personal
 *   data; each subscriber loads the event under its own organisation (row
 *   level security) before anything is delivered.
 */
export class ReferralActivity1744000000000 implements MigrationInterface {
  name = 'ReferralActivity1744000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE SEQUENCE journeys.referral_event_seq;
      ALTER TABLE journeys.referral_event ADD COLUMN seq bigint;
      UPDATE journeys.referral_event SET seq = id;
      SELECT setval('journeys.referral_event_seq', greatest((SELECT max(seq) FROM journeys.referral_event), 1));
      ALTER TABLE journeys.referral_event ALTER COLUMN seq SET NOT NULL, ADD CONSTRAINT referral_event_seq_key UNIQUE (seq);
      CREATE INDEX referral_event_receiver_seq_idx ON journeys.referral_event (receiver_org_id, seq);
      CREATE INDEX referral_event_sender_seq_idx ON journeys.referral_event (sender_org_id, seq);
      GRANT USAGE ON SEQUENCE journeys.referral_event_seq TO journeys_app;

      CREATE FUNCTION journeys.referral_event_in_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('journeys.referral_event_seq'));
        NEW.seq := nextval('journeys.referral_event_seq');
        RETURN NEW;
      END $$;
      CREATE TRIGGER referral_event_in_commit_order BEFORE INSERT ON journeys.referral_event
        FOR EACH ROW EXECUTE FUNCTION journeys.referral_event_in_commit_order();

      CREATE FUNCTION journeys.announce_referral_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('journeys_referral_activity', json_build_object(
          'seq', NEW.seq::text, 'referralId', NEW.referral_id, 'senderOrgId', NEW.sender_org_id,
          'receiverOrgId', NEW.receiver_org_id, 'toStatus', NEW.to_status)::text);
        RETURN NULL;
      END $$;
      CREATE TRIGGER announce_referral_event AFTER INSERT ON journeys.referral_event
        FOR EACH ROW EXECUTE FUNCTION journeys.announce_referral_event();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER announce_referral_event ON journeys.referral_event;
      DROP FUNCTION journeys.announce_referral_event();
      DROP TRIGGER referral_event_in_commit_order ON journeys.referral_event;
      DROP FUNCTION journeys.referral_event_in_commit_order();
      ALTER TABLE journeys.referral_event DROP COLUMN seq;
      DROP SEQUENCE journeys.referral_event_seq;
    `);
  }
}
