export { startGateway, type GatewayOptions } from './gateway.js';
