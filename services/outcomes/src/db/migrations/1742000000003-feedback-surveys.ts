import type { MigrationInterface, QueryRunner } from 'typeorm';

const orgPolicy = `org_id = NULLIF(current_setting('app.org_id', true), '')::uuid`;
const orgIsSet = `NULLIF(current_setting('app.org_id', true), '') IS NOT NULL`;

/**
 * Anonymous client feedback surveys per project (issue 13).
 *
 * - feedback_survey: the lead organisation's ORG_ADMIN defines a survey for
 *   its project: questions in fi/sv/en on one 1..scaleMax scale. A directory
 *   row (no personal data), readable by every organisation.
 * - feedback_response: one row per response and nothing that could lead back
 *   to a person: no client, enrolment, organisation, id or timestamp, and no
 *   free text; the day is coarsened to its month (`period`). Partners' staff
 *   insert (entering a paper form or handing over a device); outcomes_app may
 *   not read a single row.
 * - feedback_survey_results(survey): responses and question means per
 *   *closed* month, SECURITY DEFINER, owned by the NOLOGIN role
 *   outcomes_pooled: a month with 1..k-1 responses (k from the project's
 *   settings) shows neither count nor means, and the running month never
 *   shows, so no one can watch a count move right after a given client's
 *   visit.
 */
export class FeedbackSurveys1742000000003 implements MigrationInterface {
  name = 'FeedbackSurveys1742000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.feedback_survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL,
        project_id uuid NOT NULL,
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        title_fi text NOT NULL CHECK (length(title_fi) BETWEEN 1 AND 120),
        title_sv text NOT NULL CHECK (length(title_sv) BETWEEN 1 AND 120),
        title_en text NOT NULL CHECK (length(title_en) BETWEEN 1 AND 120),
        scale_max int NOT NULL CHECK (scale_max BETWEEN 2 AND 10),
        -- [{code, fi, sv, en}], 1..20 questions
        questions jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) BETWEEN 1 AND 20),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (project_id, code)
      );
      ALTER TABLE outcomes.feedback_survey ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.feedback_survey FORCE ROW LEVEL SECURITY;
      CREATE POLICY directory_read ON outcomes.feedback_survey FOR SELECT USING (${orgIsSet});
      CREATE POLICY lead_insert ON outcomes.feedback_survey FOR INSERT WITH CHECK (${orgPolicy} AND org_id = outcomes.project_lead(project_id));
      GRANT SELECT, INSERT ON outcomes.feedback_survey TO outcomes_app;
      GRANT SELECT ON outcomes.feedback_survey TO outcomes_pooled;

      CREATE TABLE outcomes.feedback_response (
        survey_id uuid NOT NULL REFERENCES outcomes.feedback_survey (id),
        period date NOT NULL CHECK (period = date_trunc('month', period)::date),
        answers smallint[] NOT NULL CHECK (array_length(answers, 1) BETWEEN 1 AND 20 AND 1 <= ALL (answers) AND 10 >= ALL (answers))
      );
      CREATE INDEX feedback_response_survey_idx ON outcomes.feedback_response (survey_id, period);
      ALTER TABLE outcomes.feedback_response ENABLE ROW LEVEL SECURITY;
      ALTER TABLE outcomes.feedback_response FORCE ROW LEVEL SECURITY;
      CREATE POLICY staff_insert ON outcomes.feedback_response FOR INSERT WITH CHECK (${orgIsSet});
      CREATE POLICY pooled_read ON outcomes.feedback_response FOR SELECT TO outcomes_pooled USING (true);
      GRANT INSERT ON outcomes.feedback_response TO outcomes_app;
      GRANT SELECT ON outcomes.feedback_response TO outcomes_pooled;

      CREATE FUNCTION outcomes.feedback_survey_results(p_survey uuid)
      RETURNS TABLE (period date, responses int, suppressed boolean, means numeric[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
        WITH survey AS (
          SELECT COALESCE(s.min_cell_size, 5) AS k
          FROM outcomes.feedback_survey f LEFT JOIN outcomes.project_setting s ON s.project_id = f.project_id WHERE f.id = p_survey
        ), m AS (
          -- closed months only: the running month never shows
          SELECT r.period, count(*)::int AS n FROM outcomes.feedback_response r
          WHERE r.survey_id = p_survey AND r.period < date_trunc('month', now() AT TIME ZONE 'Europe/Helsinki')::date
          GROUP BY r.period
        ), q AS (
          SELECT r.period, x.q, round(avg(x.answer), 2) AS mean
          FROM outcomes.feedback_response r, unnest(r.answers) WITH ORDINALITY AS x(answer, q)
          WHERE r.survey_id = p_survey AND r.period IN (SELECT period FROM m)
          GROUP BY 1, 2
        )
        SELECT m.period,
               CASE WHEN m.n < s.k THEN NULL ELSE m.n END,
               m.n < s.k,
               CASE WHEN m.n < s.k THEN NULL ELSE (SELECT array_agg(q.mean ORDER BY q.q) FROM q WHERE q.period = m.period) END
        FROM m CROSS JOIN survey s
        ORDER BY m.period
      $$;
      ALTER FUNCTION outcomes.feedback_survey_results(uuid) OWNER TO outcomes_pooled;
      REVOKE ALL ON FUNCTION outcomes.feedback_survey_results(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION outcomes.feedback_survey_results(uuid) TO outcomes_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION outcomes.feedback_survey_results(uuid);
      DROP TABLE outcomes.feedback_response, outcomes.feedback_survey;
    `);
  }
}
