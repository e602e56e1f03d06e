import type { MigrationInterface, QueryRunner } from 'typeorm';

const org = `NULLIF(current_setting('app.org_id', true), '')::uuid`;

/**
 * Unique people across partners without sharing identities (issue 13, docs/linkage.md).
 *
 * - `client_personal` gains the identity linkage needs, as personal data:
 *   `personal_identity_code` (henkilötunnus, validated by the service) or,
 *   without one, `birth_date` (with the full name).
 * - `enrolment_linkage` holds one keyed hash per enrolment: HMAC-SHA-256 under
 *   the platform's secret (`key_id` names which) over the project and the
 *   normalised identity, computed by the journeys service. No login role can
 *   read it: `journeys_app` has no privilege on the table at all; it writes
 *   through `record_linkage` and asks through `participation_elsewhere`, both
 *   owned by the NOLOGIN role `journeys_linkage`.
 * - `project_person_numbers(project)` is the one interface out of journeys:
 *   a dense per-project person number per enrolment, never the key, for the
 *   outcomes release function (owned by `outcomes_pooled`, the only grantee).
 * - A consent of purpose `PARTICIPATION_CHECK` names the owner itself as its
 *   recipient and no data categories: the client lets the organisation serving
 *   it learn whether it also takes part at another partner of the project.
 * - Erasing the client's personal data deletes the client's keys with it.
 */
export class Linkage1743000000000 implements MigrationInterface {
  name = 'Linkage1743000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'journeys_linkage') THEN
          CREATE ROLE journeys_linkage NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
        -- Roles are cluster-wide and the services migrate independently: outcomes may not have made it yet.
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outcomes_pooled') THEN
          CREATE ROLE outcomes_pooled NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
      END $$;
      -- Needed to hand it the functions below (ALTER ... OWNER TO needs membership).
      GRANT journeys_linkage TO CURRENT_USER;

