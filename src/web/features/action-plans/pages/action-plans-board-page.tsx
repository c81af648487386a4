// The standing committee's view of its leaders' action plans, side by side: each leader of the
// subtree (their highest post), the plan's status, entries, progress and late milestones, the unit's
// indicators and the leader's latest rating — with a link to each plan to approve or return it.
import { Card, Col, Flex, Form, InputNumber, Result, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { LevelTag } from '../../../components/evaluation-level.js';
import { PageHeader } from '../../../components/page-header.js';
import { OverviewFilters, PersonCell, UnitFilter, useParamPatch } from '../../../components/review/overview-parts.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { useCurrentUser } from '../../../lib/session.js';
import { useHomeUnit } from '../../../lib/work/work-can.js';
import { yearOf } from './my-action-plan-page.js';
import { type ActionPlanBoardRow, useActionPlanBoard } from '../api/action-plans.js';
import { IndicatorLine, LateTag } from '../components/items-view.js';
import { PlanStatusTag } from '../components/status-tag.js';

export default function ActionPlansBoardPage() {
  const t = useT();
  const nf = useNumberFormat();
  const can = useCurrentUser().can;
  const home = useHomeUnit();
  const [params, set] = useParamPatch();
  const year = yearOf(params.get('year'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unitId = params.get('unitId') ?? home?.id;
  const board = useActionPlanBoard(can.readActionPlans ? unitId : undefined, year, page);
  if (!can.readActionPlans) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  const data = board.data;
  const counts = data?.counts;

  return (
    <>
      <PageHeader
        title={t('actionPlans.board.title')}
        subtitle={can.writeActionPlan ? <Link to={paths.myActionPlan(year)}>{t('actionPlans.mine.title')}</Link> : undefined}
      />
      <Card>
        <OverviewFilters>
          <UnitFilter
            id="action-plans-unit"
            label={t('actionPlans.unit')}
            value={unitId}
            valueLabel={data?.unitName ?? home?.name}
            onChange={(v) => set({ unitId: v })}
          />
          <Col xs={12} md={6} lg={4}>
            <Form.Item label={t('actionPlans.year')} htmlFor="action-plans-year">
              <InputNumber<number>
                id="action-plans-year"
                min={2000}
                max={2199}
                value={year}
                onChange={(v) => (v ? set({ year: String(v) }) : undefined)}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </OverviewFilters>
        <ErrorAlert error={board.error} onReload={() => void board.refetch()} />
        {counts ? (
          <Flex gap={24} wrap style={{ marginBottom: 16 }}>
            <Statistic title={t('actionPlans.board.leaders')} value={counts.leaders} formatter={nf.statistic} />
            <Statistic title={t('actionPlans.missing')} value={counts.missing} formatter={nf.statistic} />
            <Statistic title={t('actionPlans.board.waiting')} value={counts.submitted} formatter={nf.statistic} />
            <Statistic title={t('actionPlans.board.approved')} value={counts.approved} formatter={nf.statistic} />
            <Statistic
              title={t('actionPlans.board.late')}
              value={counts.late}
              formatter={nf.statistic}
              styles={{ content: { color: counts.late ? '#cf1322' : undefined } }}
            />
          </Flex>
        ) : null}
        <ResponsiveTable<ActionPlanBoardRow>
          size="small"
          rowKey={(r) => r.person.id}
          loading={board.isFetching}
          dataSource={data?.items ?? []}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => set({ page: String(p) }),
          }}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t('actionPlans.board.empty') }}
          columns={[
            {
              key: 'person',
              title: t('actionPlans.leader'),
              width: 220,
              render: (_, r) => <PersonCell name={r.person.fullName} detail={`${r.postTitle} · ${r.unitName}`} />,
            },
            {
              key: 'status',
              title: t('actionPlans.status'),
              width: 170,
              render: (_, r) => (
                <Flex gap={4} wrap>
                  <PlanStatusTag status={r.status} />
                  <LateTag count={r.lateMilestones} />
                </Flex>
              ),
            },
            { key: 'items', title: t('actionPlans.board.items'), width: 90, align: 'right', render: (_, r) => nf.count(r.items) },
            { key: 'progress', title: t('actionPlans.progress'), width: 100, align: 'right', render: (_, r) => nf.pct(r.progressPct) },
            {
              key: 'indicators',
              title: t('actionPlans.unitIndicators'),
              render: (_, r) =>
                r.indicators.length ? (
                  <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                    {r.indicators.map((i) => (
                      <li key={i.id}>
                        <IndicatorLine indicator={i} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <Typography.Text type="secondary">{t('actionPlans.board.noIndicators')}</Typography.Text>
                ),
            },
            {
              key: 'rating',
              title: t('actionPlans.board.rating'),
              width: 120,
              render: (_, r) =>
                r.rating ? (
                  <span>
                    <LevelTag level={r.rating.level} /> {r.rating.year}
                  </span>
                ) : (
                  t('common.empty')
                ),
            },
            {
              key: 'open',
              title: t('common.actions'),
              width: 90,
              render: (_, r) =>
                r.planId ? (
                  <Link to={paths.actionPlan(r.planId)} aria-label={t('actionPlans.board.openOf', { name: r.person.fullName })}>
                    {t('actionPlans.board.open')}
                  </Link>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
