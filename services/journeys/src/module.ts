import { WriteRules1739000000000 } from './db/migrations/1739000000000-write-rules.js';
import { ReferralIntegrity1732000000003 } from './db/migrations/1732000000003-referral-integrity.js';
import { EnrolmentDates1737000000000 } from './db/migrations/1737000000000-enrolment-dates.js';
import type { SubgraphModule } from '@polku/kit';
import { ClientRights1740000000000 } from './db/migrations/1740000000000-client-rights.js';
import { Linkage1743000000000 } from './db/migrations/1743000000000-linkage.js';
import { RetentionJob1743000000001 } from './db/migrations/1743000000001-retention-job.js';
import { LinkageAnswerLimit1743000000002 } from './db/migrations/1743000000002-linkage-answer-limit.js';
import { ClientEntity, ClientPersonalEntity } from './clients/client.entity.js';
import { ConsentEntity } from './consents/consent.entity.js';
import { ClientsAndEnrolments1732000000000 } from './db/migrations/1732000000000-clients-and-enrolments.js';
import { PathsConsentsReferrals1732000000001 } from './db/migrations/1732000000001-paths-consents-referrals.js';
import { PersonalDataAccess1732000000002 } from './db/migrations/1732000000002-personal-data-access.js';
import { EnrolmentEntity } from './enrolments/enrolment.entity.js';
import { PathTemplatePhaseEntity } from './enrolments/path-template.js';
import { createJourneysLoaders, type JourneysLoaders } from './loaders.js';
import {
  ActivityEntity,
  AssessmentEntity,
  CoachingSessionEntity,
  GoalEntity,
  GroupActivityEntity,
  GroupActivityParticipantEntity,
  ReportEntity,
} from './paths/path-content.entity.js';
import { buildJourneysSubgraph } from './schema.js';

/** The journeys subgraph: clients, their paths, consents and referrals between partners. */
export const journeysSubgraph: SubgraphModule<JourneysLoaders> = {
  name: 'journeys',
  defaultPort: 4002,
  database: {
    schema: 'journeys',
    appRole: 'journeys_app',
    entities: [
      ClientEntity,
      ClientPersonalEntity,
      ConsentEntity,
      EnrolmentEntity,
      PathTemplatePhaseEntity,
      AssessmentEntity,
      GoalEntity,
      CoachingSessionEntity,
      GroupActivityEntity,
      GroupActivityParticipantEntity,
      ActivityEntity,
      ReportEntity,
    ],
    migrations: [ClientsAndEnrolments1732000000000, PathsConsentsReferrals1732000000001, PersonalDataAccess1732000000002, ReferralIntegrity1732000000003, EnrolmentDates1737000000000, WriteRules1739000000000, ClientRights1740000000000, Linkage1743000000000, RetentionJob1743000000001, LinkageAnswerLimit1743000000002],
  },
  build: buildJourneysSubgraph,
  createLoaders: createJourneysLoaders,
};
