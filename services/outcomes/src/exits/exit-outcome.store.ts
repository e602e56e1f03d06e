import { In, type EntityManager } from 'typeorm';
import { ExitOutcomeEntity } from './exit-outcome.entity.js';

export const exitOutcomeStore = {
  list(manager: EntityManager) {
    return manager.find(ExitOutcomeEntity, { order: { exitDate: 'DESC', id: 'ASC' } });
  },
  byIds(manager: EntityManager, ids: string[]) {
    return manager.findBy(ExitOutcomeEntity, { id: In(ids) });
  },
  ofEnrolments(manager: EntityManager, enrolmentIds: string[]) {
    return manager.findBy(ExitOutcomeEntity, { enrolmentId: In(enrolmentIds) });
  },
};
