import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Write rules that only the resolvers kept (issue 11, finding 7):
 *
 * - The summary triggers ran SECURITY DEFINER as the migrating superuser,
 *   which row level security does not bind: an assessment carrying another
 *   organisation's enrolment id rewrote that organisation's soft_change.
 *   Every SECURITY DEFINER trigger function of this schema now belongs to the
 *   NOLOGIN role outcomes_summaries (not superuser, not BYPASSRLS), so it
 *   sees and writes the calling organisation's rows only, and
 *   assessment_recorded also names the organisation in every join.
 * - A project's settings are written only by the organisation that leads it:
 *   the policies ask outcomes.project_lead, owned by the NOLOGIN role
 *   outcomes_settings, which may read a project's lead and nothing else
 *   (granted by partners' migration 1739000000000).
 */
/** Hands every SECURITY DEFINER trigger function of the schema, whoever added it, to `role`. */
const triggerFunctionsOwnedBy = (role: string) => `
      DO $$
      DECLARE f regprocedure;
      BEGIN
        FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
                 WHERE p.pronamespace = 'outcomes'::regnamespace AND p.prosecdef AND p.prorettype = 'trigger'::regtype
        LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO ${role}', f);
        END LOOP;
      END $$;`;

export class WriteRules1739000000000 implements MigrationInterface {
  name = 'WriteRules1739000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outcomes_summaries') THEN
          CREATE ROLE outcomes_summaries NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outcomes_settings') THEN
          CREATE ROLE outcomes_settings NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
      END $$;
      -- Needed to hand them the functions below (ALTER ... OWNER TO needs membership).
      GRANT outcomes_summaries, outcomes_settings TO CURRENT_USER;

      -- Row level security bounds every table to the calling organisation for this role
      -- (the summary triggers insert, shift and drop emptied summary rows).
      GRANT USAGE ON SCHEMA outcomes TO outcomes_summaries;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA outcomes TO outcomes_summaries;
      REVOKE ALL ON outcomes.migrations FROM outcomes_summaries;
    `);

    await db.query(`
      CREATE OR REPLACE FUNCTION outcomes.assessment_recorded() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      DECLARE
        org uuid := NULLIF(current_setting('app.org_id', true), '')::uuid;
      BEGIN
        -- take out the touched enrolments' old contribution ...
        WITH touched AS (SELECT DISTINCT org_id, enrolment_id, instrument_id FROM new_rows WHERE org_id = org),
        prev AS (
          SELECT c.project_id, c.org_id, c.instrument_id, date_trunc('month', c.last_on)::date AS month,
                 count(*) AS n, sum(c.last_mean - c.first_mean) AS change
          FROM outcomes.soft_change c JOIN touched t USING (org_id, enrolment_id, instrument_id)
          WHERE c.assessments >= 2 GROUP BY 1, 2, 3, 4
        )
        UPDATE outcomes.soft_change_summary s SET enrolments = s.enrolments - prev.n, change_sum = s.change_sum - prev.change
        FROM prev WHERE s.project_id = prev.project_id AND s.org_id = prev.org_id AND s.instrument_id = prev.instrument_id AND s.month = prev.month;
        -- ... recompute first and last from the organisation's own assessments ...
        INSERT INTO outcomes.soft_change AS c (org_id, enrolment_id, instrument_id, project_id, assessments, first_on, first_mean, last_on, last_mean)
        SELECT DISTINCT ON (a.enrolment_id, a.instrument_id)
               a.org_id, a.enrolment_id, a.instrument_id, a.project_id,
               count(*) OVER w,
               first_value(a.assessed_on) OVER w, first_value(a.mean_score) OVER w,
               last_value(a.assessed_on) OVER w, last_value(a.mean_score) OVER w
        FROM outcomes.assessment a
        JOIN (SELECT DISTINCT org_id, enrolment_id, instrument_id FROM new_rows WHERE org_id = org) t USING (org_id, enrolment_id, instrument_id)
        WINDOW w AS (PARTITION BY a.enrolment_id, a.instrument_id ORDER BY a.assessed_on, a.created_at, a.id
                     ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
        ON CONFLICT (enrolment_id, instrument_id) DO UPDATE SET
          assessments = EXCLUDED.assessments, first_on = EXCLUDED.first_on, first_mean = EXCLUDED.first_mean,
          last_on = EXCLUDED.last_on, last_mean = EXCLUDED.last_mean
          WHERE c.org_id = EXCLUDED.org_id;
        -- ... and add the new contribution.
        INSERT INTO outcomes.soft_change_summary AS s (project_id, org_id, instrument_id, month, enrolments, change_sum)
        SELECT c.project_id, c.org_id, c.instrument_id, date_trunc('month', c.last_on)::date, count(*), sum(c.last_mean - c.first_mean)
        FROM outcomes.soft_change c
        JOIN (SELECT DISTINCT org_id, enrolment_id, instrument_id FROM new_rows WHERE org_id = org) t USING (org_id, enrolment_id, instrument_id)
        WHERE c.assessments >= 2 GROUP BY 1, 2, 3, 4
        ON CONFLICT (project_id, month, org_id, instrument_id) DO UPDATE SET
          enrolments = s.enrolments + EXCLUDED.enrolments, change_sum = s.change_sum + EXCLUDED.change_sum;
        RETURN NULL;
      END $$;

      -- Every SECURITY DEFINER trigger function of the schema, whoever added it, runs as outcomes_summaries.
${triggerFunctionsOwnedBy('outcomes_summaries')}

      CREATE FUNCTION outcomes.project_lead(project_id uuid) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
        SELECT p.lead_organisation_id FROM partners.project p WHERE p.id = $1
      $$;
      ALTER FUNCTION outcomes.project_lead(uuid) OWNER TO outcomes_settings;
      REVOKE ALL ON FUNCTION outcomes.project_lead(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION outcomes.project_lead(uuid) TO outcomes_app;

      DROP POLICY lead_insert ON outcomes.project_setting;
      DROP POLICY lead_update ON outcomes.project_setting;
      CREATE POLICY lead_insert ON outcomes.project_setting FOR INSERT WITH CHECK (
        org_id = NULLIF(current_setting('app.org_id', true), '')::uuid AND org_id = outcomes.project_lead(project_id));
      CREATE POLICY lead_update ON outcomes.project_setting FOR UPDATE
        USING (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid)
        WITH CHECK (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid AND org_id = outcomes.project_lead(project_id));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP POLICY lead_insert ON outcomes.project_setting;
      DROP POLICY lead_update ON outcomes.project_setting;
      CREATE POLICY lead_insert ON outcomes.project_setting FOR INSERT WITH CHECK (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid);
      CREATE POLICY lead_update ON outcomes.project_setting FOR UPDATE
        USING (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid);
      DROP FUNCTION outcomes.project_lead(uuid);
${triggerFunctionsOwnedBy('CURRENT_USER')}
      REVOKE ALL ON ALL TABLES IN SCHEMA outcomes FROM outcomes_summaries;
      REVOKE USAGE ON SCHEMA outcomes FROM outcomes_summaries;
    `);
  }
}
