import { ClientRights1740000000000 } from './db/migrations/1740000000000-client-rights.js';
import { Imports1746000000000 } from './db/migrations/1746000000000-imports.js';
import { PersonalDataAccess1747000000000 } from './db/migrations/1747000000000-personal-data-access.js';
import { ExitIntegrity1737000000000 } from './db/migrations/1737000000000-exit-integrity.js';
import { WriteRules1739000000000 } from './db/migrations/1739000000000-write-rules.js';
import { PlacementsCompetences1742000000000 } from './db/migrations/1742000000000-placements-competences.js';
import { MentoringNorm1742000000001 } from './db/migrations/1742000000001-mentoring-norm.js';
import { DefinedInstruments1742000000002 } from './db/migrations/1742000000002-defined-instruments.js';
import { FeedbackSurveys1742000000003 } from './db/migrations/1742000000003-feedback-surveys.js';
import { FurtherDestinationReleases1741000000000 } from './db/migrations/1741000000000-further-destination-releases.js';
import { Participants1743000000000 } from './db/migrations/1743000000000-participants.js';
import { ParticipantReleases1743000000001 } from './db/migrations/1743000000001-participant-releases.js';
import { SuppressionFloor1736000000000 } from './db/migrations/1736000000000-suppression-floor.js';
import { StatisticsReleases1738000000000 } from './db/migrations/1738000000000-statistics-releases.js';
import { ExitListIndex1735000000000 } from './db/migrations/1735000000000-exit-list-index.js';
import type { SubgraphModule } from '@polku/kit';
import { ExitOutcomes1732000000000 } from './db/migrations/1732000000000-exit-outcomes.js';
import { OutcomesModel1733000000000 } from './db/migrations/1733000000000-outcomes-model.js';
import { PooledSummaries1734000000000 } from './db/migrations/1734000000000-pooled-summaries.js';
import { ExitOutcomeEntity } from './exits/exit-outcome.entity.js';
import { FollowUpEntity } from './follow-ups/follow-up.entity.js';
import { createOutcomesLoaders, type OutcomesLoaders } from './loaders.js';
import { startReleaseSchedule } from './releases/release.schedule.js';
import { buildOutcomesSubgraph } from './schema.js';

/** The outcomes subgraph: exits, follow-ups, soft outcomes and pooled metrics. */
export const outcomesSubgraph: SubgraphModule<OutcomesLoaders> = {
  name: 'outcomes',
  defaultPort: 4003,
  database: {
    schema: 'outcomes',
    appRole: 'outcomes_app',
    entities: [ExitOutcomeEntity, FollowUpEntity],
    migrations: [ExitOutcomes1732000000000, OutcomesModel1733000000000, PooledSummaries1734000000000, ExitListIndex1735000000000, SuppressionFloor1736000000000, ExitIntegrity1737000000000, StatisticsReleases1738000000000, WriteRules1739000000000, ClientRights1740000000000, FurtherDestinationReleases1741000000000, PlacementsCompetences1742000000000, MentoringNorm1742000000001, DefinedInstruments1742000000002, FeedbackSurveys1742000000003, Participants1743000000000, ParticipantReleases1743000000001, Imports1746000000000, PersonalDataAccess1747000000000],
  },
  build: buildOutcomesSubgraph,
  createLoaders: createOutcomesLoaders,
  // The default statistics release schedule (docs/disclosure-control.md).
  background: startReleaseSchedule,
};
