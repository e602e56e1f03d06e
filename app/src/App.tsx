import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { AppMeDocument, type AppMeQuery } from '@polku/client';
import { useQuery } from './api.js';
import { useSession } from './auth/session.js';
import { LanguagePicker, useI18n } from './i18n.js';
import { Link, useRouter } from './router.js';
import { SignIn } from './SignIn.js';
import type { Strings } from './strings.js';
import { ErrorNotice, Loading } from './ui/states.js';
import { FiguresPage } from './figures/FiguresPage.js';
import { ClientsPage } from './coach/ClientsPage.js';
import { ClientPathPage } from './coach/ClientPathPage.js';
import { ReceivedReferralsPage } from './coach/ReceivedReferralsPage.js';
import { SentReferralsPage } from './coach/SentReferralsPage.js';
import { FollowUpsPage } from './coach/FollowUpsPage.js';
import { StaffPage } from './admin/StaffPage.js';
import { AccessLogPage } from './admin/AccessLogPage.js';
import { AccessReportPage } from './admin/AccessReportPage.js';
import { ImportPage } from './admin/ImportPage.js';

export type Me = AppMeQuery['me'];
const MeContext = createContext<Me | null>(null);
export const useMe = () => useContext(MeContext)!;

interface Page {
  path: string;
  label: keyof Strings;
  roles: string[];
}

/** The pages each role works on; the API decides what each may read, the menu only follows it. */
const pages: Page[] = [
  { path: '/figures', label: 'navFigures', roles: ['COORDINATOR', 'FUNDER'] },
  { path: '/clients', label: 'navClients', roles: ['COACH', 'ORG_ADMIN'] },
  { path: '/referrals/received', label: 'navReceived', roles: ['COACH', 'ORG_ADMIN'] },
  { path: '/referrals/sent', label: 'navSent', roles: ['COACH', 'ORG_ADMIN'] },
  { path: '/follow-ups', label: 'navFollowUps', roles: ['COACH', 'ORG_ADMIN'] },
  { path: '/staff', label: 'navStaff', roles: ['ORG_ADMIN'] },
  { path: '/import', label: 'navImport', roles: ['ORG_ADMIN'] },
  { path: '/access-log', label: 'navAccessLog', roles: ['ORG_ADMIN', 'DATA_PROTECTION_OFFICER'] },
];

export function App() {
  const session = useSession();
  const { t } = useI18n();
  if (session.status === 'starting') return <Loading />;
  if (session.status !== 'signedIn') return <SignIn />;
  return <SignedIn key={session.token} />;
}

function SignedIn() {
  const { locale } = useI18n();
  const me = useQuery(AppMeDocument, { locale });
  if (me.error) return <Shell>{<ErrorNotice error={me.error} onRetry={me.reload} />}</Shell>;
  if (!me.data) return <Loading />;
  return (
    <MeContext.Provider value={me.data.me}>
      <Shell>
        <Routes />
      </Shell>
    </MeContext.Provider>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const me = useContext(MeContext);
  const { path } = useRouter();
  const mine = pages.filter((page) => me?.roles.some((role) => page.roles.includes(role)));
  // Moving between pages puts the keyboard and screen reader at the new page's start.
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    main.current?.focus();
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          {t('appName')}
        </div>
        {me && (
          <nav aria-label={t('mainNavigation')}>
            <ul>
              {mine.map((page) => (
                <li key={page.path}>
                  <Link to={page.path} className={path.startsWith(page.path) ? 'active' : undefined}>
                    {t(page.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="account">
          <LanguagePicker />
          {me && (
            <span className="who">
              {me.staffMember?.name ?? me.subject} · {me.organisation.name}
            </span>
          )}
          <button type="button" onClick={session.signOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

function Routes() {
  const { path, navigate } = useRouter();
  const me = useMe();
  const { t } = useI18n();
  const mine = pages.filter((page) => me.roles.some((role) => page.roles.includes(role)));
  useEffect(() => {
    if ((path === '/' || path.startsWith('/auth/')) && mine[0]) navigate(mine[0].path);
  });
  const match = (pattern: RegExp) => path.match(pattern);
  let found: RegExpMatchArray | null;
  if (path === '/figures') return <FiguresPage />;
  if (path === '/clients') return <ClientsPage />;
  if ((found = match(/^\/clients\/([^/]+)$/))) return <ClientPathPage enrolmentId={decodeURIComponent(found[1]!)} />;
  if (path === '/referrals/received') return <ReceivedReferralsPage />;
  if (path === '/referrals/sent') return <SentReferralsPage />;
  if (path === '/follow-ups') return <FollowUpsPage />;
  if (path === '/staff') return <StaffPage />;
  if (path === '/import') return <ImportPage />;
  if (path === '/access-log') return <AccessLogPage />;
  if ((found = match(/^\/access-report\/([^/]+)$/))) return <AccessReportPage clientId={decodeURIComponent(found[1]!)} />;
  if (!mine[0]) return <p>{t('noPagesForRole')}</p>;
  if (path === '/' || path.startsWith('/auth/')) return <Loading />;
  return (
    <p>
      {t('pageNotFound')} <Link to={mine[0].path}>{t(mine[0].label)}</Link>
    </p>
  );
}
