import { In, type EntityManager } from 'typeorm';
import type { ExitFacts } from './exit-correction.store.js';
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
  /** Inserts the exit; the exit_recorded triggers schedule its follow-ups and count it in the summaries in the same statement. */
  async insert(manager: EntityManager, exit: Omit<ExitOutcomeEntity, 'id' | 'createdAt'>) {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO outcomes.exit_outcome (org_id, enrolment_id, project_id, exit_date, destination, further_destinations, title, sector, qualification_gained, recorded_by, enrolment_started_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (enrolment_id) DO NOTHING RETURNING id`,
      [exit.orgId, exit.enrolmentId, exit.projectId, exit.exitDate, exit.destination, exit.furtherDestinations, exit.title, exit.sector,
        exit.qualificationGained, exit.recordedBy, exit.enrolmentStartedOn],
    );
    return rows[0] ? manager.findOneByOrFail(ExitOutcomeEntity, { id: rows[0].id }) : null;
  },
  /** The exit, locked until the transaction ends: two corrections of one exit take turns. */
  lock(manager: EntityManager, id: string) {
    return manager.createQueryBuilder(ExitOutcomeEntity, 'e').setLock('pessimistic_write').where('e.id = :id', { id }).getOne();
  },
  /** Changes the exit; the exit_corrected trigger moves the summaries and follow-up due days in the same statement. */
  async update(manager: EntityManager, id: string, facts: ExitFacts, enrolmentStartedOn: string) {
    await manager.query(
      `/* correctExit */ UPDATE outcomes.exit_outcome SET exit_date = $2, destination = $3, further_destinations = $4, title = $5, sector = $6,
         qualification_gained = $7, enrolment_started_on = $8 WHERE id = $1`,
      [id, facts.exitDate, facts.destination, facts.furtherDestinations, facts.title, facts.sector, facts.qualificationGained, enrolmentStartedOn],
    );
    return manager.findOneByOrFail(ExitOutcomeEntity, { id });
  },
  /** Removes the exit and (cascading) its follow-ups; the exit_withdrawn trigger takes it out of the summaries. */
  async remove(manager: EntityManager, id: string) {
    await manager.query(`/* withdrawExit */ DELETE FROM outcomes.exit_outcome WHERE id = $1`, [id]);
  },
};
