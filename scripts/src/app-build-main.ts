import { runMain } from '@polku/kit';
import { ensureAppBuilt } from './app-build.js';

// npm start runs this first: the gateway serves the web app from app/dist.
runMain(async () => {
  await ensureAppBuilt((message) => console.log(`• ${message}`));
});
