import { In, type EntityManager } from 'typeorm';
import { ExitOutcomeEntity } from './exit-outcome.entity.js';

export const exitOutcomeStore = {
  /** A page of the organisation's exits, latest first (keyset on exit_outcome_org_date_idx). */
  page(manager: EntityManager, limit: number, after?: { exitDate: string; id: string }) {
    const query = manager.createQueryBuilder(ExitOutcomeEntity, 'e').orderBy('e.exitDate', 'DESC').addOrderBy('e.id', 'ASC').limit(limit);
    if (after) query.andWhere('(e.exitDate < :date OR (e.exitDate = :date AND e.id > :id))', { date: after.exitDate, id: after.id });
    return query.getMany();
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ExitOutcomeEntity, { id: In(ids) });
  },
  ofEnrolments(manager: EntityManager, enrolmentIds: string[]) {
    return manager.findBy(ExitOutcomeEntity, { enrolmentId: In(enrolmentIds) });
  },
  /** Inserts the exit; the exit_recorded trigger schedules its follow-ups in the same statement. */
  async insert(manager: EntityManager, exit: Omit<ExitOutcomeEntity, 'id' | 'createdAt'>) {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, title, sector, qualification_gained, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (enrolment_id) DO NOTHING RETURNING id`,
      [exit.orgId, exit.enrolmentId, exit.projectId, exit.exitDate, exit.destination, exit.title, exit.sector, exit.qualificationGained, exit.recordedBy],
    );
    return rows[0] ? manager.findOneByOrFail(ExitOutcomeEntity, { id: rows[0].id }) : null;
  },
};
