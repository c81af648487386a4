// Read-only sections of a person record.
import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PersonDetail } from '../../../../contracts/people.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { useCadreGroupName } from '../../../lib/api/cadre-groups.js';
import { ageOn, formatDate } from '../../../lib/dates.js';

const dash = (v: ReactNode) => (v === null || v === undefined || v === '' ? '—' : v);

function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

export function PersonalSection({ p }: { p: PersonDetail }) {
  const { t, tx } = useI18n();
  const groupName = useCadreGroupName();
  const items = [
    { key: 'name', label: t('people.field.fullName'), children: p.fullName },
    { key: 'gender', label: t('people.field.gender'), children: tx(`gender.${p.gender}`, p.gender) },
    {
      key: 'dob',
      label: t('people.field.dateOfBirth'),
      children: `${formatDate(p.dateOfBirth)} (${t('people.age', { age: ageOn(p.dateOfBirth) })})`,
    },
    { key: 'birthplace', label: t('people.field.birthplace'), children: dash(p.birthplace?.path) },
    { key: 'hometown', label: t('people.field.hometown'), children: dash(p.hometown?.path) },
    { key: 'ethnicity', label: t('people.field.ethnicity'), children: dash(p.ethnicity) },
    { key: 'religion', label: t('people.field.religion'), children: p.religion || t('people.noReligion') },
    ...(p.citizenIdVisible ? [{ key: 'citizenId', label: t('people.field.citizenId'), children: dash(p.citizenId) }] : []),
    { key: 'kind', label: t('people.field.kind'), children: tx(`personKind.${p.kind}`, p.kind) },
    { key: 'group', label: t('people.field.cadreGroup'), children: dash(groupName(p.cadreGroup)) },
    { key: 'unit', label: t('people.field.unit'), children: <Link to={paths.org(p.unitId)}>{p.unitName}</Link> },
    { key: 'phone', label: t('people.field.phone'), children: dash(p.phone) },
    { key: 'email', label: t('people.field.email'), children: dash(p.email) },
  ];
  return (
    <Section title={t('people.section.personal')}>
      <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }} items={items} />
    </Section>
  );
}

export function QualificationsSection({ p }: { p: PersonDetail }) {
  const { t } = useI18n();
  return (
    <Section title={t('people.section.qualifications')}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2 }}
        items={[
          { key: 'edu', label: t('people.field.educationLevel'), children: dash(p.educationLevel) },
          { key: 'prof', label: t('people.field.professionalQualification'), children: dash(p.professionalQualification) },
          { key: 'pol', label: t('people.field.politicalTheoryLevel'), children: dash(p.politicalTheoryLevel) },
          { key: 'state', label: t('people.field.stateManagementLevel'), children: dash(p.stateManagementLevel) },
        ]}
      />
    </Section>
  );
}

export function PartySection({ p }: { p: PersonDetail }) {
  const { t } = useI18n();
  const status = p.partyFullDate ? t('people.party.full') : p.partyAdmissionDate ? t('people.party.probationary') : t('people.party.none');
  return (
    <Section title={t('people.section.party')}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 3 }}
        items={[
          { key: 'status', label: t('people.party.status'), children: status },
          { key: 'admission', label: t('people.field.partyAdmissionDate'), children: dash(formatDate(p.partyAdmissionDate)) },
          { key: 'full', label: t('people.field.partyFullDate'), children: dash(formatDate(p.partyFullDate)) },
        ]}
      />
    </Section>
  );
}

export function RetirementSection({ p }: { p: PersonDetail }) {
  const { t } = useI18n();
  const years = Math.floor(p.retirement.ageMonths / 12);
  const months = p.retirement.ageMonths % 12;
  return (
    <Section title={t('people.section.retirement')}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 3 }}
        items={[
          { key: 'date', label: t('people.field.retirementDate'), children: formatDate(p.retirement.date) },
          {
            key: 'age',
            label: t('people.retirement.age'),
            children: months ? t('people.retirement.yearsMonths', { years, months }) : t('people.retirement.years', { years }),
          },
          { key: 'rule', label: t('people.retirement.rule'), children: p.retirement.rule },
        ]}
      />
    </Section>
  );
}

export function ResidenceSection({ p, extra }: { p: PersonDetail; extra?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Section title={t('people.section.residence')} extra={extra}>
      {p.residences.length === 0 ? (
        <Typography.Text type="secondary">{t('people.residence.empty')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {p.residences.map((r) => (
            <li key={r.id}>
              {[r.address, r.adminUnit?.path].filter(Boolean).join(', ') || '—'}{' '}
              <Typography.Text type="secondary">
                ({t('common.fromTo', { from: formatDate(r.validFrom), to: r.validTo ? formatDate(r.validTo) : t('common.present') })})
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export { Section };
