import type { Locale } from '@polku/kit';
import type { EntityManager } from 'typeorm';
import type { AssessmentTimePoint } from './soft-outcome.type.js';

export interface InstrumentRow {
  id: string;
  code: string;
  /** The defining organisation; null for the platform's built-in instruments. */
  orgId: string | null;
  /** The project it was defined for (by the project's lead); null otherwise. */
  projectId: string | null;
  names: Record<Locale, string>;
  items: Array<{ id: string; code: string; labels: Record<Locale, string>; scaleMax: number; anchors: Array<{ score: number; fi: string; sv: string; en: string }> }>;
}

export interface AssessmentRow {
  id: string;
  enrolmentId: string;
  instrumentId: string;
  assessedOn: string;
  timePoint: AssessmentTimePoint;
  meanScore: number;
  scores: Array<{ itemId: string; score: number }>;
}

export interface SoftChangeRow {
  enrolmentId: string;
  instrumentId: string;
  assessments: number;
  firstOn: string;
  firstMean: number;
  lastOn: string;
  lastMean: number;
}

const instrumentColumns = `i.id, i.code, i.org_id AS "orgId", i.project_id AS "projectId",
  json_build_object('FI', i.name_fi, 'SV', i.name_sv, 'EN', i.name_en) AS names,
  (SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'scaleMax', t.scale_max, 'anchors', t.anchors,
            'labels', json_build_object('FI', t.label_fi, 'SV', t.label_sv, 'EN', t.label_en)) ORDER BY t.position)
   FROM outcomes.instrument_item t WHERE t.instrument_id = i.id) AS items`;

const assessmentColumns = `a.id, a.enrolment_id AS "enrolmentId", a.instrument_id AS "instrumentId", a.assessed_on AS "assessedOn",
  a.time_point AS "timePoint", a.mean_score::float8 AS "meanScore",
  COALESCE((SELECT json_agg(json_build_object('itemId', s.item_id, 'score', s.score) ORDER BY i.position)
            FROM outcomes.assessment_score s JOIN outcomes.instrument_item i ON i.id = s.item_id WHERE s.assessment_id = a.id), '[]') AS scores`;

export const softOutcomeStore = {
  instruments(manager: EntityManager, ids?: string[]): Promise<InstrumentRow[]> {
    return manager.query(
      `SELECT ${instrumentColumns}
       FROM outcomes.instrument i WHERE $1::uuid[] IS NULL OR i.id = ANY($1) ORDER BY i.code`,
      [ids ?? null],
    );
  },
  /** Instruments an organisation may use: the platform's, its own, and (given) a project's. */
  usable(manager: EntityManager, orgId: string, projectId: string | null): Promise<InstrumentRow[]> {
    return manager.query(
      `/* instruments */ SELECT ${instrumentColumns} FROM outcomes.instrument i
       WHERE i.org_id IS NULL OR (i.org_id = $1 AND i.project_id IS NULL) OR i.project_id = $2 ORDER BY i.org_id NULLS FIRST, i.code`,
      [orgId, projectId],
    );
  },
  /** Inserts an instrument and its items; null when the code is taken. */
  async insertInstrument(
    manager: EntityManager,
    i: { orgId: string; projectId: string | null; code: string; names: Record<Locale, string>; scaleMax: number;
      items: Array<{ code: string; labels: Record<Locale, string>; anchors: Array<{ score: number; fi: string; sv: string; en: string }> }> },
  ): Promise<string | null> {
    const rows = await manager.query(
      `/* defineInstrument */ INSERT INTO outcomes.instrument (id, org_id, project_id, code, name_fi, name_sv, name_en)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [i.orgId, i.projectId, i.code, i.names.FI, i.names.SV, i.names.EN],
    );
    const id = rows[0]?.id as string | undefined;
    if (!id) return null;
    await manager.query(
      `/* defineInstrumentItems */ INSERT INTO outcomes.instrument_item (id, instrument_id, position, code, label_fi, label_sv, label_en, scale_max, anchors)
       SELECT gen_random_uuid(), $1, x.position, x.code, x.fi, x.sv, x.en, $2, x.anchors
       FROM jsonb_to_recordset($3::jsonb) AS x(position int, code text, fi text, sv text, en text, anchors jsonb)`,
      [id, i.scaleMax, JSON.stringify(i.items.map((item, n) => ({ position: n + 1, code: item.code, fi: item.labels.FI, sv: item.labels.SV, en: item.labels.EN, anchors: item.anchors })))],
    );
    return id;
  },
  assessmentsByIds(manager: EntityManager, ids: string[]): Promise<AssessmentRow[]> {
    return manager.query(`SELECT ${assessmentColumns} FROM outcomes.assessment a WHERE a.id = ANY($1)`, [ids]);
  },
  assessmentsOfEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<AssessmentRow[]> {
    return manager.query(
      `SELECT ${assessmentColumns} FROM outcomes.assessment a WHERE a.enrolment_id = ANY($1) ORDER BY a.assessed_on, a.created_at, a.id`,
      [enrolmentIds],
    );
  },
  changesOfEnrolments(manager: EntityManager, enrolmentIds: string[]): Promise<SoftChangeRow[]> {
    return manager.query(
      `SELECT enrolment_id AS "enrolmentId", instrument_id AS "instrumentId", assessments, first_on AS "firstOn", first_mean::float8 AS "firstMean",
              last_on AS "lastOn", last_mean::float8 AS "lastMean"
       FROM outcomes.soft_change WHERE enrolment_id = ANY($1) AND assessments >= 2 ORDER BY instrument_id`,
      [enrolmentIds],
    );
  },
  async insertAssessment(
    manager: EntityManager,
    a: { orgId: string; enrolmentId: string; projectId: string; instrumentId: string; assessedOn: string; timePoint: AssessmentTimePoint; scores: Array<{ itemId: string; score: number }>; recordedBy: string },
  ): Promise<string> {
    const mean = a.scores.reduce((sum, s) => sum + s.score, 0) / a.scores.length;
    const [row] = await manager.query(
      `INSERT INTO outcomes.assessment (org_id, enrolment_id, project_id, instrument_id, assessed_on, time_point, mean_score, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [a.orgId, a.enrolmentId, a.projectId, a.instrumentId, a.assessedOn, a.timePoint, mean.toFixed(3), a.recordedBy],
    );
    await manager.query(
      `INSERT INTO outcomes.assessment_score (org_id, assessment_id, item_id, score) SELECT $1, $2, s.item, s.score FROM unnest($3::uuid[], $4::int[]) AS s(item, score)`,
      [a.orgId, row.id, a.scores.map((s) => s.itemId), a.scores.map((s) => s.score)],
    );
    return row.id as string;
  },
};
