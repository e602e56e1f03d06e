import { describe, expect, it } from 'vitest';
import { canMovePhase, Phase } from '../vocabulary/phase.js';
import { monthOnPath, templatePhaseFor, type PathTemplatePhaseEntity } from './path-template.js';

const tekijanPolku = [
  { fromMonth: 1, toMonth: 1, phase: Phase.INTAKE },
  { fromMonth: 2, toMonth: 3, phase: Phase.ASSESSMENT },
  { fromMonth: 4, toMonth: 8, phase: Phase.COACHING },
  { fromMonth: 9, toMonth: 12, phase: Phase.TRANSITION },
] as PathTemplatePhaseEntity[];

describe('path template', () => {
  it('counts months from the start day', () => {
    expect(monthOnPath('2025-01-07', '2025-01-07')).toBe(1);
    expect(monthOnPath('2025-01-07', '2025-02-06')).toBe(1);
    expect(monthOnPath('2025-01-07', '2025-02-07')).toBe(2);
    expect(monthOnPath('2025-01-07', '2025-12-19')).toBe(12);
    expect(monthOnPath('2025-11-30', '2026-01-01')).toBe(2);
  });

  it('finds the phase a client should be in', () => {
    expect(templatePhaseFor(tekijanPolku, 1)?.phase).toBe(Phase.INTAKE);
    expect(templatePhaseFor(tekijanPolku, 6)?.phase).toBe(Phase.COACHING);
    expect(templatePhaseFor(tekijanPolku, 12)?.phase).toBe(Phase.TRANSITION);
    expect(templatePhaseFor(tekijanPolku, 13)).toBeNull();
  });
});

describe('phase state machine', () => {
  it('moves forward one phase at a time, allows leaving early, and never leaves EXITED', () => {
    expect(canMovePhase(Phase.INTAKE, Phase.ASSESSMENT)).toBe(true);
    expect(canMovePhase(Phase.INTAKE, Phase.COACHING)).toBe(false);
    expect(canMovePhase(Phase.COACHING, Phase.ASSESSMENT)).toBe(false);
    expect(canMovePhase(Phase.ASSESSMENT, Phase.EXITED)).toBe(true);
    expect(canMovePhase(Phase.EXITED, Phase.INTAKE)).toBe(false);
    expect(canMovePhase(Phase.TRANSITION, Phase.TRANSITION)).toBe(false);
  });
});
