// The committee's dashboard, new members and cadres at cells (decision 0033): new members against the
// year's target per cell with last year's beside them (chart), the pipeline per stage, and the month's
// roster of upper-level cadres with whether they attended and what they heard.
import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Tag, Typography } from 'antd';
import type { ProgressView, RosterView } from '../../../../contracts/party-cells-recruitment.js';
import { type ChartOption, EChart } from '../../../components/charts/echart.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { CandidatesCard, TargetRow } from './recruitment-edit.js';
import { AssignRosterButton, RosterRowActions } from './roster-edit.js';

type CellRef = { cellId: string; name: string };

export function RecruitmentCard({ unitId, cells: refs }: { unitId: string; cells: CellRef[] }) {
  const t = useT();
  const { num } = useNumberFormat();
  const q = useQuery({
    queryKey: ['party-cells', 'recruitment', unitId],
    queryFn: () => api.get<ProgressView>(`/api/party-cells/units/${unitId}/recruitment`),
  });
  if (!q.data) return null;
  const d = q.data;
  const total = d.rows[0];
  const cells = d.rows.filter((r) => !r.total);
  const chart: ChartOption = {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: cells.map((c) => c.name), inverse: true },
    series: [
      { type: 'bar', name: t('cells.rec.target'), data: cells.map((c) => c.target ?? 0) },
      { type: 'bar', name: t('cells.rec.admitted'), data: cells.map((c) => c.admitted) },
      { type: 'bar', name: t('cells.rec.lastYear'), data: cells.map((c) => c.lastYearToDate) },
    ],
    tooltip: { trigger: 'axis' },
  };
  return (
    <Card size="small" style={{ marginTop: 12 }} title={t('cells.rec.title', { year: d.year })} data-testid="recruitment-card">
      {total ? (
        <Typography.Paragraph>
          {t('cells.rec.summary', {
            admitted: num(total.admitted),
            target: total.target === null ? '—' : num(total.target),
            last: num(total.lastYearToDate),
            lastYear: num(total.lastYear),
          })}
        </Typography.Paragraph>
      ) : null}
      {d.split.over ? <Tag color="gold">{t('cells.rec.over')}</Tag> : null}
      <Flex gap={6} wrap style={{ marginBottom: 8 }}>
        {d.stages.map((s) => (
          <Tag key={s.stage}>
            {t(`cells.stage.${s.stage}`)}: {num(s.count)}
          </Tag>
        ))}
      </Flex>
      {cells.length > 0 ? <EChart option={chart} label={t('cells.rec.chart')} height={Math.max(180, cells.length * 44)} /> : null}
      {d.actions.setUnitTarget || d.actions.setCellTargets ? (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {d.rows.map((r) => (
            <TargetRow key={r.unitId} row={r} year={d.year} canSet={r.total ? d.actions.setUnitTarget : d.actions.setCellTargets} />
          ))}
        </Flex>
      ) : null}
      <CandidatesCard unitId={unitId} cells={refs} manage={d.actions.manageCandidates} />
    </Card>
  );
}

export function RosterCard({ unitId, month, cells }: { unitId: string; month: string; cells: CellRef[] }) {
  const t = useT();
  const { num } = useNumberFormat();
  const q = useQuery({
    queryKey: ['party-cells', 'roster', unitId, month],
    queryFn: () => api.get<RosterView>(`/api/party-cells/units/${unitId}/roster?month=${month}&pageSize=50`),
  });
  if (!q.data) return null;
  const s = q.data.summary;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={t('cells.roster.title')}
      data-testid="roster-card"
      extra={q.data.actions.assign && cells.length > 0 ? <AssignRosterButton month={month} cells={cells} /> : null}
    >
      <Typography.Paragraph>
        {t('cells.roster.summary', {
          covered: num(s.cellsCovered),
          cells: num(s.cells),
          attended: num(s.attended),
          assigned: num(s.assigned),
          reported: num(s.reported),
        })}
      </Typography.Paragraph>
      <Flex vertical gap={8}>
        {q.data.items.map((r) => (
          <div key={r.id} className="card-list-item">
            <strong>{r.name}</strong> → {r.cellName}{' '}
            <Tag color={r.attended === null ? 'default' : r.attended ? 'green' : 'red'}>
              {r.attended === null ? t('cells.roster.pending') : r.attended ? t('cells.roster.attended') : t('cells.roster.absent')}
            </Tag>
            {r.report ? <Typography.Paragraph style={{ margin: 0 }}>{r.report}</Typography.Paragraph> : null}
            {r.taskTitle ? <Tag color="blue">{t('cells.roster.task', { title: r.taskTitle })}</Tag> : null}
            <RosterRowActions r={r} />
          </div>
        ))}
      </Flex>
      {q.data.total > q.data.items.length ? (
        <Typography.Text type="secondary">
          {t('cells.roster.more', { shown: num(q.data.items.length), total: num(q.data.total) })}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
