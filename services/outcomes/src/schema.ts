import { buildSubgraph, type SubgraphContext, type SubgraphDefinition } from '@polku/kit';
import { isOrganisationStaff, outcomesRules } from './auth/rules.js';
import { ClientRightsResolver } from './client-rights/client-rights.resolver.js';
import { clientRightsRules } from './client-rights/client-rights.rules.js';
import { ExitCorrectionResolver } from './exits/exit-correction.resolver.js';
import { EnrolmentExitResolver, ExitOutcomeResolver } from './exits/exit-outcome.resolver.js';
import { FollowUpResolver } from './follow-ups/follow-up.resolver.js';
import type { OutcomesLoaders } from './loaders.js';
import { ProjectMetricsResolver } from './metrics/metrics.resolver.js';
import { ProjectSettingsResolver } from './settings/project-settings.js';
import {
  AssessmentResolver,
  DistanceTravelledResolver,
  EnrolmentSoftOutcomesResolver,
  InstrumentResolver,
  localiseInstrument,
} from './soft-outcomes/soft-outcome.resolver.js';

type Context = SubgraphContext<OutcomesLoaders>;

/**
 * Row-level entities resolve only for organisation staff: a COORDINATOR or
 * FUNDER sees pooled aggregates, never a client's exit, follow-up or
 * assessment, not even of their own organisation.
 */
const staffOnly =
  <T>(load: (id: string, ctx: Context) => Promise<T>) =>
  (reference: { id: string }, ctx: Context) =>
    isOrganisationStaff(ctx.caller) ? load(reference.id, ctx) : null;

/** The subgraph's parts; `npm run bench` builds it once more without `rules` to measure what they cost. */
export const outcomesDefinition: SubgraphDefinition = {
  rules: {
    ...outcomesRules,
    Query: { ...outcomesRules.Query, ...clientRightsRules.Query },
    Mutation: { ...outcomesRules.Mutation, ...clientRightsRules.Mutation },
  },
  resolvers: [
    ExitOutcomeResolver,
    ExitCorrectionResolver,
    EnrolmentExitResolver,
    FollowUpResolver,
    InstrumentResolver,
    AssessmentResolver,
    DistanceTravelledResolver,
    EnrolmentSoftOutcomesResolver,
    ProjectSettingsResolver,
    ProjectMetricsResolver,
    ClientRightsResolver,
  ],
  referenceResolvers: {
    ExitOutcome: staffOnly((id, ctx) => ctx.loaders.exitOutcomeById.load(id)),
    FollowUp: staffOnly((id, ctx) => ctx.loaders.followUpById.load(id)),
    Assessment: staffOnly((id, ctx) => ctx.loaders.assessmentById.load(id)),
    Instrument: async (reference: { id: string }, ctx: Context) => {
      const row = await ctx.loaders.instrumentById.load(reference.id);
      return row && localiseInstrument(row, ctx);
    },
    // Enrolments live in journeys; the reference itself is all this subgraph needs.
    Enrolment: (reference: { id: string }) => ({ id: reference.id }),
  },
};

export function buildOutcomesSubgraph() {
  return buildSubgraph(outcomesDefinition);
}
