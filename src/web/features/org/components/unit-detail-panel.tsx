// One unit as of a date: its fields, place in the tree, sub-units, posts and holders, history.
import { DashboardOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { OrgUnitNode } from '../../../../contracts/org.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { ResponsibilitiesCard } from '../../../components/responsibilities/responsibilities-card.js';
import { UnitExemplarsCard } from '../../../components/training/person-exemplars-card.js';
import { useUnitDetail } from '../../../lib/api/org.js';
import { useCurrentUser } from '../../../lib/session.js';
import { UnitActions } from './unit-actions.js';
import { UnitHistory } from './unit-history.js';
import { UnitPosts } from './unit-posts.js';

interface Props {
  unitId: string;
  asOf: string;
  asOfInUrl?: string;
  /** May return a promise: the panel refreshes once both are done. */
  onChanged: () => unknown;
  onLoaded: (ancestorIds: string[]) => void;
  onNavigate: (unitId: string) => void;
}

export function UnitDetailPanel({ unitId, asOf, asOfInUrl, onChanged, onLoaded, onNavigate }: Props) {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const { data, error, isPending, refetch } = useUnitDetail(unitId, asOf);
  const loadedId = data?.unit.id;
  const ancestors = data?.breadcrumb.map((b) => b.id).join(',');
  useEffect(() => {
    if (loadedId && ancestors !== undefined) onLoaded(ancestors ? ancestors.split(',') : []);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- onLoaded is a fresh closure each render; only a new unit or path should open branches
  }, [loadedId, ancestors]);

  if (isPending) {
    return (
      <Card>
        <Spin />
      </Card>
    );
  }
  if (error) return <ErrorAlert error={error} />;

  const { unit } = data;
  const closed = unit.validTo !== null && unit.validTo <= asOf;
  const notYet = unit.validFrom > asOf;
  const unitLink = (id: string) => paths.org(id, asOfInUrl);

  return (
    <Card
      title={
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
            {unit.name}
          </Typography.Title>
          <Tag>{tx(`orgKind.${unit.kind}`, unit.kind)}</Tag>
        </Flex>
      }
      extra={
        <Link to={paths.unitDashboard(unit.id)}>
          <DashboardOutlined /> {t('dashboard.title')}
        </Link>
      }
    >
      {data.breadcrumb.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            ...data.breadcrumb.map((b) => ({ key: b.id, title: b.inScope ? <Link to={unitLink(b.id)}>{b.name}</Link> : b.name })),
            { key: unit.id, title: unit.name },
          ]}
        />
      ) : null}
      {closed ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('org.unit.closedOn', { date: formatDate(unit.validTo) })} />
      ) : null}
      {notYet ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('org.unit.opensOn', { date: formatDate(unit.validFrom) })} />
      ) : null}
      <UnitActions detail={data} asOf={asOf} onChanged={() => void Promise.all([refetch(), onChanged()])} onNavigate={onNavigate} />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('org.unit.name'), children: unit.name },
          { key: 'short', label: t('org.unit.shortName'), children: unit.shortName ?? t('common.empty') },
          { key: 'kind', label: t('org.unit.kind'), children: tx(`orgKind.${unit.kind}`, unit.kind) },
          {
            key: 'people',
            label: t('org.unit.peopleCount'),
            children: <Link to={paths.people({ unitId: unit.id })}>{t('org.unit.peopleLink', { count: data.peopleCount })}</Link>,
          },
          { key: 'from', label: t('org.unit.validFrom'), children: formatDate(unit.validFrom) },
          { key: 'to', label: t('org.unit.validTo'), children: unit.validTo ? formatDate(unit.validTo) : t('org.unit.stillOpen') },
        ]}
      />
      <Typography.Title level={3} style={sectionTitle}>
        {t('org.children.title')}
      </Typography.Title>
      <ResponsiveTable<OrgUnitNode>
        size="small"
        rowKey="id"
        dataSource={data.children}
        pagination={data.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('org.children.empty') }}
        columns={[
          { key: 'name', title: t('org.unit.name'), render: (_, c) => <Link to={unitLink(c.id)}>{c.name}</Link> },
          { key: 'kind', title: t('org.unit.kind'), render: (_, c) => tx(`orgKind.${c.kind}`, c.kind) },
          { key: 'from', title: t('org.unit.validFrom'), render: (_, c) => formatDate(c.validFrom), width: 130 },
          { key: 'count', title: t('org.children.subUnits'), dataIndex: 'childCount', width: 120, align: 'right' },
        ]}
      />
      <UnitPosts unitId={unit.id} posts={data.posts} canAdd={data.actions.addPost} asOf={asOf} onChanged={() => void refetch()} />
      <ResponsibilitiesCard bare unit={{ id: unit.id, name: unit.name }} />
      {/* The register is read only by roles holding exemplars.read (asking otherwise answers 403). */}
      {me.can.readExemplars ? <UnitExemplarsCard unitId={unit.id} /> : null}
      <UnitHistory history={data.history} unitLink={unitLink} />
    </Card>
  );
}

export const sectionTitle: React.CSSProperties = { fontSize: 16, marginTop: 24 };
