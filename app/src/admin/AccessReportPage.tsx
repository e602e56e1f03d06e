import { ClientAccessReportDocument } from '@polku/client';
import { useQuery } from '../api.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { Empty, ErrorNotice, Loading, notFound, TableScroll } from '../ui/states.js';

const categoryField = {
  NAME: 'fieldfullName',
  BIRTH_YEAR: 'fieldbirthYear',
  MUNICIPALITY: 'fieldmunicipality',
  LANGUAGES: 'fieldlanguages',
  CONTACT: 'fieldcontact',
  EDUCATION: 'fieldeducationLevel',
  OBSTACLES: 'fieldobstacles',
} as const;

/** A client's access report (asiakastietolaki 703/2023 §11), laid out to print and hand over. */
export function AccessReportPage({ clientId }: { clientId: string }) {
  const { t, locale, formatDateTime } = useI18n();
  const report = useQuery(ClientAccessReportDocument, { clientId, locale });
  const data = report.data?.clientAccessReport;
  return (
    <div className="access-report">
      <p className="no-print">
        <Link to="/access-log">← {t('navAccessLog')}</Link>
      </p>
      {report.error !== undefined && <ErrorNotice error={report.error} onRetry={report.reload} />}
      {report.loading && !report.data && <Loading />}
      {report.data && !data && <ErrorNotice error={notFound} />}
      {data && (
        <>
          <h1>{t('accessReportTitle', { code: data.client.code })}</h1>
          <p>{t('accessReportLead', { organisation: data.client.organisation.name })}</p>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
          <h2>{t('readers')}</h2>
          {data.readers.length === 0 ? (
            <Empty>{t('noReaders')}</Empty>
          ) : (
            <TableScroll label={t('readers')}>
              <table data-table="readers">
                <thead>
                  <tr>
                    <th scope="col">{t('reader')}</th>
                    <th scope="col">{t('purpose')}</th>
                    <th scope="col">{t('reads')}</th>
                    <th scope="col">{t('fields')}</th>
                    <th scope="col">{t('firstRead')}</th>
                    <th scope="col">{t('lastRead')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.readers.map((reader, index) => (
                    <tr key={index}>
                      <th scope="row">
                        {reader.actorSubject}
                        <div className="note">{reader.actorOrganisation.name}</div>
                      </th>
                      <td>{reader.purposeLabel}</td>
                      <td>{reader.reads}</td>
                      <td>{reader.fields.join(', ')}</td>
                      <td>{formatDateTime(reader.firstReadAt)}</td>
                      <td>{formatDateTime(reader.lastReadAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <h2>{t('recipients')}</h2>
          {data.recipients.length === 0 ? (
            <Empty>{t('noRecipients')}</Empty>
          ) : (
            <TableScroll label={t('recipients')}>
              <table data-table="recipients">
                <thead>
                  <tr>
                    <th scope="col">{t('organisation')}</th>
                    <th scope="col">{t('fields')}</th>
                    <th scope="col">{t('sharedAtLabel')}</th>
                    <th scope="col">{t('consentWithdrawn')}</th>
                    <th scope="col">{t('consentExpires')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.recipients.map((recipient, index) => (
                    <tr key={index}>
                      <th scope="row">{recipient.organisation.name}</th>
                      <td>{recipient.dataCategories.map((category) => t(categoryField[category])).join(', ')}</td>
                      <td>{formatDateTime(recipient.sharedAt)}</td>
                      <td>{formatDateTime(recipient.consentWithdrawnAt) || '–'}</td>
                      <td>{formatDateTime(recipient.consentExpiresAt) || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </div>
  );
}
