import type { EntityManager } from 'typeorm';
import type { ExitOutcomeEntity } from './exit-outcome.entity.js';
import { ExitCorrectionKind, type ExitCorrection, type ExitSnapshot } from './exit-correction.type.js';

export type ExitFacts = Pick<ExitOutcomeEntity, 'exitDate' | 'destination' | 'furtherDestinations' | 'title' | 'sector' | 'qualificationGained'>;

export const snapshotOf = (exit: ExitFacts): ExitSnapshot => ({
  exitDate: exit.exitDate,
  destination: exit.destination,
  furtherDestinations: exit.furtherDestinations,
  title: exit.title,
  sector: exit.sector,
  qualificationGained: exit.qualificationGained,
});

type Row = { id: string; seq: string; exitOutcomeId: string; kind: ExitCorrectionKind; reason: string; actorSubject: string; at: Date; before: ExitSnapshot; after: ExitSnapshot | null };
const columns = `id, seq::text AS seq, exit_outcome_id AS "exitOutcomeId", kind, reason, actor_subject AS "actorSubject", at, before, after`;

/**
 * The append-only correction history (outcomes.exit_correction). The row is
 * written in the same transaction as the change of the exit, before it: the
 * database refuses any change of an exit without one. Actor and organisation
 * come from the transaction (app.subject, app.org_id) and row level security
 * checks them.
 */
export const exitCorrectionStore = {
  async insert(manager: EntityManager, exit: ExitOutcomeEntity, kind: ExitCorrectionKind, reason: string, after: ExitFacts | null): Promise<ExitCorrection> {
    const rows: Row[] = await manager.query(
      `/* insertExitCorrection */
       INSERT INTO outcomes.exit_correction (org_id, exit_outcome_id, project_id, kind, reason, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
      [exit.orgId, exit.id, exit.projectId, kind, reason, JSON.stringify(snapshotOf(exit)), after && JSON.stringify(snapshotOf(after))],
    );
    return rows[0]!;
  },
  /** Corrections of these exits, oldest first. */
  ofExits(manager: EntityManager, exitIds: string[]): Promise<Row[]> {
    return manager.query(`/* correctionsOfExits */ SELECT ${columns} FROM outcomes.exit_correction WHERE exit_outcome_id = ANY($1) ORDER BY seq`, [exitIds]);
  },
  /** A page of the organisation's corrections, withdrawals included, latest first (keyset on exit_correction_list_idx). */
  page(manager: EntityManager, limit: number, afterSeq?: string): Promise<Row[]> {
    return manager.query(
      `/* exitCorrections */ SELECT ${columns} FROM outcomes.exit_correction WHERE ($2::bigint IS NULL OR seq < $2::bigint) ORDER BY seq DESC LIMIT $1`,
      [limit, afterSeq ?? null],
    );
  },
};
