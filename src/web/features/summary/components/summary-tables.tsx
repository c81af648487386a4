// The summary per person (lead block, support block) and per unit. Each count opens the tasks
// behind it (drill-down).
import { Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import type { ColumnsType } from 'antd/es/table/index.js';
import type { SummaryCounts } from '../../../../contracts/summary.js';
import { useT } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/vi.js';
import type { Summary } from '../../../lib/api/summary.js';
import { type NumberFormat, useNumberFormat } from '../../../lib/numbers.js';

type Metric = 'assigned' | 'done' | 'doneOnTime' | 'late' | 'overdue' | 'qualityFailures' | 'exceeded';
const METRICS: { metric: Metric; key: MessageKey }[] = [
  { metric: 'assigned', key: 'summary.col.assigned' },
  { metric: 'done', key: 'summary.col.done' },
  { metric: 'doneOnTime', key: 'summary.col.doneOnTime' },
  { metric: 'late', key: 'summary.col.late' },
  { metric: 'overdue', key: 'summary.col.overdue' },
  { metric: 'qualityFailures', key: 'summary.col.qualityFailures' },
  { metric: 'exceeded', key: 'summary.col.exceeded' },
];

export interface DrillTarget {
  metric: Metric;
  personId?: string;
  role?: 'lead' | 'support';
  bucketUnitId?: string;
  /** Who or what the number is about, for the panel's title. */
  label: string;
}

function countColumns<R>(
  t: ReturnType<typeof useT>,
  num: NumberFormat['num'],
  prefix: string,
  counts: (r: R) => SummaryCounts,
  target: (r: R) => Omit<DrillTarget, 'metric'>,
  onDrill: (d: DrillTarget) => void,
): ColumnsType<R> {
  return [
    ...METRICS.map(({ metric, key }) => ({
      key: `${prefix}.${metric}`,
      title: t(key),
      width: 80,
      align: 'right' as const,
      render: (_: unknown, r: R) => {
        const n = counts(r)[metric];
        if (n === 0) return <Typography.Text type="secondary">0</Typography.Text>;
        const tgt = target(r);
        return (
          <Typography.Link
            onClick={() => onDrill({ ...tgt, metric })}
            aria-label={t('summary.drill.open', { metric: t(key), who: tgt.label, count: n })}
            type={metric === 'late' || metric === 'overdue' || metric === 'qualityFailures' ? 'danger' : undefined}
          >
            {num(n)}
          </Typography.Link>
        );
      },
    })),
    {
      key: `${prefix}.units`,
      title: t('summary.col.workUnits'),
      width: 110,
      align: 'right' as const,
      render: (_: unknown, r: R) => `${num(counts(r).workUnitsDone)} / ${num(counts(r).workUnitsAssigned)}`,
    },
  ];
}

type PersonRow = Summary['people'][number];
type UnitRow = Summary['units'][number];

/** One page of the person rows (the server pages them: a province's quarter has one row per person). */
export function PeopleSummaryTable({
  summary,
  onDrill,
  onPage,
  loading,
}: {
  summary: Summary;
  onDrill: (d: DrillTarget) => void;
  onPage: (page: number) => void;
  loading: boolean;
}) {
  const t = useT();
  const nf = useNumberFormat();
  const who = (r: PersonRow, role: 'lead' | 'support') => ({
    personId: r.personId,
    role,
    label: `${r.fullName} (${t(role === 'lead' ? 'summary.block.lead' : 'summary.block.support')})`,
  });
  return (
    <ResponsiveTable<PersonRow>
      size="small"
      bordered
      rowKey="personId"
      loading={loading}
      dataSource={summary.people}
      pagination={{
        current: summary.page,
        pageSize: summary.pageSize,
        total: summary.peopleTotal,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: onPage,
      }}
      scroll={{ x: 1800 }}
      locale={{ emptyText: t('summary.empty') }}
      columns={[
        {
          key: 'person',
          title: t('summary.col.person'),
          fixed: 'left',
          width: 220,
          render: (_, r) => (
            <>
              <div>{r.fullName}</div>
              {r.postTitle ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.postTitle}
                </Typography.Text>
              ) : null}
            </>
          ),
        },
        {
          key: 'lead',
          title: t('summary.block.lead'),
          children: countColumns<PersonRow>(
            t,
            nf.num,
            'lead',
            (r) => r.lead,
            (r) => who(r, 'lead'),
            onDrill,
          ),
        },
        {
          key: 'support',
          title: t('summary.block.support'),
          children: countColumns<PersonRow>(
            t,
            nf.num,
            'support',
            (r) => r.support,
            (r) => who(r, 'support'),
            onDrill,
          ),
        },
      ]}
    />
  );
}

export function UnitsSummaryTable({ summary, onDrill }: { summary: Summary; onDrill: (d: DrillTarget) => void }) {
  const t = useT();
  const nf = useNumberFormat();
  const rows: (UnitRow & { total?: boolean })[] = [
    ...summary.units,
    { unitId: summary.unit.id, name: t('summary.total'), direct: false, counts: summary.total, total: true },
  ];
  return (
    <ResponsiveTable<UnitRow & { total?: boolean }>
      size="small"
      bordered
      rowKey={(r) => (r.total ? 'total' : `${r.unitId}:${r.direct}`)}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1200 }}
      rowClassName={(r) => (r.total ? 'summary-total-row' : '')}
      columns={[
        {
          key: 'unit',
          title: t('summary.col.unit'),
          fixed: 'left',
          width: 260,
          render: (_, r) => (r.total ? <strong>{r.name}</strong> : r.name),
        },
        ...countColumns<UnitRow & { total?: boolean }>(
          t,
          nf.num,
          'unit',
          (r) => r.counts,
          (r) => (r.total ? { label: summary.unit.name } : { bucketUnitId: r.unitId, label: r.name }),
          onDrill,
        ),
      ]}
    />
  );
}
