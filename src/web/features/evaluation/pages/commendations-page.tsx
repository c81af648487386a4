// Commendation suggestions (Quy định 366-QĐ/TW: HTXS in the year → grassroots certificate of merit;
// five years running → the province's) for the organising body and the standing committee: the
// persons and collectives under a unit rated HTXS in a year, with the suggestion and its rule.
import { Card, Flex, Grid, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { CommendationItem } from '../../../../contracts/evaluation-reports.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { useCommendations } from '../../../lib/api/evaluation-reports.js';
import { today } from '../../../lib/dates.js';
import { CardList } from '../../../components/card-list.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { useCurrentUser } from '../../../lib/session.js';
import { usePeriods } from '../api/evaluation.js';

function Subject({ c }: { c: CommendationItem }) {
  return c.personId ? <Link to={paths.person(c.personId)}>{c.name}</Link> : <span>{c.name}</span>;
}

export default function CommendationsPage() {
  const t = useT();
  const nf = useNumberFormat();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const narrow = !Grid.useBreakpoint().md;
  const allowed = me.can.readEvaluations;
  const units = [...new Map(me.roles.map((r) => [r.unitId, r.unitName])).entries()];
  const yearPeriods = usePeriods({ kind: 'year' });
  const thisYear = Number(today().slice(0, 4));
  const years = [...new Set([...(yearPeriods.data?.items ?? []).map((p) => p.year), thisYear])].sort((a, b) => b - a);
  // The latest year whose yearly period is closed is the one a commendation is proposed for.
  const closedYear = (yearPeriods.data?.items ?? []).filter((p) => p.status === 'closed').reduce((m, p) => Math.max(m, p.year), 0);
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const year = Number(params.get('year')) || closedYear || thisYear - 1;
  const list = useCommendations(allowed && unitId && !yearPeriods.isPending ? { unitId, year } : null);

  if (!allowed) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  const set = (key: string, value: string) => setParams((s) => (s.set(key, value), s));
  const kindTag = (c: CommendationItem) => <Tag color={c.kind === 'province' ? 'red' : 'gold'}>{t(`er.commend.kind.${c.kind}`)}</Tag>;
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('er.commend.title')} subtitle={t('er.commend.subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="end">
          <Space direction="vertical" size={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Typography.Text id="commend-unit">{t('er.filter.unit')}</Typography.Text>
            <Select
              aria-labelledby="commend-unit"
              style={{ width: '100%' }}
              value={unitId}
              options={units.map(([value, label]) => ({ value, label }))}
              onChange={(v: string) => set('unitId', v)}
            />
          </Space>
          <Space direction="vertical" size={2} style={{ flex: '0 1 140px' }}>
            <Typography.Text id="commend-year">{t('evaluation.form.year')}</Typography.Text>
            <Select
              aria-labelledby="commend-year"
              style={{ width: '100%' }}
              value={year}
              options={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: y, label: String(y) }))}
              onChange={(v: number) => set('year', String(v))}
            />
          </Space>
        </Flex>
      </Card>
      <ErrorAlert error={list.error} onReload={() => void list.refetch()} />
      <Card title={t('er.commend.count', { n: nf.count(items.length), year })} styles={narrow ? { body: { padding: 8 } } : undefined}>
        {narrow ? (
          <CardList
            items={items}
            rowKey={(c) => `${c.personId ?? c.subjectUnitId}`}
            empty={t('er.commend.empty', { year })}
            loading={list.isFetching}
            render={(c) => (
              <>
                <Flex justify="space-between" gap={8} align="baseline">
                  <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    <Subject c={c} />
                  </Typography.Text>
                  {kindTag(c)}
                </Flex>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0', overflowWrap: 'anywhere' }}>
                  {c.unitName} · {t(`er.commend.subject.${c.subject}`)} · {t('er.col.score')}: {nf.score(c.score)}
                </Typography.Paragraph>
                <Typography.Paragraph
                  style={{ margin: 0, overflowWrap: 'anywhere' }}
                  ellipsis={{ rows: 2, expandable: true, symbol: t('er.commend.more') }}
                >
                  {c.message}
                </Typography.Paragraph>
              </>
            )}
          />
        ) : (
          <Table<CommendationItem>
            rowKey={(c) => c.personId ?? c.subjectUnitId ?? c.name}
            size="small"
            loading={list.isFetching}
            dataSource={items}
            pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: t('er.commend.empty', { year }) }}
            columns={[
              { title: t('er.col.name'), key: 'name', render: (_, c) => <Subject c={c} /> },
              { title: t('er.col.unit'), dataIndex: 'unitName' },
              { title: t('er.commend.col.subject'), key: 'subject', render: (_, c) => t(`er.commend.subject.${c.subject}`) },
              { title: t('er.col.score'), key: 'score', align: 'right', render: (_, c) => nf.score(c.score) },
              {
                title: t('er.commend.col.years'),
                key: 'years',
                align: 'right',
                render: (_, c) => nf.count(c.consecutiveYears),
              },
              { title: t('er.commend.col.kind'), key: 'kind', render: (_, c) => kindTag(c) },
              { title: t('er.commend.col.reason'), dataIndex: 'message' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
