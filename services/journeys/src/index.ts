export { journeysSubgraph } from './module.js';
