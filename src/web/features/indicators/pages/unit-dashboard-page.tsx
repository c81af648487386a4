// A unit's dashboard: this week's task figures, the indicators of the year against their targets,
// who answers for which field or area, and links to the unit's tasks, briefings and summary.
import { BarChartOutlined, CalendarOutlined, ScheduleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Flex, Row, Spin, Statistic, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useUnitDetail } from '../../../lib/api/org.js';
import { useCurrentUser } from '../../../lib/session.js';
import { UnitConductCard } from '../components/unit-conduct-card.js';
import { ResponsibilitiesCard } from '../../../components/responsibilities/responsibilities-card.js';
import { useSummary } from '../../../lib/api/summary.js';
import { IndicatorsCard } from '../components/indicators-card.js';
import { useNumberFormat } from '../../../lib/numbers.js';

function WeekFigures({ unitId }: { unitId: string }) {
  const t = useT();
  const nf = useNumberFormat();
  // Only the totals: no page of person rows needed.
  const summary = useSummary({ unitId, period: 'week', date: today(), pageSize: 1 });
  const s = summary.data;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('dashboard.week')}
        </Typography.Title>
      }
      extra={
        s ? (
          <Typography.Text type="secondary">
            {t('common.fromTo', { from: formatDate(s.period.from), to: formatDate(s.period.to) })}
          </Typography.Text>
        ) : null
      }
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={summary.error} />
      {s ? (
        <Flex gap={32} wrap>
          <Statistic title={t('summary.col.assigned')} value={s.total.assigned} formatter={nf.statistic} />
          <Statistic title={t('summary.col.done')} value={s.total.done} formatter={nf.statistic} />
          <Statistic title={t('summary.col.doneOnTime')} value={s.total.doneOnTime} formatter={nf.statistic} />
          <Statistic title={t('summary.col.late')} value={s.total.late} formatter={nf.statistic} />
          <Statistic
            title={t('summary.col.overdue')}
            value={s.total.overdue}
            formatter={nf.statistic}
            styles={{ content: { color: s.total.overdue ? '#cf1322' : undefined } }}
          />
          <Statistic title={t('summary.col.workUnits')} value={`${nf.num(s.total.workUnitsDone)} / ${nf.num(s.total.workUnitsAssigned)}`} />
        </Flex>
      ) : (
        <Spin />
      )}
    </Card>
  );
}

export default function UnitDashboardPage() {
  const t = useT();
  const me = useCurrentUser();
  const { unitId } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : Number(today().slice(0, 4));
  const unit = useUnitDetail(unitId, today());
  if (!unitId) return null;
  if (unit.error) return <ErrorAlert error={unit.error} onReload={() => void unit.refetch()} />;
  const name = unit.data?.unit.name ?? '';
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { key: 'org', title: <Link to={paths.org(unitId)}>{name || t('nav.org')}</Link> },
              { key: 'd', title: t('dashboard.title') },
            ]}
          />
        }
        title={unit.isPending ? <Spin /> : t('dashboard.titleOf', { name })}
        extra={
          <>
            <Button icon={<UnorderedListOutlined />} onClick={() => navigate(paths.tasks({ unitId }))}>
              {t('nav.tasks')}
            </Button>
            <Button icon={<CalendarOutlined />} onClick={() => navigate(paths.tasks({ unitId, view: 'calendar' }))}>
              {t('tasks.view.calendar')}
            </Button>
            <Button icon={<ScheduleOutlined />} onClick={() => navigate(paths.meetings({ unitId }))}>
              {t('nav.meetings')}
            </Button>
            <Button icon={<BarChartOutlined />} onClick={() => navigate(paths.summary({ unitId }))}>
              {t('nav.summary')}
            </Button>
          </>
        }
      />
      <Row gutter={16}>
        <Col span={24}>
          <WeekFigures unitId={unitId} />
        </Col>
        <Col span={24} style={{ marginBottom: 16 }}>
          <IndicatorsCard unitId={unitId} year={year} onYear={(v) => setParams({ year: String(v) }, { replace: true })} />
        </Col>
        <Col span={24}>{unit.data ? <ResponsibilitiesCard unit={{ id: unitId, name }} /> : null}</Col>
        {me.can.readConduct ? (
          <Col span={24}>
            <UnitConductCard unitId={unitId} />
          </Col>
        ) : null}
      </Row>
    </>
  );
}
