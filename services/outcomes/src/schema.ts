import { outcomesRules } from './auth/rules.js';
import { buildSubgraph, type SubgraphContext } from '@polku/kit';
import { EnrolmentExitResolver, ExitOutcomeResolver } from './exits/exit-outcome.resolver.js';
import type { OutcomesLoaders } from './loaders.js';

type Context = SubgraphContext<OutcomesLoaders>;

export function buildOutcomesSubgraph() {
  return buildSubgraph({
    rules: outcomesRules,
    resolvers: [ExitOutcomeResolver, EnrolmentExitResolver],
    referenceResolvers: {
      ExitOutcome: (reference: { id: string }, ctx: Context) => ctx.loaders.exitOutcomeById.load(reference.id),
      // Enrolments live in journeys; the reference itself is all this subgraph needs.
      Enrolment: (reference: { id: string }) => ({ id: reference.id }),
    },
  });
}
