import { OrganisationStaffDocument } from '@polku/client';
import { useQuery } from '../api.js';
import { useMe } from '../App.js';
import { useI18n } from '../i18n.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';

/** The organisation's staff and their roles (an organisation admin's page). */
export function StaffPage() {
  const me = useMe();
  const { t, locale } = useI18n();
  const staff = useQuery(OrganisationStaffDocument, { slug: me.organisation.slug, locale });
  const people = staff.data?.organisation?.staff ?? [];
  return (
    <div>
      <h1>
        {t('staffTitle')}: {me.organisation.name}
      </h1>
      {staff.error !== undefined && <ErrorNotice error={staff.error} onRetry={staff.reload} />}
      {staff.loading && !staff.data && <Loading />}
      {staff.data && people.length === 0 && <Empty>{t('noStaff')}</Empty>}
      {people.length > 0 && (
        <TableScroll label={t('staffTitle')}>
          <table data-table="staff">
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('email')}</th>
                <th scope="col">{t('roles')}</th>
                <th scope="col">{t('active')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    {person.name}
                    <div className="note">{person.subject}</div>
                  </th>
                  <td>{person.titleLabel}</td>
                  <td>{person.email ?? '–'}</td>
                  <td>
                    <ul className="plain">
                      {person.roles.map((role, index) => (
                        <li key={index}>
                          {role.roleLabel}
                          {role.project ? `: ${role.project.name}` : ''}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{person.active ? t('yes') : t('no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
