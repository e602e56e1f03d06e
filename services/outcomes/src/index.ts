export { outcomesSubgraph } from './module.js';
export { ExitDestination, EmployerSector, isQualityPath, allDestinations } from './exits/exit-destination.js';
export { polunAskeleet } from './soft-outcomes/polun-askeleet.js';
export { outcomesDefinition } from './schema.js';
export { createOutcomesLoaders } from './loaders.js';
export { clientRightsStore as outcomesClientRightsStore } from './client-rights/client-rights.store.js';
export { exitRowProblems, followUpRowProblems } from './imports/import.rules.js';
