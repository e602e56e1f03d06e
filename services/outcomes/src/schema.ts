import { buildSubgraph, type SubgraphContext, type SubgraphDefinition } from '@polku/kit';
import { outcomesRules } from './auth/rules.js';
import { ClientRightsResolver } from './client-rights/client-rights.resolver.js';
import { clientRightsRules } from './client-rights/client-rights.rules.js';
import { BadgeAwardResolver, BadgeResolver, EnrolmentCompetencesResolver, QualificationUnitResolver } from './competences/competence.resolver.js';
import { ExitCorrectionResolver } from './exits/exit-correction.resolver.js';
import { EnrolmentExitResolver, ExitOutcomeResolver } from './exits/exit-outcome.resolver.js';
import { FollowUpResolver } from './follow-ups/follow-up.resolver.js';
import type { OutcomesLoaders } from './loaders.js';
import { EnrolmentParticipantResolver, ParticipantEntryResolver } from './participants/participant.resolver.js';
import { EnrolmentPlacementsResolver, PlacementResolver } from './placements/placement.resolver.js';
import { FeedbackSurveyResolver } from './surveys/survey.resolver.js';
import { ProjectMetricsResolver } from './metrics/metrics.resolver.js';
import { ProjectSettingsResolver } from './settings/project-settings.js';
import { StatisticsReleaseResolver } from './releases/release.resolver.js';
import {
  AssessmentResolver,
  DistanceTravelledResolver,
  EnrolmentSoftOutcomesResolver,
  InstrumentResolver,
  localiseInstrument,
} from './soft-outcomes/soft-outcome.resolver.js';

type Context = SubgraphContext<OutcomesLoaders>;

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
    StatisticsReleaseResolver,
    ClientRightsResolver,
    ParticipantEntryResolver,
    EnrolmentParticipantResolver,
    PlacementResolver,
    EnrolmentPlacementsResolver,
    BadgeResolver,
    BadgeAwardResolver,
    QualificationUnitResolver,
    EnrolmentCompetencesResolver,
    FeedbackSurveyResolver,
  ],
  referenceResolvers: {
    // Who may resolve each entity is in auth/rules.ts (`__resolveReference`).
    ExitOutcome: (reference: { id: string }, ctx: Context) => ctx.loaders.exitOutcomeById.load(reference.id),
    FollowUp: (reference: { id: string }, ctx: Context) => ctx.loaders.followUpById.load(reference.id),
    Assessment: (reference: { id: string }, ctx: Context) => ctx.loaders.assessmentById.load(reference.id),
    Instrument: async (reference: { id: string }, ctx: Context) => {
      const row = await ctx.loaders.instrumentById.load(reference.id);
      return row && localiseInstrument(row, ctx);
    },
    Placement: (reference: { id: string }, ctx: Context) => ctx.loaders.placementById.load(reference.id),
    Badge: (reference: { id: string }, ctx: Context) => ctx.loaders.badgeById.load(reference.id),
    BadgeAward: (reference: { id: string }, ctx: Context) => ctx.loaders.badgeAwardById.load(reference.id),
    QualificationUnit: (reference: { id: string }, ctx: Context) => ctx.loaders.qualificationUnitById.load(reference.id),
    // Enrolments live in journeys; the reference itself is all this subgraph needs.
    Enrolment: (reference: { id: string }) => ({ id: reference.id }),
  },
};

export function buildOutcomesSubgraph() {
  return buildSubgraph(outcomesDefinition);
}
