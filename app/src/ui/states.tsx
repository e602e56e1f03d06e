import type { ReactNode } from 'react';
import { PolkuRequestError } from '@polku/client';
import type { Strings } from '../strings.js';
import { useI18n } from '../i18n.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

const knownCodes = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'PERSISTED_QUERY_NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED'];

/**
 * An error from the API as a plain sentence in the chosen language; the
 * stable extensions.code (and the API's own message) stay in a detail line
 * for whoever helps the user.
 */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  let code = 'NETWORK';
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof PolkuRequestError) {
    code = error.code ?? (error.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
    message = error.errors.map((entry) => entry.message).join('; ');
  }
  const sentence = knownCodes.includes(code) ? t(`error${code}` as keyof Strings) : code === 'NETWORK' ? t('errorNETWORK') : t('errorOTHER');
  return (
    <div className="error" role="alert">
      <p className="error-sentence">{sentence}</p>
      <p className="error-detail">
        {t('errorDetail', { code })}
        {message ? ` — ${message}` : ''}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** What the API says, in its own terms, when a read finds nothing (null): shown like any NOT_FOUND. */
export const notFound = new PolkuRequestError(200, [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }], null);

/** Wide tables scroll sideways on a phone; the region is focusable so keyboards can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
