import type { EntityManager } from 'typeorm';

export interface SurveyRow {
  id: string;
  orgId: string;
  projectId: string;
  code: string;
  titles: { fi: string; sv: string; en: string };
  scaleMax: number;
  questions: Array<{ code: string; fi: string; sv: string; en: string }>;
}

const columns = `f.id, f.org_id AS "orgId", f.project_id AS "projectId", f.code, f.scale_max AS "scaleMax", f.questions,
  json_build_object('fi', f.title_fi, 'sv', f.title_sv, 'en', f.title_en) AS titles`;

export const surveyStore = {
  ofProject(manager: EntityManager, projectId: string): Promise<SurveyRow[]> {
    return manager.query(`/* feedbackSurveys */ SELECT ${columns} FROM outcomes.feedback_survey f WHERE f.project_id = $1 ORDER BY f.code`, [projectId]);
  },
  async byId(manager: EntityManager, id: string): Promise<SurveyRow | undefined> {
    const [row] = await manager.query(`/* feedbackSurvey */ SELECT ${columns} FROM outcomes.feedback_survey f WHERE f.id = $1`, [id]);
    return row;
  },
  async byCode(manager: EntityManager, projectId: string, code: string): Promise<SurveyRow | undefined> {
    const [row] = await manager.query(`/* feedbackSurveyByCode */ SELECT ${columns} FROM outcomes.feedback_survey f WHERE f.project_id = $1 AND f.code = $2`, [projectId, code]);
    return row;
  },
  async insert(manager: EntityManager, s: Omit<SurveyRow, 'id'>): Promise<string | null> {
    const rows = await manager.query(
      `/* defineFeedbackSurvey */ INSERT INTO outcomes.feedback_survey (org_id, project_id, code, title_fi, title_sv, title_en, scale_max, questions)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (project_id, code) DO NOTHING RETURNING id`,
      [s.orgId, s.projectId, s.code, s.titles.fi, s.titles.sv, s.titles.en, s.scaleMax, JSON.stringify(s.questions)],
    );
    return rows[0]?.id ?? null;
  },
  /** One response, stamped with the current month in Finland and nothing else. */
  async insertResponse(manager: EntityManager, surveyId: string, answers: number[]) {
    await manager.query(
      `/* submitFeedbackResponse */ INSERT INTO outcomes.feedback_response (survey_id, period, answers)
       VALUES ($1, date_trunc('month', now() AT TIME ZONE 'Europe/Helsinki')::date, $2::smallint[])`,
      [surveyId, answers],
    );
  },
  results(manager: EntityManager, surveyId: string): Promise<Array<{ month: string; responses: number | null; suppressed: boolean; questionMeans: number[] | null }>> {
    return manager.query(
      `/* feedbackSurveyResults */ SELECT period AS month, responses, suppressed, means::float8[] AS "questionMeans" FROM outcomes.feedback_survey_results($1)`,
      [surveyId],
    );
  },
};
