// The unit's weekly plans for a week (standing, office): who has not written one, drafts, submitted
// on time or late, returned, approved — with a link to review each plan.
import { Card, Col, Flex, Form, Result, Statistic, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import type { OverviewRow } from '../../../../contracts/plans.js';
import { OverviewStatuses } from '../../../../contracts/plans.js';
import { isCivilDate, mondayOf } from '../../../../domain/dates.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { OverviewFilters, PersonCell, UnitFilter, useParamPatch } from '../../../components/review/overview-parts.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { WeekPicker } from '../../../components/work/week-picker.js';
import { useHomeUnit, useWorkCan } from '../../../lib/work/work-can.js';
import { nextWeek } from '../../../lib/work/weeks.js';
import { usePlanOverview } from '../api/plans.js';
import { OverviewStatusTag } from '../components/plan-tags.js';
import { useNumberFormat } from '../../../lib/numbers.js';

export default function PlansOverviewPage() {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  const can = useWorkCan();
  const home = useHomeUnit();
  const [params, set] = useParamPatch();
  const weekParam = params.get('week');
  const week = weekParam && isCivilDate(weekParam) ? mondayOf(weekParam) : nextWeek();
  const unitId = params.get('unitId') ?? home?.id;
  const overview = usePlanOverview(can.overseePlans ? unitId : undefined, week);
  if (!can.overseePlans) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  const data = overview.data;

  return (
    <>
      <PageHeader title={t('plans.overview.title')} subtitle={<Link to={paths.myPlan(week)}>{t('plans.mine.title')}</Link>} />
      <Card>
        <OverviewFilters>
          <UnitFilter
            id="plans-unit"
            label={t('tasks.field.unit')}
            value={unitId}
            valueLabel={data?.unitName ?? home?.name}
            onChange={(v) => set({ unitId: v })}
          />
          <Col xs={24} md={12} lg={8}>
            <Form.Item label={t('plans.week')} htmlFor="plans-week">
              <WeekPicker id="plans-week" value={week} onChange={(w) => set({ week: w })} />
            </Form.Item>
          </Col>
        </OverviewFilters>
        <ErrorAlert error={overview.error} onReload={() => void overview.refetch()} />
        {data ? (
          <>
            <Typography.Paragraph>
              {t('plans.overview.deadline', { deadline: formatDateTime(data.deadline) })}{' '}
              {data.deadlinePassed ? <Tag color="red">{t('plans.overview.deadlinePassed')}</Tag> : null}
            </Typography.Paragraph>
            <Flex gap={24} wrap style={{ marginBottom: 16 }}>
              <Statistic title={t('plans.overview.expected')} value={data.counts.expected} formatter={nf.statistic} />
              {OverviewStatuses.map((s) => (
                <Statistic key={s} title={tx(`overviewStatus.${s}`, s)} value={data.counts[s]} formatter={nf.statistic} />
              ))}
            </Flex>
          </>
        ) : null}
        <ResponsiveTable<OverviewRow>
          size="small"
          rowKey={(r) => r.person.id}
          loading={overview.isFetching}
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('plans.overview.empty') }}
          columns={[
            {
              key: 'person',
              title: t('plans.author'),
              render: (_, r) => (
                <PersonCell name={r.person.fullName} detail={r.postTitle ?? (r.expected ? '' : t('plans.overview.notExpected'))} />
              ),
            },
            { key: 'status', title: t('tasks.field.status'), width: 170, render: (_, r) => <OverviewStatusTag status={r.status} /> },
            {
              key: 'submitted',
              title: t('plans.submittedAt'),
              width: 170,
              render: (_, r) => (
                <>
                  {formatDateTime(r.submittedAt) || t('common.empty')}{' '}
                  {r.late ? <Typography.Text type="danger">({t('plans.late')})</Typography.Text> : null}
                </>
              ),
            },
            { key: 'items', title: t('plans.overview.items'), width: 110, align: 'right', dataIndex: 'itemCount' },
            { key: 'units', title: t('plans.totalWorkUnits'), width: 130, align: 'right', dataIndex: 'totalWorkUnits' },
            {
              key: 'open',
              title: t('common.actions'),
              width: 130,
              render: (_, r) => {
                if (!r.planId) return null;
                const action =
                  r.status === 'submitted_on_time' || r.status === 'submitted_late' ? t('plans.overview.review') : t('plans.overview.open');
                // The name begins with the visible word, so speech users can say what they see.
                return (
                  <Link to={paths.plan(r.planId)} aria-label={t('plans.overview.openOf', { action, name: r.person.fullName })}>
                    {action}
                  </Link>
                );
              },
            },
          ]}
        />
      </Card>
    </>
  );
}
