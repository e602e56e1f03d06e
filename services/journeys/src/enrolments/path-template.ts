import { In, type EntityManager } from 'typeorm';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Phase } from '../vocabulary/phase.js';

/** A stretch of months of a project's path template and the phase a client should be in then. */
@Entity({ schema: 'journeys', name: 'path_template_phase' })
export class PathTemplatePhaseEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ name: 'from_month', type: 'integer' })
  fromMonth: number;

  @Column({ name: 'to_month', type: 'integer' })
  toMonth: number;

  @Column({ type: 'text' })
  phase: Phase;

  @Column({ type: 'text' })
  focus: string;
}

export const pathTemplateStore = {
  ofProjects(manager: EntityManager, projectIds: string[]) {
    return manager.find(PathTemplatePhaseEntity, { where: { projectId: In(projectIds) }, order: { fromMonth: 'ASC' } });
  },
};

/** Month of the path a day falls in: the start day begins month 1. */
export function monthOnPath(startedOn: string, today: string): number {
  const [y1, m1, d1] = startedOn.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = today.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0) + 1;
}

/** The template's stretch for a month, or null outside the template. */
export function templatePhaseFor(template: PathTemplatePhaseEntity[], month: number): PathTemplatePhaseEntity | null {
  return template.find((stretch) => month >= stretch.fromMonth && month <= stretch.toMonth) ?? null;
}

export const todayInFinland = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date());
