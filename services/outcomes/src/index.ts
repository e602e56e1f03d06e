export { outcomesSubgraph } from './module.js';
