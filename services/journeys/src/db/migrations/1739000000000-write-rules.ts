import type { MigrationInterface, QueryRunner } from 'typeorm';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;
const subject = `NULLIF(current_setting('app.subject', true), '')`;

/**
 * Write rules that only the resolvers kept, and the audit log's own request
 * id (issue 11, findings 6 and 7):
 *
 * - a referral's sending day and answer deadline are set once, by the sender
 *   sending it, to now plus the project's answer days; the receiver (or
 *   anyone) cannot move the deadline afterwards;
 * - a referral event names the caller as its actor (app.subject and
 *   app.org_id, bound per transaction like the organisation); only an
 *   overdue referral's expiry is recorded as the platform's;
 * - an access-log row keeps the server's request id in request_id and what
 *   the caller sent as x-request-id, if anything, in correlation_id.
 */
export class WriteRules1739000000000 implements MigrationInterface {
  name = 'WriteRules1739000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION journeys.referral_deadline_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${org} IS NULL OR (NEW.sent_at, NEW.answer_by) IS NOT DISTINCT FROM (OLD.sent_at, OLD.answer_by)
          OR (OLD.status = 'DRAFT' AND NEW.status = 'SENT' AND ${org} = OLD.sender_org_id AND NEW.sent_at = now()
              AND NEW.answer_by = now() + make_interval(days => COALESCE(
                (SELECT s.referral_answer_days FROM journeys.project_setting s WHERE s.project_id = NEW.project_id), 14)))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a referral''s sending day and deadline are set when it is sent' USING ERRCODE = 'check_violation';
      END $$;
      CREATE TRIGGER referral_deadline_is_kept BEFORE UPDATE ON journeys.referral
        FOR EACH ROW EXECUTE FUNCTION journeys.referral_deadline_is_kept();

      CREATE POLICY actor_is_caller ON journeys.referral_event AS RESTRICTIVE FOR INSERT TO journeys_app WITH CHECK (
        (actor_subject = ${subject} AND actor_org_id = ${org})
        OR (actor_subject = 'platform' AND actor_org_id IS NULL AND from_status = 'SENT' AND to_status = 'EXPIRED'
            AND EXISTS (SELECT 1 FROM journeys.referral r WHERE r.id = referral_id AND r.answer_by <= now()))
      );

      ALTER TABLE journeys.personal_data_access ADD COLUMN correlation_id text CHECK (length(correlation_id) <= 100);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.personal_data_access DROP COLUMN correlation_id;
      DROP POLICY actor_is_caller ON journeys.referral_event;
      DROP TRIGGER referral_deadline_is_kept ON journeys.referral;
      DROP FUNCTION journeys.referral_deadline_is_kept();
    `);
  }
}
