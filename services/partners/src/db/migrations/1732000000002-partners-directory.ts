import { sqlValueList } from '@polku/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FunderKind } from '../../funders/funder-kind.js';
import { OrganisationKind } from '../../organisations/organisation-kind.js';
import { PartnershipStatus, ProjectStatus, TargetGroup } from '../../projects/project-enums.js';
import { StaffRole, StaffTitle } from '../../staff/staff-title.js';
import { UnitKind } from '../../units/unit-kind.js';


/**
 * The whole partner directory: organisation details, units, funders and
 * their programmes, project details, the partnership handshake, and staff.
 *
 * Two kinds of table:
 * - directory tables (no personal data; owner column `organisation_id`):
 *   readable by every caller with an organisation set; the service role may
 *   write them only where the write policies below allow;
 * - staff tables (names and e-mails: personal data; owner column `org_id`):
 *   the usual organisation isolation, for every role.
 *
 * Write policies key on two transaction-local settings: `app.org_id` (set by
 * kit's OrgScope for every request) and `app.platform_admin`, which the
 * partners service sets to 'on' inside the same transaction only after the
 * entry-point rule and a re-check of the token's roles confirmed
 * PLATFORM_ADMIN (see docs/partners.md).
 */
export class PartnersDirectory1732000000002 implements MigrationInterface {
  name = 'PartnersDirectory1732000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION partners.acting_organisation() RETURNS uuid LANGUAGE sql STABLE
        AS $$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$;
      CREATE FUNCTION partners.acting_as_platform_admin() RETURNS boolean LANGUAGE sql STABLE
        AS $$ SELECT partners.acting_organisation() IS NOT NULL AND current_setting('app.platform_admin', true) = 'on' $$;

      ALTER TABLE partners.organisation
        ADD COLUMN kind text NOT NULL DEFAULT 'ASSOCIATION' CHECK (kind IN (${sqlValueList(OrganisationKind)})),
        ADD COLUMN business_id text UNIQUE CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
        ADD COLUMN municipality text CHECK (length(municipality) BETWEEN 1 AND 100),
        ADD COLUMN contact_email text CHECK (contact_email ~ '^[^@\\s]+@[^@\\s]+$'),
        ADD COLUMN contact_phone text CHECK (length(contact_phone) BETWEEN 3 AND 40),
        ADD COLUMN website text CHECK (website ~ '^https?://'),
        ADD COLUMN active boolean NOT NULL DEFAULT true;
      ALTER TABLE partners.organisation ALTER COLUMN kind DROP DEFAULT;
      CREATE INDEX organisation_name_idx ON partners.organisation (name, id);
      CREATE INDEX organisation_municipality_idx ON partners.organisation (municipality, name, id);

