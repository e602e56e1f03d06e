import type pg from 'pg';

/**
 * A TEST FIXTURE, never a migration: `journeys.project_person_numbers` as
 * branch i13-linkage defines its interface (enrolment → dense per-project
 * person number, granted to outcomes_pooled), created only when the real one
 * is missing. Here a person is a journeys client, unless a test names two
 * enrolments one person in `test_person_link` (what the keyed-hash linkage
 * finds for the same person at two partners).
 */
export async function ensurePersonNumbers(admin: pg.Client): Promise<'real' | 'fixture'> {
  const { rows } = await admin.query(`SELECT to_regprocedure('journeys.project_person_numbers(uuid)') IS NOT NULL AS present`);
  if (rows[0].present) return 'real';
  await admin.query(`
    CREATE TABLE IF NOT EXISTS public.test_person_link (enrolment_id uuid PRIMARY KEY, person_key text NOT NULL);
    CREATE FUNCTION journeys.project_person_numbers(p_project uuid) RETURNS TABLE (enrolment_id uuid, person int)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
      SELECT e.id, (dense_rank() OVER (ORDER BY COALESCE(l.person_key, e.client_id::text)))::int
      FROM journeys.enrolment e LEFT JOIN public.test_person_link l ON l.enrolment_id = e.id
      WHERE e.project_id = p_project
    $$;
    REVOKE ALL ON FUNCTION journeys.project_person_numbers(uuid) FROM PUBLIC;
    GRANT USAGE ON SCHEMA journeys TO outcomes_pooled;
    GRANT EXECUTE ON FUNCTION journeys.project_person_numbers(uuid) TO outcomes_pooled;
  `);
  return 'fixture';
}
