import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { StartupError } from '@polku/kit';

/** The built web app (npm run build -w @polku/app writes it). */
export const defaultAppDistDir = fileURLToPath(new URL('../../app/dist', import.meta.url));

/** A person the development sign-in offers (never in production). */
export interface DemoPersona {
  subject: string;
  description: string;
  organisation: string;
  roles: string[];
}

/** Development only: demo people and a way to mint a token for one of them. */
export interface DevSignIn {
  personas: DemoPersona[];
  signIn(subject: string): Promise<string>;
}

/** Production sign-in: OpenID Connect Authorization Code with PKCE against this provider. */
export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
}

export interface AppServingOptions {
  distDir?: string;
  /** Development sign-in; ignored in production. */
  devSignIn?: DevSignIn;
  oidc?: OidcSettings;
}

/** OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_SCOPE: both of the first two, or neither. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | undefined {
  const authority = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!authority && !clientId) return undefined;
  if (!authority || !clientId) throw new StartupError('set both OIDC_ISSUER and OIDC_CLIENT_ID for the web app sign-in, or neither');
  if (!/^https?:\/\//.test(authority)) throw new StartupError(`OIDC_ISSUER must be an http(s) URL, not "${authority}"`);
  return { authority, clientId, scope: env.OIDC_SCOPE?.trim() || 'openid profile' };
}

/**
 * GATEWAY_DEV_SIGN_IN: when npm start runs the gateway as its own process, it
 * hands over the demo people and a token minted for each (JSON
 * `{ personas, tokens: { subject: token } }`). Development only; absent, the
 * app offers OIDC sign-in alone.
 */
export function devSignInFromEnv(env: NodeJS.ProcessEnv = process.env): DevSignIn | undefined {
  const given = env.GATEWAY_DEV_SIGN_IN;
  if (!given) return undefined;
  let parsed: { personas: DemoPersona[]; tokens: Record<string, string> };
  try {
    parsed = JSON.parse(given);
  } catch {
    throw new StartupError('GATEWAY_DEV_SIGN_IN is not valid JSON');
  }
  const tokens = new Map(Object.entries(parsed.tokens ?? {}));
  return {
    personas: parsed.personas ?? [],
    signIn: (subject) => (tokens.has(subject) ? Promise.resolve(tokens.get(subject)!) : Promise.reject(new Error(`no demo user ${subject}`))),
  };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The gateway's non-GraphQL routes: the web app's files at /, its settings
 * at /app-config.json, the development sign-in at /dev/sign-in and, in
 * development, GraphiQL at GET /graphql for browsers. Answers true when it
 * handled the request; the GraphQL endpoint gets everything else.
 */
export function appRoutes(options: AppServingOptions & { production: boolean; ideToken?: string }) {
  const distDir = normalize(options.distDir ?? defaultAppDistDir);
  const devSignIn = options.production ? undefined : options.devSignIn;
  const oidcOrigin = options.oidc ? new URL(options.oidc.authority).origin : '';
  // Same origin only: the token never goes anywhere else, and the page loads nothing from elsewhere.
  const securityHeaders = {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${oidcOrigin}`.trim(),
      `frame-src 'self' ${oidcOrigin}`.trim(),
      "img-src 'self' data:",
      "font-src 'self' data:",
      "worker-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "frame-ancestors 'self'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };

  // Hashed assets never change: each is compressed once.
  const gzipped = new Map<string, Buffer>();
  async function sendFile(response: ServerResponse, path: string, cache: string, transform?: (text: string) => string, acceptEncoding = '') {
    let body: Buffer | string = await readFile(path);
    if (transform) body = transform(body.toString('utf8'));
    const headers: Record<string, string> = { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream', 'cache-control': cache, vary: 'accept-encoding', ...securityHeaders };
    if (/\.(js|css|svg|json|map)$/.test(path) && !transform && /\bgzip\b/.test(acceptEncoding)) {
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
      body = gzipped.get(path)!;
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers);
    response.end(body);
  }

  async function sendPage(response: ServerResponse, name: string, transform?: (text: string) => string) {
    const path = join(distDir, name);
    if (!(await exists(path))) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The web app is not built. Run: npm run build -w @polku/app\n');
      return;
    }
    await sendFile(response, path, 'no-cache', transform);
  }

  function json(response: ServerResponse, status: number, body: unknown) {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders });
    response.end(JSON.stringify(body));
  }

  return async function handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
    const method = request.method ?? 'GET';
    const path = url.pathname;
    if (path === '/graphql') {
      // A browser opening /graphql gets the IDE in development; API calls pass through.
      const wantsPage = method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !url.searchParams.has('query') && !url.searchParams.has('documentId');
      if (!wantsPage || options.production) return false;
      await sendPage(response, 'graphiql.html', (html) => html.replace('<!--polku-ide-settings-->', ideSettingsTag(options.ideToken)));
      return true;
    }
    if (path === '/health') return false;
    // Development sign-in answers this machine only: `npm start` listens on every interface.
    const devSignInHere = devSignIn && isLoopback(request.socket.remoteAddress) ? devSignIn : undefined;
    if (path === '/app-config.json' && method === 'GET') {
      json(response, 200, {
        production: options.production,
        devPersonas: devSignInHere?.personas ?? null,
        oidc: options.oidc ?? null,
      });
      return true;
    }
    if (path === '/dev/sign-in') {
      if (!devSignInHere) return json(response, 404, { error: 'not found' }), true;
      // JSON only: a cross-site form cannot post it, and a cross-origin script needs a preflight we never answer.
      if (method !== 'POST' || !(request.headers['content-type'] ?? '').includes('application/json')) return json(response, 405, { error: 'POST JSON' }), true;
      const body = await readSmallJson(request);
      const subject = typeof body?.subject === 'string' ? body.subject : '';
      if (!devSignInHere.personas.some((persona) => persona.subject === subject)) return json(response, 400, { error: 'unknown demo user' }), true;
      json(response, 200, { token: await devSignInHere.signIn(subject) });
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (path.startsWith('/assets/') || path === '/favicon.svg' || path === '/auth/silent-renew.html') {
      const file = normalize(join(distDir, path));
      if (!file.startsWith(distDir + sep) || !(await exists(file))) return json(response, 404, { error: 'not found' }), true;
      await sendFile(response, file, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache', undefined, String(request.headers['accept-encoding'] ?? ''));
      return true;
    }
    // Any other page is one of the app's routes: the app decides what it shows.
    if ((request.headers.accept ?? '').includes('text/html') || path === '/') {
      await sendPage(response, 'index.html');
      return true;
    }
    return false;
  };
}

/** The IDE's settings as inert JSON in the page (no inline script runs). */
function ideSettingsTag(token: string | undefined): string {
  const settings = JSON.stringify({ headers: token ? { Authorization: `Bearer ${token}` } : {} }).replace(/</g, '\\u003c');
  return `<script type="application/json" id="polku-ide-settings">${settings}</script>`;
}

function isLoopback(address: string | undefined): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address ?? '');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false);
}

async function readSmallJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > 4096) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
