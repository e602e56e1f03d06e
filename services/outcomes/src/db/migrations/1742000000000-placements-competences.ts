import type { MigrationInterface, QueryRunner } from 'typeorm';

const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;
const orgIsSet = `NULLIF(current_setting('app.org_id', true), '') IS NOT NULL`;

// Frozen here (never imported from live code, so this migration's SQL never changes).
const placementKinds = `'WORK_TRIAL', 'PAY_SUBSIDY_OPEN_MARKET', 'PAY_SUBSIDY_THIRD_SECTOR', 'EMPLOYMENT_WITHIN_ORGANISATION', 'REHABILITATIVE_WORK_ACTIVITY'`;
const fundings = `'PAY_SUBSIDY', 'STEA', 'ESF_PLUS', 'MUNICIPALITY', 'UNEMPLOYMENT_BENEFIT', 'ORGANISATION', 'OTHER'`;

function isolate(table: string) {
  return `
    ALTER TABLE outcomes.${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE outcomes.${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY org_isolation ON outcomes.${table} USING (${orgPolicy}) WITH CHECK (${orgPolicy});`;
}

/** A yearly summary like exit_year_summary: the organisation's own rows, and every row for outcomes_pooled. */
function summary(table: string) {
  return `
    ${isolate(table)}
    CREATE POLICY pooled_read ON outcomes.${table} FOR SELECT TO outcomes_pooled USING (true);
    GRANT SELECT ON outcomes.${table} TO outcomes_pooled, outcomes_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON outcomes.${table} TO outcomes_summaries;`;
}

/** Every measure of a summary: a row is dropped when all of them are zero. */
const summaryMeasures: Record<string, string[]> = {
  placement_year_summary: ['started', 'ended', 'placement_months', 'mentoring_hours'],
  competence_year_summary: ['badges_awarded', 'qualification_units_passed'],
};

/**
 * A statement-level summary trigger on `table` (INSERT, UPDATE, DELETE; for
 * tables without an UPDATE that moves a count, the UPDATE trigger adds and
 * takes away the same), SECURITY DEFINER and owned by outcomes_summaries
 * (migration 1739): each new row adds its contribution (`delta(rows, '')`),
 * each old row takes it away (`delta(rows, '-')`); rows that reach zero go.
 */
function summaryTrigger(
  name: string, table: string, target: string, key: string[], measures: string[],
  delta: (rows: string, sign: '' | '-') => string,
) {
  const upsert = (source: string) => `
          INSERT INTO outcomes.${target} AS t (${[...key, ...measures].join(', ')})
          SELECT ${key.join(', ')}, ${measures.map((m) => `sum(${m})`).join(', ')} FROM (${source}) d GROUP BY ${key.join(', ')}
          ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${measures.map((m) => `${m} = t.${m} + EXCLUDED.${m}`).join(', ')};`;
  return `
      CREATE FUNCTION outcomes.${name}() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, outcomes AS $$
      DECLARE
        org uuid := NULLIF(current_setting('app.org_id', true), '')::uuid;
      BEGIN
        IF TG_OP = 'INSERT' THEN ${upsert(delta('new_rows', ''))}
        ELSIF TG_OP = 'DELETE' THEN ${upsert(delta('old_rows', '-'))}
        ELSE ${upsert(`${delta('new_rows', '')} UNION ALL ${delta('old_rows', '-')}`)}
        END IF;
        DELETE FROM outcomes.${target} WHERE org_id = org AND ${summaryMeasures[target]!.map((m) => `${m} = 0`).join(' AND ')};
        RETURN NULL;
      END $$;
      ALTER FUNCTION outcomes.${name}() OWNER TO outcomes_summaries;
      CREATE TRIGGER ${name}_insert AFTER INSERT ON outcomes.${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.${name}();
      CREATE TRIGGER ${name}_update AFTER UPDATE ON outcomes.${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.${name}();
      CREATE TRIGGER ${name}_delete AFTER DELETE ON outcomes.${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcomes.${name}();`;
}

/**
 * Placements (work trials, pay-subsidy jobs, employment within the
 * organisation, rehabilitative work activity) with the coach's monthly
 * mentoring log, and competences (badge catalogue, badge awards,
 * qualification units) — issue 13.
 *
 * Pooled figures: two yearly summaries beside exit_year_summary, kept by
 * statement-level SECURITY DEFINER triggers owned by the NOLOGIN role
 * outcomes_summaries (row level security binds them to the calling
 * organisation, migration 1739), readable across organisations only by
 * outcomes_pooled:
 *   - placement_year_summary: per project, organisation, year and kind,
 *     placements started (year of starts_on), ended (year of ends_on),
 *     placement-months (months with a mentoring entry, 0 h included) and
 *     the mentoring hours logged in those months;
 *   - competence_year_summary: badges awarded and qualification units
 *     passed, per project, organisation and year.
 * A placement's kind, enrolment and project never change (no UPDATE grant on
 * them), so mentoring rows carry kind and project and need no join.
 */
