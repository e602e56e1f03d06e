import { useSession } from './auth/session.js';
import { LanguagePicker, useI18n } from './i18n.js';
import { ErrorNotice } from './ui/states.js';

export function SignIn() {
  const { t } = useI18n();
  const session = useSession();
  const { config } = session;
  return (
    <div className="sign-in">
      <header className="sign-in-header">
        <LanguagePicker />
      </header>
      <main id="main" className="sign-in-main">
        <h1>{t('signInTitle')}</h1>
        <p>{t('signInLead')}</p>
        {session.error !== undefined && <ErrorNotice error={session.error} />}
        {session.status === 'signingIn' && <p role="status">{t('signingIn')}</p>}
        {config?.oidc && (
          <button type="button" className="primary" onClick={() => void session.signInWithProvider()} disabled={session.status === 'signingIn'}>
            {t('signInButton')}
          </button>
        )}
        {config?.devPersonas && (
          <section aria-labelledby="dev-users">
            <h2 id="dev-users">{t('signInDevTitle')}</h2>
            <p className="note">{t('signInDevLead')}</p>
            <ul className="personas">
              {config.devPersonas.map((persona) => (
                <li key={persona.subject}>
                  <button type="button" onClick={() => void session.signInAsDemoUser(persona.subject)} disabled={session.status === 'signingIn'}>
                    <strong>{persona.subject}</strong>
                    <span>
                      {persona.description} · {persona.roles.join(', ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {config && !config.oidc && !config.devPersonas && <p className="error-sentence">{t('signInNotConfigured')}</p>}
      </main>
    </div>
  );
}
