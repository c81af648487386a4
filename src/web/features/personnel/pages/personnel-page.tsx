// Personnel decisions: a unit's proposals (the organising body proposes, the standing committee decides)
// and the dashboards at a date. The units offered are the account's bindings with a personnel role.
import { Button, Flex, Select, Spin, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { rolesOf } from '../../../../contracts/permissions.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { PROPOSALS_PAGE, useDashboard, useProposals } from '../api/personnel.js';
import { PersonnelDashboardView } from '../components/personnel-dashboard.js';

const ROLES: readonly string[] = rolesOf('personnel.read');
const OUTCOME_COLOUR = { pass: 'green', warn: 'gold', fail: 'red' } as const;
const STATUS_COLOUR = { proposed: 'blue', approved: 'green', rejected: 'default' } as const;
const STATUSES = ['proposed', 'approved', 'rejected'] as const;
const KINDS = ['appointment', 'nomination', 'reappointment', 'rotation', 'transfer', 'secondment', 'removal', 'dismissal'] as const;

export default function PersonnelPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const units = [...new Map(me.roles.filter((r) => ROLES.includes(r.role)).map((r) => [r.unitId, r.unitName])).entries()];
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const tab = params.get('tab') ?? 'proposals';
  const asOf = params.get('asOf') ?? today();
  const page = Number(params.get('page') ?? '1') || 1;
  const status = STATUSES.find((s) => s === params.get('status'));
  const kind = KINDS.find((k) => k === params.get('kind'));
  const list = useProposals(unitId, page, { status, kind });
  const dash = useDashboard(tab === 'dashboard' ? unitId : undefined, asOf);
  // An emptied filter leaves the address.
  const set = (patch: Record<string, string>) =>
    setParams(Object.fromEntries(Object.entries({ ...Object.fromEntries(params), ...patch }).filter(([, v]) => v !== '')));

  return (
    <>
      <PageHeader
        title={t('personnel.title')}
        subtitle={t('personnel.subtitle')}
        extra={
          list.data?.actions.propose && unitId ? (
            <Button type="primary" onClick={() => void navigate(paths.personnelNew({ unitId }))}>
              {t('personnel.new')}
            </Button>
          ) : null
        }
      />
      {units.length === 0 ? <Typography.Paragraph>{t('personnel.noUnit')}</Typography.Paragraph> : null}
      {units.length > 1 ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
          <label htmlFor="personnel-unit">{t('personnel.unit')}</label>
          <Select
            id="personnel-unit"
            style={{ minWidth: 260, maxWidth: '100%' }}
            value={unitId}
            options={units.map(([value, label]) => ({ value, label }))}
            onChange={(v: string) => set({ unitId: v, page: '1' })}
          />
        </Flex>
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k })}
        items={[
          {
            key: 'proposals',
            label: t('personnel.proposals'),
            children: (
              <>
                <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
                  <Select
                    allowClear
                    aria-label={t('personnel.status')}
                    placeholder={t('personnel.filter.anyStatus')}
                    style={{ minWidth: 180 }}
                    value={status ?? null}
                    options={STATUSES.map((s) => ({ value: s, label: t(`personnel.status.${s}`) }))}
                    onChange={(v: string | undefined) => set({ status: v ?? '', page: '1' })}
                  />
                  <Select
                    allowClear
                    aria-label={t('personnel.kind')}
                    placeholder={t('personnel.filter.anyKind')}
                    style={{ minWidth: 180 }}
                    value={kind ?? null}
                    options={KINDS.map((k) => ({ value: k, label: t(`personnel.kind.${k}`) }))}
                    onChange={(v: string | undefined) => set({ kind: v ?? '', page: '1' })}
                  />
                </Flex>
                <ErrorAlert error={list.error} />
                <ResponsiveTable
                  loading={list.isLoading}
                  rowKey="id"
                  dataSource={list.data?.items ?? []}
                  pagination={{
                    current: page,
                    pageSize: PROPOSALS_PAGE,
                    total: list.data?.total ?? 0,
                    showSizeChanger: false,
                    hideOnSinglePage: true,
                    onChange: (p) => set({ page: String(p) }),
                  }}
                  locale={{ emptyText: t('personnel.noProposal') }}
                  columns={[
                    {
                      key: 'person',
                      title: t('personnel.person'),
                      render: (_, r) => <Link to={paths.personnelProposal(r.id)}>{r.person.name}</Link>,
                    },
                    { key: 'kind', title: t('personnel.kind'), render: (_, r) => t(`personnel.kind.${r.kind}`) },
                    { key: 'post', title: t('personnel.post'), render: (_, r) => [r.post, r.unit].filter(Boolean).join(' · ') },
                    { key: 'effective', title: t('personnel.effectiveDate'), render: (_, r) => formatDate(r.effectiveDate) },
                    {
                      key: 'status',
                      title: t('personnel.status'),
                      render: (_, r) => (
                        <Flex gap={4} wrap>
                          <Tag color={STATUS_COLOUR[r.status]}>{t(`personnel.status.${r.status}`)}</Tag>
                          <Tag color={OUTCOME_COLOUR[r.outcome]}>{t(`personnel.outcome.${r.outcome}`)}</Tag>
                        </Flex>
                      ),
                    },
                    { key: 'decision', title: t('personnel.decisionRef'), render: (_, r) => r.decisionRef ?? '' },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'dashboard',
            label: t('personnel.dashboard'),
            children: (
              <>
                <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
                  <label htmlFor="personnel-asof">{t('personnel.asOf')}</label>
                  <DateInput id="personnel-asof" value={asOf} allowClear={false} onChange={(v) => v && set({ asOf: v })} />
                </Flex>
                <ErrorAlert error={dash.error} />
                {dash.isLoading ? <Spin /> : null}
                {dash.data ? <PersonnelDashboardView data={dash.data} /> : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