export class PlacementsCompetences1742000000000 implements MigrationInterface {
  name = 'PlacementsCompetences1742000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        project_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${placementKinds})),
        programme text CHECK (length(programme) BETWEEN 1 AND 80),
        -- the employer: a unit of the organisation (partners' Unit) or an external employer by business ID
        employer_unit_id uuid,
        employer_business_id text CHECK (employer_business_id ~ '^[0-9]{7}-[0-9]$'),
        employer_name text CHECK (length(employer_name) BETWEEN 1 AND 200),
        starts_on date NOT NULL CHECK (starts_on BETWEEN '0001-01-01' AND '9999-12-31'),
        ends_on date CHECK (ends_on BETWEEN '0001-01-01' AND '9999-12-31'),
        hours_per_week numeric(4, 1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 40),
        funding text NOT NULL CHECK (funding IN (${fundings})),
        supervisor_staff_id uuid,
        supervisor_name text CHECK (length(supervisor_name) BETWEEN 1 AND 120),
        instructor_staff_id uuid,
        instructor_name text CHECK (length(instructor_name) BETWEEN 1 AND 120),
        recorded_by text,
        -- set by erasure (issue 14): free text and the employer are gone, kind, dates, hours and funding stay
        erased_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CHECK (erased_at IS NOT NULL OR ((employer_unit_id IS NULL) <> (employer_business_id IS NULL))),
        CHECK (employer_unit_id IS NULL OR employer_name IS NULL)
      );
      CREATE INDEX placement_org_list_idx ON outcomes.placement (org_id, starts_on DESC, id);
      CREATE INDEX placement_org_enrolment_idx ON outcomes.placement (org_id, enrolment_id);
      ${isolate('placement')}

      CREATE TABLE outcomes.placement_mentoring (
        org_id uuid NOT NULL,
        placement_id uuid NOT NULL REFERENCES outcomes.placement (id) ON DELETE CASCADE,
        project_id uuid NOT NULL,
        kind text NOT NULL,
        month date NOT NULL CHECK (month = date_trunc('month', month)::date),
        hours numeric(5, 1) NOT NULL CHECK (hours >= 0 AND hours <= 200),
        recorded_by text,
        PRIMARY KEY (placement_id, month)
      );
      CREATE INDEX placement_mentoring_org_idx ON outcomes.placement_mentoring (org_id, placement_id, month);
      ${isolate('placement_mentoring')}

      -- Badge catalogue: an organisation's own (project_id NULL) or a project's (written by its lead).
      -- No personal data: readable by every organisation, like instruments.
      CREATE TABLE outcomes.badge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        project_id uuid,
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
        name_fi text NOT NULL CHECK (length(name_fi) BETWEEN 1 AND 120),
        name_sv text NOT NULL CHECK (length(name_sv) BETWEEN 1 AND 120),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
        criteria_fi text NOT NULL CHECK (length(criteria_fi) BETWEEN 1 AND 2000),
        criteria_sv text NOT NULL CHECK (length(criteria_sv) BETWEEN 1 AND 2000),
        criteria_en text NOT NULL CHECK (length(criteria_en) BETWEEN 1 AND 2000),
        issuer_name text NOT NULL CHECK (length(issuer_name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX badge_code_idx ON outcomes.badge (org_id, COALESCE(project_id, '00000000-0000-0000-0000-000000000000'::uuid), code);
      CREATE INDEX badge_project_idx ON outcomes.badge (project_id) WHERE project_id IS NOT NULL;
      ALTER TABLE outcomes.badge ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.badge FORCE ROW LEVEL SECURITY;
      CREATE POLICY directory_read ON outcomes.badge FOR SELECT USING (${orgIsSet});
      CREATE POLICY owner_insert ON outcomes.badge FOR INSERT WITH CHECK (
        ${orgPolicy} AND (project_id IS NULL OR org_id = outcomes.project_lead(project_id)));

      CREATE TABLE outcomes.badge_award (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        project_id uuid NOT NULL,
        badge_id uuid NOT NULL REFERENCES outcomes.badge (id),
        awarded_on date NOT NULL CHECK (awarded_on BETWEEN '0001-01-01' AND '9999-12-31'),
        -- the coach's note of the evidence; free text, erased with the client
        evidence text CHECK (length(evidence) BETWEEN 1 AND 1000),
        recorded_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (enrolment_id, badge_id)
      );
      CREATE INDEX badge_award_org_idx ON outcomes.badge_award (org_id, awarded_on DESC, id);
      CREATE INDEX badge_award_org_enrolment_idx ON outcomes.badge_award (org_id, enrolment_id);
      ${isolate('badge_award')}

      -- Qualification units (tutkinnon osat) passed, coded as in ePerusteet.
      CREATE TABLE outcomes.qualification_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        enrolment_id uuid NOT NULL,
        project_id uuid NOT NULL,
        unit_code text NOT NULL CHECK (unit_code ~ '^[0-9]{1,9}$'),
        unit_name text CHECK (length(unit_name) BETWEEN 1 AND 200),
        qualification_code text NOT NULL CHECK (qualification_code ~ '^[0-9]{6}$'),
        qualification_name text CHECK (length(qualification_name) BETWEEN 1 AND 200),
        passed_on date NOT NULL CHECK (passed_on BETWEEN '0001-01-01' AND '9999-12-31'),
        recorded_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (enrolment_id, qualification_code, unit_code)
      );
      CREATE INDEX qualification_unit_org_idx ON outcomes.qualification_unit (org_id, passed_on DESC, id);
      CREATE INDEX qualification_unit_org_enrolment_idx ON outcomes.qualification_unit (org_id, enrolment_id);
      ${isolate('qualification_unit')}

      CREATE TABLE outcomes.placement_year_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, year int NOT NULL, kind text NOT NULL,
        started int NOT NULL DEFAULT 0, ended int NOT NULL DEFAULT 0,
        placement_months int NOT NULL DEFAULT 0, mentoring_hours numeric NOT NULL DEFAULT 0,
        PRIMARY KEY (project_id, year, org_id, kind)
      );
      ${summary('placement_year_summary')}
      CREATE TABLE outcomes.competence_year_summary (
        project_id uuid NOT NULL, org_id uuid NOT NULL, year int NOT NULL,
        badges_awarded int NOT NULL DEFAULT 0, qualification_units_passed int NOT NULL DEFAULT 0,
        PRIMARY KEY (project_id, year, org_id)
      );
      ${summary('competence_year_summary')}

