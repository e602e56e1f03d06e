import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EducationLevel, Obstacle } from '../../vocabulary/client-background.js';
import { ConsentPurpose, DataCategory } from '../../vocabulary/consent.js';
import { sqlValueList } from '@polku/kit';
import { ActivityKind, GoalStatus, GroupActivityKind, ReportKind, SessionKind } from '../../vocabulary/path-content.js';
import { Phase } from '../../vocabulary/phase.js';
import { ReferralStatus } from '../../vocabulary/referral-status.js';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Paths, consents and referrals.
 *
 * - Tables with `org_id` are one organisation's private data (org_isolation policy).
 * - Referral tables belong to two organisations: `sender_org_id` (the client's
 *   organisation) and `receiver_org_id` (the organisation whose service the
 *   client is referred to). The receiver sees a referral, and its history,
 *   once it has been sent (sent_at is set); a draft, even a withdrawn one,
 *   stays the sender's.
 * - A consent (`owner_org_id`, `recipient_org_id`) is readable by its recipient
 *   only once a referral under it has been sent to them.
 * - The client data shared with a receiver is a copy of exactly the consented
 *   fields (referral_shared_data); the receiver's policy joins the consent, so
 *   withdrawing or expiry of the consent cuts the receiver's access in the
 *   same instant, whatever the application does.
 * - Path templates and per-project settings are directory data without
 *   personal data: readable with any organisation set, written by the owner.
 */
export class PathsConsentsReferrals1732000000001 implements MigrationInterface {
  name = 'PathsConsentsReferrals1732000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE journeys.client
        ADD COLUMN education_level text CHECK (education_level IN (${sqlValueList(EducationLevel)})),
        ADD COLUMN obstacles text[] NOT NULL DEFAULT '{}' CHECK (obstacles <@ ARRAY[${sqlValueList(Obstacle)}]::text[]);

      CREATE TABLE journeys.client_personal (
        client_id uuid PRIMARY KEY,
        org_id uuid NOT NULL,
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
        municipality text CHECK (length(municipality) <= 100),
        languages text[] NOT NULL DEFAULT '{}',
        contact text CHECK (length(contact) <= 500),
        FOREIGN KEY (org_id, client_id) REFERENCES journeys.client (org_id, id)
      );

      ALTER TABLE journeys.enrolment
        ADD COLUMN coach_subject text,
        ADD COLUMN planned_end_on date,
        ADD COLUMN phase text NOT NULL DEFAULT 'INTAKE' CHECK (phase IN (${sqlValueList(Phase)})),
        ADD COLUMN phase_changed_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN referral_id uuid,
        ADD CONSTRAINT enrolment_org_id_key UNIQUE (org_id, id),
        ADD CONSTRAINT enrolment_planned_end_check CHECK (planned_end_on IS NULL OR planned_end_on >= started_on);

      CREATE TABLE journeys.path_template_phase (
        project_id uuid NOT NULL,
        from_month integer NOT NULL CHECK (from_month BETWEEN 1 AND 120),
        to_month integer NOT NULL,
        phase text NOT NULL CHECK (phase IN (${sqlValueList(Phase)})),
        focus text NOT NULL CHECK (length(focus) BETWEEN 1 AND 500),
        PRIMARY KEY (project_id, from_month),
        CHECK (to_month >= from_month)
      );
      CREATE TABLE journeys.project_setting (
        project_id uuid PRIMARY KEY,
        referral_answer_days integer NOT NULL DEFAULT 14 CHECK (referral_answer_days BETWEEN 1 AND 365)
      );

