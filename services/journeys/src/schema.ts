import { journeysRules } from './auth/rules.js';
import { buildSubgraph, type SubgraphContext } from '@polku/kit';
import { ClientResolver } from './clients/client.resolver.js';
import { EnrolmentResolver, ProjectEnrolmentsResolver } from './enrolments/enrolment.resolver.js';
import { Enrolment } from './enrolments/enrolment.type.js';
import type { JourneysLoaders } from './loaders.js';
import { Project } from './references/project.reference.js';

type Context = SubgraphContext<JourneysLoaders>;

export function buildJourneysSubgraph() {
  return buildSubgraph({
    rules: journeysRules,
    resolvers: [ClientResolver, EnrolmentResolver, ProjectEnrolmentsResolver],
    // Reachable only through federation: Project is entered from the partners subgraph.
    orphanedTypes: [Project, Enrolment],
    referenceResolvers: {
      Client: (reference: { id: string }, ctx: Context) => ctx.loaders.clientById.load(reference.id),
      Enrolment: (reference: { id: string }, ctx: Context) => ctx.loaders.enrolmentById.load(reference.id),
      // Projects live in partners; the reference itself is all this subgraph needs.
      Project: (reference: { id: string }) => ({ id: reference.id }),
    },
  });
}