      ALTER TABLE journeys.client_personal
        ADD COLUMN personal_identity_code text CHECK (personal_identity_code ~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$'),
        ADD COLUMN birth_date date CHECK (birth_date BETWEEN DATE '1880-01-01' AND DATE '2100-01-01');

      ALTER TABLE journeys.consent DROP CONSTRAINT consent_purpose_check;
      ALTER TABLE journeys.consent ADD CONSTRAINT consent_purpose_check
        CHECK (purpose IN ('REFERRAL', 'SHARE_PROGRESS', 'PARTICIPATION_CHECK'));
      DO $$ DECLARE name text; BEGIN
        -- the unnamed column check of 1732 (its generated name depends on the column order)
        SELECT conname INTO STRICT name FROM pg_constraint
        WHERE conrelid = 'journeys.consent'::regclass AND pg_get_constraintdef(oid) = 'CHECK ((recipient_org_id <> owner_org_id))';
        EXECUTE format('ALTER TABLE journeys.consent DROP CONSTRAINT %I', name);
      END $$;
      ALTER TABLE journeys.consent ADD CONSTRAINT consent_parties_check CHECK (
        CASE WHEN purpose = 'PARTICIPATION_CHECK'
          THEN recipient_org_id = owner_org_id AND data_categories = '{}' AND service_offering_id IS NULL
          ELSE recipient_org_id <> owner_org_id END
      );
      CREATE INDEX consent_participation_idx ON journeys.consent (owner_org_id, client_id, project_id) WHERE purpose = 'PARTICIPATION_CHECK';

      CREATE TABLE journeys.enrolment_linkage (
        enrolment_id uuid PRIMARY KEY REFERENCES journeys.enrolment (id),
        org_id uuid NOT NULL,
        project_id uuid NOT NULL,
        key_id text NOT NULL,
        linkage_key bytea NOT NULL,
        -- when the organisation last recorded it (a rotation leaves it): the daily volume limit counts these
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX enrolment_linkage_key_idx ON journeys.enrolment_linkage (project_id, linkage_key);
      CREATE INDEX enrolment_linkage_recorded_idx ON journeys.enrolment_linkage (org_id, recorded_at);
      ALTER TABLE journeys.enrolment_linkage ENABLE ROW LEVEL SECURITY;
      ALTER TABLE journeys.enrolment_linkage FORCE ROW LEVEL SECURITY;
      CREATE POLICY linkage_functions ON journeys.enrolment_linkage TO journeys_linkage USING (true) WITH CHECK (true);

      GRANT USAGE ON SCHEMA journeys TO journeys_linkage, outcomes_pooled;
      GRANT SELECT, INSERT, UPDATE, DELETE ON journeys.enrolment_linkage TO journeys_linkage;
      GRANT SELECT (id, org_id, client_id, project_id) ON journeys.enrolment TO journeys_linkage;
      GRANT SELECT (owner_org_id, client_id, project_id, purpose, given_at, expires_at, withdrawn_at) ON journeys.consent TO journeys_linkage;
      -- consent's recipient_read policy looks into referral (under referral's own row level security)
      GRANT SELECT (consent_id) ON journeys.referral TO journeys_linkage;
      -- Inside the functions below only: every enrolment (person numbers are per project, across partners) ...
      CREATE POLICY linkage_functions ON journeys.enrolment FOR SELECT TO journeys_linkage USING (true);
      -- ... but only the caller's own consents.
      CREATE POLICY linkage_functions ON journeys.consent FOR SELECT TO journeys_linkage USING (owner_org_id = ${org});
    `);

    await db.query(`
      -- The one interface out of journeys (docs/linkage.md): same number = same person in this project.
      -- Enrolments without a key (no identity recorded, or erased) are each a person of their own.
      -- Numbers follow the order of each person's first enrolment id, so they say nothing about the keys.
      CREATE FUNCTION journeys.project_person_numbers(p_project uuid) RETURNS TABLE (enrolment_id uuid, person int)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, journeys AS $$
        SELECT r.id, dense_rank() OVER (ORDER BY r.representative)::int
        FROM (
          SELECT e.id,
                 CASE WHEN l.linkage_key IS NULL THEN e.id
                      ELSE first_value(e.id) OVER (PARTITION BY l.key_id, l.linkage_key ORDER BY e.id) END AS representative
          FROM journeys.enrolment e LEFT JOIN journeys.enrolment_linkage l ON l.enrolment_id = e.id
          WHERE e.project_id = p_project
        ) r
      $$;

      -- The service records (or, with a null key, removes) an enrolment's key; only for its own organisation's
      -- enrolments, and at most 200 newly recorded keys per organisation a day (probing identities costs).
      CREATE FUNCTION journeys.record_linkage(p_enrolment uuid, p_key_id text, p_key bytea) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, journeys AS $$
      DECLARE
        caller uuid := ${org};
        project uuid;
      BEGIN
        SELECT e.project_id INTO project FROM journeys.enrolment e WHERE e.id = p_enrolment AND e.org_id = caller;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no such enrolment' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_key IS NULL THEN
          DELETE FROM journeys.enrolment_linkage WHERE enrolment_id = p_enrolment;
          RETURN;
        END IF;
        IF octet_length(p_key) <> 32 OR p_key_id !~ '^[A-Za-z0-9._-]{1,64}$' THEN
          RAISE EXCEPTION 'malformed linkage key' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF (SELECT count(*) FROM journeys.enrolment_linkage WHERE org_id = caller AND recorded_at > now() - interval '1 day') >= 200 THEN
          RAISE EXCEPTION 'too many identities recorded today' USING ERRCODE = 'program_limit_exceeded', HINT = 'LINKAGE_DAILY_LIMIT';
        END IF;
        INSERT INTO journeys.enrolment_linkage AS l (enrolment_id, org_id, project_id, key_id, linkage_key)
        VALUES (p_enrolment, caller, project, p_key_id, p_key)
        ON CONFLICT (enrolment_id) DO UPDATE SET key_id = EXCLUDED.key_id, linkage_key = EXCLUDED.linkage_key, recorded_at = now();
      END $$;

      -- For the caller's own enrolments whose client has a valid PARTICIPATION_CHECK consent for the project:
      -- whether the same person has (or had) an enrolment in the project at another partner. Null: no consent
      -- (not answered at all) or no identity recorded. Never which partner.
      CREATE FUNCTION journeys.participation_elsewhere(p_enrolments uuid[]) RETURNS TABLE (enrolment_id uuid, elsewhere boolean)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, journeys AS $$
        SELECT e.id,
               CASE WHEN l.linkage_key IS NULL THEN NULL ELSE EXISTS (
                 SELECT 1 FROM journeys.enrolment_linkage o
                 WHERE o.project_id = l.project_id AND o.linkage_key = l.linkage_key AND o.key_id = l.key_id AND o.org_id <> e.org_id
               ) END
        FROM journeys.enrolment e
        LEFT JOIN journeys.enrolment_linkage l ON l.enrolment_id = e.id
        WHERE e.id = ANY (p_enrolments)
          AND e.org_id = ${org}
          AND EXISTS (
            SELECT 1 FROM journeys.consent c
            WHERE c.owner_org_id = e.org_id AND c.client_id = e.client_id AND c.project_id = e.project_id
              AND c.purpose = 'PARTICIPATION_CHECK' AND c.withdrawn_at IS NULL AND c.given_at <= now()
              AND (c.expires_at IS NULL OR c.expires_at > now())
          )
      $$;

      -- Erasure removes the keys with the identity they came from (published releases keep their figures).
      CREATE FUNCTION journeys.erase_linkage() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, journeys AS $$
      BEGIN
        DELETE FROM journeys.enrolment_linkage l USING journeys.enrolment e
        WHERE l.enrolment_id = e.id AND e.client_id = OLD.client_id AND e.org_id = OLD.org_id;
        RETURN OLD;
      END $$;
      CREATE TRIGGER erase_linkage AFTER DELETE ON journeys.client_personal
        FOR EACH ROW EXECUTE FUNCTION journeys.erase_linkage();
    `);

    await db.query(`
      ALTER FUNCTION journeys.project_person_numbers(uuid) OWNER TO journeys_linkage;
      ALTER FUNCTION journeys.record_linkage(uuid, text, bytea) OWNER TO journeys_linkage;
      ALTER FUNCTION journeys.participation_elsewhere(uuid[]) OWNER TO journeys_linkage;
      ALTER FUNCTION journeys.erase_linkage() OWNER TO journeys_linkage;
      REVOKE ALL ON FUNCTION journeys.project_person_numbers(uuid), journeys.record_linkage(uuid, text, bytea),
        journeys.participation_elsewhere(uuid[]), journeys.erase_linkage() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION journeys.project_person_numbers(uuid) TO outcomes_pooled;
      GRANT EXECUTE ON FUNCTION journeys.record_linkage(uuid, text, bytea), journeys.participation_elsewhere(uuid[]) TO journeys_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER erase_linkage ON journeys.client_personal;
      DROP FUNCTION journeys.erase_linkage(), journeys.participation_elsewhere(uuid[]), journeys.record_linkage(uuid, text, bytea),
        journeys.project_person_numbers(uuid);
      DROP POLICY linkage_functions ON journeys.consent;
      DROP POLICY linkage_functions ON journeys.enrolment;
      REVOKE ALL ON journeys.consent, journeys.enrolment, journeys.referral FROM journeys_linkage;
      REVOKE USAGE ON SCHEMA journeys FROM journeys_linkage, outcomes_pooled;
      DROP TABLE journeys.enrolment_linkage;
      DROP INDEX journeys.consent_participation_idx;
      DELETE FROM journeys.consent WHERE purpose = 'PARTICIPATION_CHECK';
      ALTER TABLE journeys.consent DROP CONSTRAINT consent_parties_check;
      ALTER TABLE journeys.consent ADD CONSTRAINT consent_recipient_check CHECK (recipient_org_id <> owner_org_id);
      ALTER TABLE journeys.consent DROP CONSTRAINT consent_purpose_check;
      ALTER TABLE journeys.consent ADD CONSTRAINT consent_purpose_check CHECK (purpose IN ('REFERRAL', 'SHARE_PROGRESS'));
      ALTER TABLE journeys.client_personal DROP COLUMN birth_date, DROP COLUMN personal_identity_code;
    `);
  }
}
