import { In, type EntityManager } from 'typeorm';
import { FollowUpEntity } from './follow-up.entity.js';

export const followUpStore = {
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(FollowUpEntity, { id: In(ids) });
  },
  ofExits(manager: EntityManager, exitIds: string[]) {
    return manager.find(FollowUpEntity, { where: { exitOutcomeId: In(exitIds) }, order: { dueOn: 'ASC', id: 'ASC' } });
  },
  /** The caller's organisation's open follow-ups past due, oldest first (index follow_up_open_idx). */
  overdue(manager: EntityManager, after: { dueOn: string; id: string } | undefined, limit: number): Promise<FollowUpEntity[]> {
    const query = manager
      .createQueryBuilder(FollowUpEntity, 'f')
      .where('f.completedOn IS NULL')
      .andWhere('f.dueOn < current_date')
      .orderBy('f.dueOn', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(f.dueOn, f.id) > (:dueOn, :id)', after);
    return query.getMany();
  },
};
