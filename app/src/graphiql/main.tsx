import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

// The development IDE at /graphql: GraphiQL from npm, bundled, with a demo
// user's token that the gateway writes into the page (development only).
const settings = JSON.parse(document.getElementById('polku-ide-settings')?.textContent ?? '{}') as { headers?: Record<string, string> };
// The token goes with every request (introspection too); the headers editor shows it and may override it.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.origin).toString(), headers: settings.headers });

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} initialHeaders={JSON.stringify(settings.headers ?? {}, null, 2)} isHeadersEditorEnabled shouldPersistHeaders={false} />,
);
