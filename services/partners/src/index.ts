export { partnersSubgraph } from './module.js';
