import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The update policy lets the partner and the lead touch a partnership row;
 * this trigger says what each may do with it, so that a resolver bug cannot:
 * a partnership never changes project, organisation or role; only the invited
 * organisation accepts or declines; an accepted partner leaves by itself or
 * is ended by the project's lead.
 */
export class PartnershipMoves1732000000003 implements MigrationInterface {
  name = 'PartnershipMoves1732000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION partners.partnership_move_is_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor uuid := partners.acting_organisation();
        move text := OLD.status || '>' || NEW.status;
      BEGIN
        IF (NEW.project_id, NEW.organisation_id, NEW.role) IS DISTINCT FROM (OLD.project_id, OLD.organisation_id, OLD.role) THEN
          RAISE EXCEPTION 'a partnership keeps its project, organisation and role' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.status = OLD.status
          OR (actor = OLD.organisation_id AND move IN ('INVITED>ACCEPTED', 'INVITED>DECLINED', 'ACCEPTED>LEFT'))
          OR (move = 'ACCEPTED>LEFT' AND EXISTS (
                SELECT 1 FROM partners.project p WHERE p.id = OLD.project_id AND p.lead_organisation_id = actor))
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a partnership cannot move from % to % by this organisation', OLD.status, NEW.status USING ERRCODE = 'check_violation';
      END $$;
      CREATE TRIGGER partnership_move_is_allowed BEFORE UPDATE ON partners.project_partner
        FOR EACH ROW EXECUTE FUNCTION partners.partnership_move_is_allowed();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER partnership_move_is_allowed ON partners.project_partner;
      DROP FUNCTION partners.partnership_move_is_allowed();
    `);
  }
}
