// Party cells at a glance: the committee's (or the secretary's) cells for a month — "13/13 held",
// attendance, paperless share, flags, dues — and, for a member, their own cell's meetings with the
// documents to read on the phone. Phone-first: cards, no wide tables.
import { Alert, Card, Col, Flex, Pagination, Row, Select, Spin, Statistic, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { rolesOf } from '../../../../contracts/permissions.js';
import { paths } from '../../../app/paths.js';
import { type ChartOption, EChart } from '../../../components/charts/echart.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { MonthInput } from '../../../components/month-input.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { useCurrentUser } from '../../../lib/session.js';
import { type DashboardView, useDashboard, useMyCells, viMonth } from '../api/party-cells.js';
import { ChecksCard, ReportsCard, TransfersCard } from '../components/cells-admin-cards.js';
import { MeetingCard } from '../components/meeting-card.js';
import { RecruitmentCard, RosterCard } from '../components/recruitment-roster-cards.js';

const READ_ROLES: readonly string[] = rolesOf('cells.read');
const currentMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);

export default function CellsPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const units = [...new Map(me.roles.filter((r) => READ_ROLES.includes(r.role)).map((r) => [r.unitId, r.unitName])).entries()];
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const month = params.get('month') ?? currentMonth();
  const page = Number(params.get('page') ?? '1') || 1;
  const dash = useDashboard(unitId, month, page);
  const mine = useMyCells(me.can.myCell);
  const set = (patch: Record<string, string>) => setParams({ ...(unitId ? { unitId } : {}), month, ...patch });
  return (
    <>
      <PageHeader title={t('cells.title')} subtitle={t('cells.subtitle')} />
      {units.length > 0 ? (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {units.length > 1 ? (
            <Select
              aria-label={t('cells.unit')}
              style={{ minWidth: 220, maxWidth: '100%' }}
              value={unitId}
              options={units.map(([value, label]) => ({ value, label }))}
              onChange={(v: string) => set({ unitId: v })}
            />
          ) : null}
          <MonthInput aria-label={t('cells.month')} value={month} onChange={(v) => set({ month: v })} />
        </Flex>
      ) : null}
      <ErrorAlert error={dash.error} />
      {dash.isLoading ? <Spin /> : null}
      {dash.data ? <Dashboard data={dash.data} onPage={(p) => set({ page: String(p) })} /> : null}
      {me.can.myCell && mine.data && mine.data.memberships.length > 0 ? (
        <section style={{ marginTop: 24 }}>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('cells.myMeetings')}
          </Typography.Title>
          <Flex vertical gap={12}>
            {[...mine.data.meetings].reverse().map((m) => (
              <MeetingCard key={m.id} meeting={m} mine={m} />
            ))}
          </Flex>
        </section>
      ) : null}
      {units.length === 0 && !(mine.data && mine.data.memberships.length > 0) && !mine.isLoading ? (
        <Typography.Paragraph>{t('cells.noUnit')}</Typography.Paragraph>
      ) : null}
    </>
  );
}

function Dashboard({ data, onPage }: { data: DashboardView; onPage: (page: number) => void }) {
  const t = useT();
  const { num, pct } = useNumberFormat();
  const tot = data.totals;
  const chart: ChartOption = {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: data.cells.map((c) => c.name), inverse: true },
    series: [{ type: 'bar', name: t('cells.attendance'), data: data.cells.map((c) => c.attendancePercent ?? 0) }],
    tooltip: { trigger: 'axis' },
  };
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {data.unit.name} · {viMonth(data.month)}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cells.kind.regular')} value={`${tot.regularHeld}/${tot.cells}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cells.attendance')} value={pct(tot.attendancePercent)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cells.paperless')} value={pct(tot.paperlessPercent)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cells.flags')} value={num(tot.memberFlags)} />
          </Card>
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 12 }} data-testid="cells-held">
        {t('cells.held', { held: tot.regularHeld, total: tot.cells })}.{' '}
        {t('cells.themed', { held: tot.themedHeldInQuarter, total: tot.cells })}. {t('cells.probationDue')}: {num(tot.probationDue)}.{' '}
        {t('cells.dues')}: {t('cells.amount', { amount: num(tot.duesCollected) })}.
      </Typography.Paragraph>
      {data.flagged.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('cells.flagged')}
          description={
            <Flex vertical gap={6}>
              {data.flagged.map((f) => (
                <div key={f.personId} data-testid="flagged-member">
                  <strong>{f.name}</strong> ({f.cellName}): {f.finding.message}
                </div>
              ))}
            </Flex>
          }
        />
      ) : null}
      {data.cells.length > 1 ? (
        <EChart option={chart} label={t('cells.chart.attendance')} height={Math.max(160, data.cells.length * 28)} />
      ) : null}
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        {data.cells.map((c) => (
          <Card key={c.cellId} size="small" title={<Link to={paths.cell(c.cellId)}>{c.name}</Link>}>
            <Flex gap={6} wrap>
              <Tag color={c.regularHeld ? 'green' : 'red'}>
                {t('cells.kind.regular')}: {c.regularHeld ? t('cells.status.held') : '—'}
              </Tag>
              <Tag color={c.themedHeldInQuarter ? 'green' : 'gold'}>
                {t('cells.kind.themed')}: {c.themedHeldInQuarter ? t('cells.status.held') : '—'}
              </Tag>
              <Tag>
                {t('cells.members')}: {num(c.members)} ({num(c.probationary)} {t('cells.probationary')})
              </Tag>
              <Tag>
                {t('cells.attendance')}: {pct(c.attendancePercent)}
              </Tag>
              {c.memberFlags + c.cadenceFlags > 0 ? (
                <Tag color="red">
                  {t('cells.flags')}: {num(c.memberFlags + c.cadenceFlags)}
                </Tag>
              ) : null}
              {c.probationDue > 0 ? (
                <Tag color="blue">
                  {t('cells.probationDue')}: {num(c.probationDue)}
                </Tag>
              ) : null}
            </Flex>
          </Card>
        ))}
      </Flex>
      {data.totals.cells > data.pageSize ? (
        <Pagination
          style={{ marginTop: 12 }}
          size="small"
          current={data.page}
          pageSize={data.pageSize}
          total={data.totals.cells}
          showSizeChanger={false}
          showTotal={(total) => t('cells.admin.cellsTotal', { total })}
          onChange={onPage}
        />
      ) : null}
      <TransfersCard unitId={data.unit.id} />
      <ChecksCard unitId={data.unit.id} />
      <ReportsCard unitId={data.unit.id} month={data.month} />
      <RecruitmentCard unitId={data.unit.id} cells={data.cells} />
      <RosterCard unitId={data.unit.id} month={data.month} cells={data.cells} />
    </>
  );
}