      CREATE TABLE journeys.consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_org_id uuid NOT NULL,
        recipient_org_id uuid NOT NULL CHECK (recipient_org_id <> owner_org_id),
        client_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN (${sqlValueList(ConsentPurpose)})),
        project_id uuid NOT NULL,
        service_offering_id uuid,
        data_categories text[] NOT NULL CHECK (data_categories <@ ARRAY[${sqlValueList(DataCategory)}]::text[]),
        given_at timestamptz NOT NULL,
        expires_at timestamptz CHECK (expires_at > given_at),
        withdrawn_at timestamptz,
        withdrawn_by text,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (owner_org_id, client_id) REFERENCES journeys.client (org_id, id)
      );
      CREATE INDEX consent_owner_client_idx ON journeys.consent (owner_org_id, client_id);

      CREATE TABLE journeys.referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sender_org_id uuid NOT NULL,
        receiver_org_id uuid NOT NULL CHECK (receiver_org_id <> sender_org_id),
        project_id uuid NOT NULL,
        service_offering_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        consent_id uuid NOT NULL REFERENCES journeys.consent (id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${sqlValueList(ReferralStatus)})),
        decline_reason text CHECK (length(decline_reason) <= 1000),
        sent_at timestamptz,
        answer_by timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (sender_org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id),
        UNIQUE (id, sender_org_id, receiver_org_id),
        CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
        CHECK (status IN ('DRAFT', 'WITHDRAWN') OR answer_by IS NOT NULL)
      );
      CREATE INDEX referral_sender_idx ON journeys.referral (sender_org_id, created_at, id);
      CREATE INDEX referral_receiver_idx ON journeys.referral (receiver_org_id, created_at, id);
      CREATE INDEX referral_sender_enrolment_idx ON journeys.referral (sender_org_id, enrolment_id, created_at);
      CREATE INDEX referral_consent_idx ON journeys.referral (consent_id);
      CREATE INDEX referral_overdue_idx ON journeys.referral (answer_by) WHERE status = 'SENT';

      ALTER TABLE journeys.enrolment
        ADD CONSTRAINT enrolment_referral_fkey FOREIGN KEY (referral_id) REFERENCES journeys.referral (id);
      CREATE UNIQUE INDEX enrolment_referral_idx ON journeys.enrolment (referral_id) WHERE referral_id IS NOT NULL;

      CREATE TABLE journeys.referral_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id uuid NOT NULL,
        sender_org_id uuid NOT NULL,
        receiver_org_id uuid NOT NULL,
        from_status text CHECK (from_status IN (${sqlValueList(ReferralStatus)})),
        to_status text NOT NULL CHECK (to_status IN (${sqlValueList(ReferralStatus)})),
        actor_subject text NOT NULL,
        actor_org_id uuid,
        reason text,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (referral_id, sender_org_id, receiver_org_id) REFERENCES journeys.referral (id, sender_org_id, receiver_org_id)
      );
      CREATE INDEX referral_event_referral_idx ON journeys.referral_event (referral_id, id);

      CREATE TABLE journeys.referral_shared_data (
        referral_id uuid PRIMARY KEY,
        sender_org_id uuid NOT NULL,
        receiver_org_id uuid NOT NULL,
        consent_id uuid NOT NULL REFERENCES journeys.consent (id),
        data_categories text[] NOT NULL,
        full_name text,
        birth_year integer,
        municipality text,
        languages text[],
        contact text,
        education_level text,
        obstacles text[],
        shared_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (referral_id, sender_org_id, receiver_org_id) REFERENCES journeys.referral (id, sender_org_id, receiver_org_id)
      );

      CREATE TABLE journeys.idempotency_key (
        org_id uuid NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        request_hash text NOT NULL,
        result_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, key)
      );

      CREATE TABLE journeys.assessment (
        enrolment_id uuid PRIMARY KEY,
        org_id uuid NOT NULL,
        assessed_on date NOT NULL,
        summary text NOT NULL CHECK (length(summary) <= 5000),
        assessed_by text NOT NULL,
        FOREIGN KEY (org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id)
      );
      CREATE TABLE journeys.goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${sqlValueList(GoalStatus)})),
        -- clock time, not transaction time: goals set together keep the order they were given in
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id)
      );
      CREATE INDEX goal_org_enrolment_idx ON journeys.goal (org_id, enrolment_id, created_at);

      CREATE TABLE journeys.coaching_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${sqlValueList(SessionKind)})),
        held_on date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 600),
        coach_subject text NOT NULL,
        notes text CHECK (length(notes) <= 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id)
      );
      CREATE INDEX coaching_session_org_enrolment_idx ON journeys.coaching_session (org_id, enrolment_id, held_on);

      CREATE TABLE journeys.group_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        project_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${sqlValueList(GroupActivityKind)})),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        held_on date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 600),
        led_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, id)
      );
      CREATE INDEX group_activity_org_project_idx ON journeys.group_activity (org_id, project_id, held_on);
      CREATE TABLE journeys.group_activity_participant (
        org_id uuid NOT NULL,
        group_activity_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        PRIMARY KEY (group_activity_id, enrolment_id),
        FOREIGN KEY (org_id, group_activity_id) REFERENCES journeys.group_activity (org_id, id),
        FOREIGN KEY (org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id)
      );
      CREATE INDEX group_activity_participant_enrolment_idx ON journeys.group_activity_participant (org_id, enrolment_id);

      CREATE TABLE journeys.activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${sqlValueList(ActivityKind)})),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        unit_name text CHECK (length(unit_name) <= 200),
        completed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id)
      );
      CREATE INDEX activity_org_enrolment_idx ON journeys.activity (org_id, enrolment_id, completed_on);

      CREATE TABLE journeys.report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${sqlValueList(ReportKind)})),
        written_on date NOT NULL,
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
        written_by text NOT NULL,
        UNIQUE (org_id, enrolment_id, kind),
        FOREIGN KEY (org_id, enrolment_id) REFERENCES journeys.enrolment (org_id, id)
      );
    `);

    const orgTables = ['client_personal', 'idempotency_key', 'assessment', 'goal', 'coaching_session', 'group_activity', 'group_activity_participant', 'activity', 'report'];
    for (const table of orgTables) {
      await db.query(`
        ALTER TABLE journeys.${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE journeys.${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY org_isolation ON journeys.${table} USING (org_id = ${org}) WITH CHECK (org_id = ${org});
      `);
    }
    for (const table of ['path_template_phase', 'project_setting']) {
      await db.query(`
        ALTER TABLE journeys.${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE journeys.${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY directory_read ON journeys.${table} FOR SELECT TO journeys_app USING (${org} IS NOT NULL);
        CREATE POLICY maintained_by_owner ON journeys.${table} FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
      `);
    }
    for (const table of ['consent', 'referral', 'referral_event', 'referral_shared_data']) {
      await db.query(`ALTER TABLE journeys.${table} ENABLE ROW LEVEL SECURITY; ALTER TABLE journeys.${table} FORCE ROW LEVEL SECURITY;`);
    }
    await db.query(`
      CREATE POLICY owner_all ON journeys.consent USING (owner_org_id = ${org}) WITH CHECK (owner_org_id = ${org});
      CREATE POLICY recipient_read ON journeys.consent FOR SELECT
        USING (recipient_org_id = ${org} AND EXISTS (SELECT 1 FROM journeys.referral r WHERE r.consent_id = consent.id));

      CREATE POLICY sender_all ON journeys.referral USING (sender_org_id = ${org}) WITH CHECK (sender_org_id = ${org});
      CREATE POLICY receiver_read ON journeys.referral FOR SELECT USING (receiver_org_id = ${org} AND sent_at IS NOT NULL);
      CREATE POLICY receiver_update ON journeys.referral FOR UPDATE
        USING (receiver_org_id = ${org} AND sent_at IS NOT NULL) WITH CHECK (receiver_org_id = ${org} AND sent_at IS NOT NULL);

      -- The receiver's view of the history follows its view of the referral (sent ones only).
      CREATE POLICY sender_all ON journeys.referral_event USING (sender_org_id = ${org}) WITH CHECK (sender_org_id = ${org});
      CREATE POLICY receiver_sent ON journeys.referral_event
        USING (receiver_org_id = ${org} AND EXISTS (SELECT 1 FROM journeys.referral r WHERE r.id = referral_id))
        WITH CHECK (receiver_org_id = ${org} AND EXISTS (SELECT 1 FROM journeys.referral r WHERE r.id = referral_id));

      CREATE POLICY sender_all ON journeys.referral_shared_data USING (sender_org_id = ${org}) WITH CHECK (sender_org_id = ${org});
      CREATE POLICY receiver_read_while_consented ON journeys.referral_shared_data FOR SELECT USING (
        receiver_org_id = ${org}
        AND EXISTS (SELECT 1 FROM journeys.consent c
                    WHERE c.id = consent_id AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now()))
        AND EXISTS (SELECT 1 FROM journeys.referral r
                    WHERE r.id = referral_id AND r.status IN ('SENT', 'ACCEPTED', 'STARTED', 'COMPLETED'))
      );

      GRANT SELECT, INSERT, UPDATE ON journeys.client_personal, journeys.idempotency_key,
        journeys.assessment, journeys.goal, journeys.coaching_session, journeys.group_activity, journeys.activity, journeys.report TO journeys_app;
      -- A consent only gets withdrawn, a referral only moves: its parties, service and consent never change.
      GRANT SELECT, INSERT ON journeys.consent, journeys.referral TO journeys_app;
      GRANT UPDATE (withdrawn_at, withdrawn_by) ON journeys.consent TO journeys_app;
      GRANT UPDATE (status, decline_reason, sent_at, answer_by, updated_at) ON journeys.referral TO journeys_app;
      GRANT SELECT, INSERT ON journeys.referral_event, journeys.referral_shared_data, journeys.group_activity_participant TO journeys_app;
      GRANT SELECT ON journeys.path_template_phase, journeys.project_setting TO journeys_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE journeys.report, journeys.activity, journeys.group_activity_participant, journeys.group_activity, journeys.coaching_session,
        journeys.goal, journeys.assessment, journeys.idempotency_key, journeys.referral_shared_data, journeys.referral_event;
      ALTER TABLE journeys.enrolment DROP CONSTRAINT enrolment_referral_fkey;
      DROP TABLE journeys.referral, journeys.consent, journeys.project_setting, journeys.path_template_phase, journeys.client_personal;
      ALTER TABLE journeys.enrolment DROP COLUMN coach_subject, DROP COLUMN planned_end_on, DROP COLUMN phase, DROP COLUMN phase_changed_at,
        DROP COLUMN referral_id, DROP CONSTRAINT enrolment_org_id_key, DROP CONSTRAINT enrolment_planned_end_check;
      ALTER TABLE journeys.client DROP COLUMN education_level, DROP COLUMN obstacles;
    `);
  }
}