      CREATE TABLE partners.unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES partners.organisation (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN (${sqlValueList(UnitKind)})),
        street_address text CHECK (length(street_address) BETWEEN 1 AND 200),
        postal_code text CHECK (postal_code ~ '^[0-9]{5}$'),
        municipality text CHECK (length(municipality) BETWEEN 1 AND 100),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, id)
      );
      CREATE INDEX unit_organisation_idx ON partners.unit (organisation_id, name, id);

      CREATE TABLE partners.funder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN (${sqlValueList(FunderKind)})),
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        region text CHECK (length(region) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'ELY_CENTRE' OR region IS NOT NULL)
      );
      CREATE INDEX funder_name_idx ON partners.funder (name, id);

      CREATE TABLE partners.funding_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        funder_id uuid NOT NULL REFERENCES partners.funder (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        employment_policy boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (funder_id, name),
        UNIQUE (funder_id, id)
      );

      ALTER TABLE partners.project
        ADD COLUMN description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        ADD COLUMN funder_id uuid REFERENCES partners.funder (id),
        ADD COLUMN programme_id uuid,
        ADD COLUMN starts_on date,
        ADD COLUMN ends_on date,
        ADD COLUMN status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN (${sqlValueList(ProjectStatus)})),
        ADD COLUMN target_groups text[] NOT NULL DEFAULT '{}' CHECK (target_groups <@ ARRAY[${sqlValueList(TargetGroup)}]::text[]),
        ADD COLUMN targets jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(targets) = 'array'),
        ADD CONSTRAINT project_period_check CHECK (ends_on >= starts_on),
        ADD CONSTRAINT project_programme_needs_funder CHECK (programme_id IS NULL OR funder_id IS NOT NULL),
        -- a programme belongs to the project's funder
        ADD CONSTRAINT project_programme_fkey FOREIGN KEY (funder_id, programme_id) REFERENCES partners.funding_programme (funder_id, id);
      CREATE INDEX project_name_idx ON partners.project (name, id);
      CREATE INDEX project_status_idx ON partners.project (status, name, id);
      CREATE INDEX project_funder_idx ON partners.project (funder_id);
      CREATE INDEX project_lead_idx ON partners.project (lead_organisation_id);
      CREATE INDEX project_target_groups_idx ON partners.project USING gin (target_groups);

      -- The handshake: the lead invites (INVITED), the partner accepts (ACCEPTED) or declines (DECLINED); LEFT ends it.
      ALTER TABLE partners.project_partner DROP CONSTRAINT project_partner_pkey;
      ALTER TABLE partners.project_partner
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        ADD COLUMN status text NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN (${sqlValueList(PartnershipStatus)})),
        ADD COLUMN invited_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN responded_at timestamptz,
        ADD COLUMN joined_on date,
        ADD COLUMN left_on date;
      UPDATE partners.project_partner SET joined_on = current_date WHERE joined_on IS NULL;
      ALTER TABLE partners.project_partner
        ALTER COLUMN status DROP DEFAULT,
        ADD CONSTRAINT project_partner_joined_check CHECK ((status IN ('ACCEPTED', 'LEFT')) = (joined_on IS NOT NULL)),
        ADD CONSTRAINT project_partner_left_check CHECK ((status = 'LEFT') = (left_on IS NOT NULL) AND left_on >= joined_on);
      -- one open participation per organisation and project; one current lead per project
      CREATE UNIQUE INDEX project_partner_open_idx ON partners.project_partner (project_id, organisation_id) WHERE status IN ('INVITED', 'ACCEPTED');
      CREATE UNIQUE INDEX project_partner_lead_idx ON partners.project_partner (project_id) WHERE role = 'LEAD' AND status = 'ACCEPTED';
      CREATE INDEX project_partner_project_idx ON partners.project_partner (project_id, status);

      ALTER TABLE partners.service_offering
        ADD COLUMN unit_id uuid,
        -- the unit belongs to the offering's organisation
        ADD CONSTRAINT service_offering_unit_fkey FOREIGN KEY (organisation_id, unit_id) REFERENCES partners.unit (organisation_id, id);
      CREATE INDEX service_offering_name_idx ON partners.service_offering (name, id);
      CREATE INDEX service_offering_type_idx ON partners.service_offering (type, name, id);
      CREATE INDEX service_offering_unit_idx ON partners.service_offering (unit_id);

      CREATE TABLE partners.staff_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES partners.organisation (id),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        title text NOT NULL CHECK (title IN (${sqlValueList(StaffTitle)})),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, subject),
        UNIQUE (org_id, id)
      );
      CREATE INDEX staff_member_name_idx ON partners.staff_member (org_id, name, id);

      CREATE TABLE partners.staff_role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN (${sqlValueList(StaffRole)})),
        -- null: the role holds in the whole organisation; otherwise in this project only
        project_id uuid REFERENCES partners.project (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (org_id, staff_member_id) REFERENCES partners.staff_member (org_id, id)
      );
      CREATE UNIQUE INDEX staff_role_unique_idx ON partners.staff_role
        (org_id, staff_member_id, role, COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid));
    `);

    // Directory tables: readable with an organisation set; the owner maintains them (migrations, demo data).
    for (const table of ['unit', 'funder', 'funding_programme']) {
      await db.query(`
        ALTER TABLE partners.${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE partners.${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY directory_read ON partners.${table} FOR SELECT TO partners_app
          USING (partners.acting_organisation() IS NOT NULL);
        CREATE POLICY maintained_by_owner ON partners.${table} FOR ALL TO CURRENT_USER
          USING (true) WITH CHECK (true);
      `);
    }

    // Staff: personal data, each organisation's own.
    for (const table of ['staff_member', 'staff_role']) {
      await db.query(`
        ALTER TABLE partners.${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE partners.${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY org_isolation ON partners.${table}
          USING (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid)
          WITH CHECK (org_id = NULLIF(current_setting('app.org_id', true), '')::uuid);
      `);
    }

    // What the service role may write, and where.
    await db.query(`
      CREATE POLICY platform_admin_creates ON partners.organisation FOR INSERT TO partners_app
        WITH CHECK (partners.acting_as_platform_admin());
      CREATE POLICY platform_admin_or_itself_updates ON partners.organisation FOR UPDATE TO partners_app
        USING (partners.acting_as_platform_admin() OR id = partners.acting_organisation())
        WITH CHECK (partners.acting_as_platform_admin() OR id = partners.acting_organisation());

      CREATE POLICY platform_admin_creates ON partners.funder FOR INSERT TO partners_app
        WITH CHECK (partners.acting_as_platform_admin());
      CREATE POLICY platform_admin_updates ON partners.funder FOR UPDATE TO partners_app
        USING (partners.acting_as_platform_admin()) WITH CHECK (partners.acting_as_platform_admin());
      CREATE POLICY platform_admin_creates ON partners.funding_programme FOR INSERT TO partners_app
        WITH CHECK (partners.acting_as_platform_admin());
      CREATE POLICY platform_admin_updates ON partners.funding_programme FOR UPDATE TO partners_app
        USING (partners.acting_as_platform_admin()) WITH CHECK (partners.acting_as_platform_admin());

      CREATE POLICY platform_admin_creates ON partners.project FOR INSERT TO partners_app
        WITH CHECK (partners.acting_as_platform_admin());
      CREATE POLICY platform_admin_or_lead_updates ON partners.project FOR UPDATE TO partners_app
        USING (partners.acting_as_platform_admin() OR lead_organisation_id = partners.acting_organisation())
        WITH CHECK (partners.acting_as_platform_admin() OR lead_organisation_id = partners.acting_organisation());

      -- the lead (or a platform admin creating the project) adds partners; the partner itself answers and may leave
      CREATE POLICY lead_invites ON partners.project_partner FOR INSERT TO partners_app
        WITH CHECK (partners.acting_as_platform_admin() OR EXISTS (
          SELECT 1 FROM partners.project p WHERE p.id = project_id AND p.lead_organisation_id = partners.acting_organisation()));
      CREATE POLICY lead_or_partner_updates ON partners.project_partner FOR UPDATE TO partners_app
        USING (partners.acting_as_platform_admin() OR organisation_id = partners.acting_organisation() OR EXISTS (
          SELECT 1 FROM partners.project p WHERE p.id = project_id AND p.lead_organisation_id = partners.acting_organisation()))
        WITH CHECK (partners.acting_as_platform_admin() OR organisation_id = partners.acting_organisation() OR EXISTS (
          SELECT 1 FROM partners.project p WHERE p.id = project_id AND p.lead_organisation_id = partners.acting_organisation()));
    `);
    for (const table of ['unit', 'service_offering']) {
      await db.query(`
        CREATE POLICY own_organisation_creates ON partners.${table} FOR INSERT TO partners_app
          WITH CHECK (organisation_id = partners.acting_organisation());
        CREATE POLICY own_organisation_updates ON partners.${table} FOR UPDATE TO partners_app
          USING (organisation_id = partners.acting_organisation())
          WITH CHECK (organisation_id = partners.acting_organisation());
      `);
    }

    await db.query(`
      GRANT EXECUTE ON FUNCTION partners.acting_organisation(), partners.acting_as_platform_admin() TO partners_app;
      GRANT SELECT, INSERT, UPDATE ON partners.organisation, partners.funder, partners.funding_programme, partners.project,
        partners.project_partner, partners.unit, partners.service_offering, partners.staff_member TO partners_app;
      GRANT SELECT, INSERT, DELETE ON partners.staff_role TO partners_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE partners.staff_role, partners.staff_member;
      ALTER TABLE partners.service_offering DROP COLUMN unit_id;
      DROP TABLE partners.unit;
      DELETE FROM partners.project_partner WHERE status <> 'ACCEPTED';
      ALTER TABLE partners.project_partner DROP COLUMN id, DROP COLUMN status, DROP COLUMN invited_at, DROP COLUMN responded_at,
        DROP COLUMN joined_on, DROP COLUMN left_on;
      ALTER TABLE partners.project_partner ADD PRIMARY KEY (project_id, organisation_id);
      ALTER TABLE partners.project DROP COLUMN description, DROP COLUMN funder_id, DROP COLUMN programme_id, DROP COLUMN starts_on,
        DROP COLUMN ends_on, DROP COLUMN status, DROP COLUMN target_groups, DROP COLUMN targets;
      DROP TABLE partners.funding_programme, partners.funder;
      DROP POLICY platform_admin_creates ON partners.organisation;
      DROP POLICY platform_admin_or_itself_updates ON partners.organisation;
      DROP POLICY platform_admin_creates ON partners.project;
      DROP POLICY platform_admin_or_lead_updates ON partners.project;
      DROP POLICY lead_invites ON partners.project_partner;
      DROP POLICY lead_or_partner_updates ON partners.project_partner;
      ALTER TABLE partners.organisation DROP COLUMN kind, DROP COLUMN business_id, DROP COLUMN municipality, DROP COLUMN contact_email,
        DROP COLUMN contact_phone, DROP COLUMN website, DROP COLUMN active;
      REVOKE INSERT, UPDATE ON partners.organisation, partners.project, partners.project_partner, partners.service_offering FROM partners_app;
      DROP FUNCTION partners.acting_as_platform_admin(), partners.acting_organisation();
    `);
  }
}
