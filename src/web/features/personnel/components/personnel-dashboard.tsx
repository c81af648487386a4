// The personnel dashboards of a unit at a date: non-local key leaders (a chart of held vs non-local per
// post, then who is local and why), heads at the two-terms limit, rotations ending, vacant posts,
// discipline waiting periods ending, the proposals by status. Every figure lists the people behind it.
import { Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { type ChartOption, EChart } from '../../../components/charts/echart.js';
import { DownloadButton } from '../../../components/download-button.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { type TFunction, useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import type { PersonnelDashboard as Dashboard } from '../api/personnel.js';

type NonLocalRow = Dashboard['nonLocal'][number];

function nonLocalOption(t: TFunction, rows: NonLocalRow[], formatCount: (n: number) => string): ChartOption {
  const data = [...rows].reverse();
  return {
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
    yAxis: { type: 'category', data: data.map((r) => r.post), axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: t('personnel.dash.nonLocalCount'),
        stack: 'held',
        itemStyle: { color: '#389e0d' },
        label: { show: true, formatter: (p) => (Number(p.value) > 0 ? formatCount(Number(p.value)) : '') },
        data: data.map((r) => r.nonLocal),
      },
      {
        type: 'bar',
        name: t('personnel.dash.localCount'),
        stack: 'held',
        itemStyle: { color: '#cf1322' },
        label: { show: true, formatter: (p) => (Number(p.value) > 0 ? formatCount(Number(p.value)) : '') },
        data: data.map((r) => r.held - r.nonLocal),
      },
    ],
  };
}

const person = (r: { personId: string; name: string }) => <Link to={paths.person(r.personId)}>{r.name}</Link>;

