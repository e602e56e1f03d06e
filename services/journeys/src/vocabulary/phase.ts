import { type EnumLabels, registerLabelledEnum } from '@polku/kit';

/** Where a client is on the path. */
export enum Phase {
  INTAKE = 'INTAKE',
  ASSESSMENT = 'ASSESSMENT',
  COACHING = 'COACHING',
  TRANSITION = 'TRANSITION',
  EXITED = 'EXITED',
}

export const phaseLabels: EnumLabels<Phase> = {
  INTAKE: { FI: 'Aloitus', SV: 'Intag', EN: 'Intake' },
  ASSESSMENT: { FI: 'Alkukartoitus', SV: 'Kartläggning', EN: 'Assessment' },
  COACHING: { FI: 'Valmennus', SV: 'Coachning', EN: 'Coaching' },
  TRANSITION: { FI: 'Siirtymä jatkopolulle', SV: 'Övergång', EN: 'Transition' },
  EXITED: { FI: 'Päättynyt', SV: 'Avslutad', EN: 'Exited' },
};
registerLabelledEnum(Phase, 'Phase', "A phase of a client's path.", phaseLabels);

/**
 * The path moves forward one phase at a time; a client may leave (EXITED)
 * from any phase, because people drop out or find work early. Nothing leaves EXITED.
 */
const next: Record<Phase, Phase[]> = {
  INTAKE: [Phase.ASSESSMENT, Phase.EXITED],
  ASSESSMENT: [Phase.COACHING, Phase.EXITED],
  COACHING: [Phase.TRANSITION, Phase.EXITED],
  TRANSITION: [Phase.EXITED],
  EXITED: [],
};

export const canMovePhase = (from: Phase, to: Phase) => next[from].includes(to);
export const nextPhases = (from: Phase) => next[from];

/** The end report closes a path: written while the client is leaving or has left. */
export const isExiting = (phase: Phase) => phase === Phase.TRANSITION || phase === Phase.EXITED;
