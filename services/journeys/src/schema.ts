import { journeysRules } from './auth/rules.js';
import { buildSubgraph, type SubgraphContext } from '@polku/kit';
import { ClientDataReaderResolver, ClientDataRecipientResolver, PersonalDataAccessResolver } from './audit/audit.resolver.js';
import { ClientRightsResolver } from './client-rights/client-rights.resolver.js';
import { clientRightsRules } from './client-rights/client-rights.rules.js';
import { ClientResolver } from './clients/client.resolver.js';
import { ClientConsentsResolver, ConsentResolver } from './consents/consent.resolver.js';
import { EnrolmentResolver, PathTemplatePhaseResolver, ProjectEnrolmentsResolver } from './enrolments/enrolment.resolver.js';
import { Enrolment } from './enrolments/enrolment.type.js';
import { EnrolmentLinkageResolver } from './linkage/linkage.resolver.js';
import type { JourneysLoaders } from './loaders.js';
import {
  ActivityResolver,
  CoachingSessionResolver,
  EnrolmentPathResolver,
  GroupActivityResolver,
  InitialAssessmentResolver,
  PathContentResolver,
  ReportResolver,
} from './paths/path-content.resolver.js';
import { Organisation } from './references/organisation.reference.js';
import { Project } from './references/project.reference.js';
import { ServiceOffering } from './references/service-offering.reference.js';
import {
  EnrolmentReferralsResolver,
  OrganisationReferralsResolver,
  ProjectReferralsResolver,
  ReferralEventResolver,
  ReferralResolver,
  ServiceOfferingReferralsResolver,
} from './referrals/referral.resolver.js';

type Context = SubgraphContext<JourneysLoaders>;
const stub = (reference: { id: string }) => ({ id: reference.id });

export function buildJourneysSubgraph() {
  return buildSubgraph({
    rules: {
      ...journeysRules,
      Query: { ...journeysRules.Query, ...clientRightsRules.Query },
      Mutation: { ...journeysRules.Mutation, ...clientRightsRules.Mutation },
    },
    resolvers: [
      ClientResolver,
      ClientConsentsResolver,
      ConsentResolver,
      EnrolmentResolver,
      PathTemplatePhaseResolver,
      ProjectEnrolmentsResolver,
      EnrolmentLinkageResolver,
      EnrolmentPathResolver,
      PathContentResolver,
      GroupActivityResolver,
      ActivityResolver,
      InitialAssessmentResolver,
      CoachingSessionResolver,
      ReportResolver,
      ReferralResolver,
      ReferralEventResolver,
      EnrolmentReferralsResolver,
      OrganisationReferralsResolver,
      ProjectReferralsResolver,
      ServiceOfferingReferralsResolver,
      PersonalDataAccessResolver,
      ClientDataReaderResolver,
      ClientDataRecipientResolver,
      ClientRightsResolver,
    ],
    // Reachable only through federation: entered from the partners subgraph.
    orphanedTypes: [Project, Enrolment, Organisation, ServiceOffering],
    referenceResolvers: {
      Client: (reference: { id: string }, ctx: Context) => ctx.loaders.clientById.load(reference.id),
      Enrolment: (reference: { id: string }, ctx: Context) => ctx.loaders.enrolmentById.load(reference.id),
      Referral: (reference: { id: string }, ctx: Context) => ctx.loaders.referralById.load(reference.id),
      // Owned by partners; the reference itself is all this subgraph needs to add the caller's view.
      Project: stub,
      Organisation: stub,
      ServiceOffering: stub,
    },
  });
}