export function PersonnelDashboardView({ data }: { data: Dashboard }) {
  const t = useT();
  const { count: formatCount } = useNumberFormat();
  const shown = data.nonLocal.filter((r) => r.held > 0);
  const [post, setPost] = useState<string | null>(null);
  const selected = data.nonLocal.find((r) => r.postCode === post) ?? shown[0] ?? null;
  return (
    <Flex vertical gap={16}>
      <Flex justify="end">
        <DownloadButton
          path="/api/personnel/dashboard.xlsx"
          query={{ unitId: data.unit.id, asOf: data.asOf }}
          fallbackName="dashboard.xlsx"
          ariaLabel={t('personnel.dash.xlsx')}
        >
          {t('personnel.dash.xlsx')}
        </DownloadButton>
      </Flex>
      <Card size="small" title={t('personnel.dash.nonLocal')}>
        <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="non-local-figures">
          {shown.map((r) => (
            <Tag
              key={r.postCode}
              color={r.nonLocal === r.held ? 'green' : 'gold'}
              style={{ cursor: 'pointer' }}
              onClick={() => setPost(r.postCode)}
            >
              {r.post}: {t('personnel.dash.ratio', { n: formatCount(r.nonLocal), of: formatCount(r.held) })}
            </Tag>
          ))}
        </Flex>
        {shown.length > 0 ? (
          <EChart
            option={nonLocalOption(t, shown, formatCount)}
            label={t('personnel.dash.nonLocalChart', { unit: data.unit.name })}
            height={Math.max(160, 48 * shown.length + 48)}
            onItemClick={(item) => setPost([...shown].reverse()[item.dataIndex]?.postCode ?? null)}
            testId="non-local-chart"
          />
        ) : (
          <Typography.Text type="secondary">{t('personnel.dash.none')}</Typography.Text>
        )}
        {selected ? (
          <ResponsiveTable
            size="small"
            rowKey={(r) => `${r.personId}-${r.unit}`}
            pagination={false}
            dataSource={selected.holders}
            columns={[
              { key: 'name', title: t('personnel.person'), render: (_, r) => person(r) },
              { key: 'unit', title: t('personnel.unit'), dataIndex: 'unit' },
              { key: 'post', title: t('personnel.post'), dataIndex: 'post' },
              {
                key: 'local',
                title: t('personnel.dash.local'),
                render: (_, r) =>
                  r.local ? (
                    <Tag color="red">
                      {t('personnel.dash.isLocal', {
                        grounds: r.grounds.map((g) => t(`personnel.ground.${g as 'birthplace'}`)).join(', '),
                      })}
                    </Tag>
                  ) : (
                    <Tag color="green">{t('personnel.dash.notLocal')}</Tag>
                  ),
              },
            ]}
          />
        ) : null}
      </Card>
      <Card size="small" title={t('personnel.dash.twoTerms')}>
        <ResponsiveTable
          size="small"
          rowKey={(r) => `${r.personId}-${r.post}`}
          pagination={false}
          dataSource={data.twoTerms}
          locale={{ emptyText: t('personnel.dash.none') }}
          columns={[
            { key: 'name', title: t('personnel.person'), render: (_, r) => person(r) },
            { key: 'unit', title: t('personnel.unit'), dataIndex: 'unit' },
            { key: 'post', title: t('personnel.post'), dataIndex: 'post' },
            {
              key: 'terms',
              title: t('personnel.dash.terms'),
              render: (_, r) => (
                <Tag color={r.atLimit ? 'red' : 'gold'}>
                  {formatCount(r.consecutive)}/{formatCount(r.max)} · {r.terms.join(', ')}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('personnel.dash.rotations')}>
        <ResponsiveTable
          size="small"
          rowKey="proposalId"
          pagination={false}
          dataSource={data.rotationsEnding}
          locale={{ emptyText: t('personnel.dash.none') }}
          columns={[
            { key: 'name', title: t('personnel.person'), render: (_, r) => person(r) },
            { key: 'post', title: t('personnel.post'), render: (_, r) => `${r.post} · ${r.unit}` },
            { key: 'end', title: t('personnel.plannedEnd'), render: (_, r) => formatDate(r.plannedEndDate) },
            {
              key: 'months',
              title: t('personnel.dash.served'),
              render: (_, r) => (
                <Tag color={r.belowMinimum ? 'red' : 'green'}>{t('personnel.dash.months', { n: formatCount(r.months) })}</Tag>
              ),
            },
            { key: 'open', title: '', render: (_, r) => <Link to={paths.personnelProposal(r.proposalId)}>{t('personnel.open')}</Link> },
          ]}
        />
      </Card>
      <Card size="small" title={t('personnel.dash.vacant')}>
        <ResponsiveTable
          size="small"
          rowKey="postId"
          pagination={false}
          dataSource={data.vacant}
          locale={{ emptyText: t('personnel.dash.none') }}
          columns={[
            { key: 'post', title: t('personnel.post'), dataIndex: 'post' },
            { key: 'unit', title: t('personnel.unit'), render: (_, r) => <Link to={paths.org(r.unitId)}>{r.unit}</Link> },
            { key: 'since', title: t('personnel.dash.since'), render: (_, r) => formatDate(r.since) },
            { key: 'days', title: t('personnel.dash.days'), render: (_, r) => (r.days === null ? '' : formatCount(r.days)) },
          ]}
        />
      </Card>
      <Card size="small" title={t('personnel.dash.waiting')}>
        <ResponsiveTable
          size="small"
          rowKey={(r) => `${r.personId}-${r.decidedOn}`}
          pagination={false}
          dataSource={data.waitingEnds}
          locale={{ emptyText: t('personnel.dash.none') }}
          columns={[
            { key: 'name', title: t('personnel.person'), render: (_, r) => person(r) },
            { key: 'unit', title: t('personnel.unit'), dataIndex: 'unit' },
            { key: 'kind', title: t('personnel.dash.discipline'), render: (_, r) => t(`personnel.discipline.${r.kind as 'warning'}`) },
            { key: 'ends', title: t('personnel.dash.endsOn'), render: (_, r) => formatDate(r.endsOn) },
          ]}
        />
      </Card>
      <Card size="small" title={t('personnel.dash.pipeline')}>
        <Flex gap={8} wrap>
          {data.pipeline.length === 0 ? <Typography.Text type="secondary">{t('personnel.dash.none')}</Typography.Text> : null}
          {data.pipeline.map((p) => (
            <Link
              key={`${p.kind}-${p.status}`}
              to={paths.personnel({ unitId: data.unit.id, tab: 'proposals', status: p.status, kind: p.kind })}
              data-testid="pipeline-figure"
            >
              <Tag style={{ cursor: 'pointer' }}>
                {t(`personnel.kind.${p.kind}`)} · {t(`personnel.status.${p.status}`)}: {formatCount(p.count)}
              </Tag>
            </Link>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
