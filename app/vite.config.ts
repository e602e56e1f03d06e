import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The web app and, for development, GraphiQL: plain static files in dist/,
 * served by the gateway. Everything is bundled; the pages load nothing from
 * another origin.
 */
export default defineConfig({
  plugins: [react()],
  // Workspace packages (@polku/client) resolve to their TypeScript sources.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    sourcemap: true,
    // GraphiQL's editor (Monaco) is large; it is its own page and never loads with the app.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { app: 'index.html', graphiql: 'graphiql.html', silentRenew: 'auth/silent-renew.html' },
      // GraphiQL's React compiler directives ("use no memo") mean nothing to the bundle: not worth a warning each.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // `npm run dev -w @polku/app` with `npm start` running: the API and sign-in come from the gateway.
  server: {
    proxy: Object.fromEntries(['/graphql', '/app-config.json', '/dev/sign-in'].map((path) => [path, 'http://localhost:4000'])),
  },
});