      GRANT SELECT, INSERT, DELETE ON outcomes.placement TO outcomes_app;
      GRANT UPDATE (ends_on, hours_per_week, funding, programme, supervisor_staff_id, supervisor_name,
        instructor_staff_id, instructor_name, employer_name, employer_business_id, employer_unit_id, erased_at) ON outcomes.placement TO outcomes_app;
      GRANT SELECT, INSERT, UPDATE (hours, recorded_by) ON outcomes.placement_mentoring TO outcomes_app;
      GRANT SELECT, INSERT ON outcomes.badge TO outcomes_app;
      GRANT SELECT, INSERT, DELETE ON outcomes.badge_award, outcomes.qualification_unit TO outcomes_app;
      GRANT UPDATE (evidence) ON outcomes.badge_award TO outcomes_app;
      GRANT UPDATE (unit_name, qualification_name) ON outcomes.qualification_unit TO outcomes_app;
      -- the triggers below read the rows they summarise (bounded to the calling organisation)
      GRANT SELECT ON outcomes.placement, outcomes.placement_mentoring, outcomes.badge_award, outcomes.qualification_unit TO outcomes_summaries;

      ${summaryTrigger('placement_pooled', 'placement', 'placement_year_summary', ['project_id', 'year', 'org_id', 'kind'], ['started', 'ended'],
        (rows, sign) => `SELECT project_id, org_id, extract(year FROM starts_on)::int AS year, kind, ${sign}1 AS started, 0 AS ended FROM ${rows} WHERE org_id = org
          UNION ALL SELECT project_id, org_id, extract(year FROM ends_on)::int, kind, 0, ${sign}1 FROM ${rows} WHERE org_id = org AND ends_on IS NOT NULL`)}
      ${summaryTrigger('placement_mentoring_pooled', 'placement_mentoring', 'placement_year_summary', ['project_id', 'year', 'org_id', 'kind'], ['placement_months', 'mentoring_hours'],
        (rows, sign) => `SELECT project_id, org_id, extract(year FROM month)::int AS year, kind, ${sign}1 AS placement_months, ${sign}hours AS mentoring_hours FROM ${rows} WHERE org_id = org`)}
      ${summaryTrigger('badge_award_pooled', 'badge_award', 'competence_year_summary', ['project_id', 'year', 'org_id'], ['badges_awarded', 'qualification_units_passed'],
        (rows, sign) => `SELECT project_id, org_id, extract(year FROM awarded_on)::int AS year, ${sign}1 AS badges_awarded, 0 AS qualification_units_passed FROM ${rows} WHERE org_id = org`)}
      ${summaryTrigger('qualification_unit_pooled', 'qualification_unit', 'competence_year_summary', ['project_id', 'year', 'org_id'], ['badges_awarded', 'qualification_units_passed'],
        (rows, sign) => `SELECT project_id, org_id, extract(year FROM passed_on)::int AS year, 0 AS badges_awarded, ${sign}1 AS qualification_units_passed FROM ${rows} WHERE org_id = org`)}
      -- badge_award and qualification_unit: only free-text columns are updatable (grants above), so a count never moves on UPDATE.
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE outcomes.competence_year_summary, outcomes.placement_year_summary, outcomes.qualification_unit,
        outcomes.badge_award, outcomes.badge, outcomes.placement_mentoring, outcomes.placement;
      DROP FUNCTION outcomes.badge_award_pooled(), outcomes.qualification_unit_pooled(), outcomes.placement_mentoring_pooled(), outcomes.placement_pooled();
    `);
  }
}
