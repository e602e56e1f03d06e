import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Write rules the resolvers check, now also in the database, so that a
 * resolver bug cannot break them (issue 11, finding 7 and 8):
 *
 * - a partnership row is born INVITED as an IMPLEMENTER (the handshake
 *   trigger of 1732000000003 covers UPDATE only); only a platform admin
 *   creating a project adds its lead, ACCEPTED;
 * - an ACTIVE employment-policy project that starts in 2024 or later keeps
 *   at least two implementing organisations: moving its start to 2023 to
 *   activate it and back afterwards is refused like activating it directly;
 * - a COORDINATOR or FUNDER role for a project is granted by the project's
 *   lead only (finding 5);
 * - outcomes may ask who leads a project (for its settings policy) through
 *   the NOLOGIN role outcomes_settings, which reads nothing else here.
 *
 * The triggers hold the service role (partners_app) to the API's rules; the
 * owner's migrations, demo data and the operator's tools (scripts/) are not.
 */
export class WriteRules1739000000000 implements MigrationInterface {
  name = 'WriteRules1739000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION partners.partnership_insert_is_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_user <> 'partners_app'
          OR (NEW.status = 'INVITED' AND NEW.role = 'IMPLEMENTER')
          OR (partners.acting_as_platform_admin() AND NEW.status = 'ACCEPTED' AND NEW.role = 'LEAD' AND EXISTS (
                SELECT 1 FROM partners.project p WHERE p.id = NEW.project_id AND p.lead_organisation_id = NEW.organisation_id))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a partnership starts as an invitation' USING ERRCODE = 'check_violation';
      END $$;
      CREATE TRIGGER partnership_insert_is_allowed BEFORE INSERT ON partners.project_partner
        FOR EACH ROW EXECUTE FUNCTION partners.partnership_insert_is_allowed();

      -- Mirrors partnership-rules.ts activationProblem: checked whenever an active project changes.
      CREATE FUNCTION partners.active_project_is_joint() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        implementers int;
      BEGIN
        IF current_user <> 'partners_app' OR NEW.status <> 'ACTIVE'
          OR (NEW.starts_on IS NOT NULL AND NEW.starts_on < DATE '2024-01-01')
          OR NOT EXISTS (SELECT 1 FROM partners.funding_programme g WHERE g.id = NEW.programme_id AND g.employment_policy)
        THEN
          RETURN NEW;
        END IF;
        SELECT count(*) INTO implementers FROM partners.project_partner WHERE project_id = NEW.id AND status = 'ACCEPTED';
        IF implementers < 2 THEN
          RAISE EXCEPTION 'an active employment-policy project from 2024 on needs two implementing organisations' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER active_project_is_joint BEFORE UPDATE ON partners.project
        FOR EACH ROW EXECUTE FUNCTION partners.active_project_is_joint();

      -- Coordinators and funders see a project's pooled figures: only the project's lead appoints them.
      CREATE FUNCTION partners.project_role_is_appointed_by_lead() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_user <> 'partners_app' OR NEW.project_id IS NULL OR NEW.role NOT IN ('COORDINATOR', 'FUNDER')
          OR EXISTS (SELECT 1 FROM partners.project p WHERE p.id = NEW.project_id AND p.lead_organisation_id = partners.acting_organisation())
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'only the project''s lead appoints its coordinators and funders' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER project_role_is_appointed_by_lead BEFORE INSERT OR UPDATE ON partners.staff_role
        FOR EACH ROW EXECUTE FUNCTION partners.project_role_is_appointed_by_lead();

      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'outcomes_settings') THEN
          CREATE ROLE outcomes_settings NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA partners TO outcomes_settings;
      GRANT SELECT (id, lead_organisation_id) ON partners.project TO outcomes_settings;
      CREATE POLICY lead_lookup ON partners.project FOR SELECT TO outcomes_settings USING (true);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP POLICY lead_lookup ON partners.project;
      REVOKE ALL ON partners.project FROM outcomes_settings;
      REVOKE USAGE ON SCHEMA partners FROM outcomes_settings;
      DROP TRIGGER project_role_is_appointed_by_lead ON partners.staff_role;
      DROP FUNCTION partners.project_role_is_appointed_by_lead();
      DROP TRIGGER active_project_is_joint ON partners.project;
      DROP FUNCTION partners.active_project_is_joint();
      DROP TRIGGER partnership_insert_is_allowed ON partners.project_partner;
      DROP FUNCTION partners.partnership_insert_is_allowed();
    `);
  }
}
