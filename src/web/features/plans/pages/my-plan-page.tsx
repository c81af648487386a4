// Kế hoạch của tôi: the signed-in person's plan for a week — create it (empty or copied from last
// week), edit the items, submit by the deadline; see the reviewer's comment when it is returned.
import { CopyOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Result, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isCivilDate, mondayOf } from '../../../../domain/dates.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { WeekPicker } from '../../../components/work/week-picker.js';
import { useWorkCan } from '../../../lib/work/work-can.js';
import { nextWeek } from '../../../lib/work/weeks.js';
import { copyLastWeek, createPlan, planKeys, useMyPlan, type PlanView } from '../api/plans.js';
import { PlanPanel } from '../components/plan-panel.js';

export default function MyPlanPage() {
  const t = useT();
  const can = useWorkCan();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const weekParam = params.get('week');
  const week = weekParam && isCivilDate(weekParam) ? mondayOf(weekParam) : nextWeek();
  const plan = useMyPlan(week, can.writePlan);
  const [busy, setBusy] = useState<'create' | 'copy' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async (how: 'create' | 'copy') => {
    setBusy(how);
    setError(null);
    try {
      const created: PlanView = how === 'create' ? await createPlan(week) : await copyLastWeek(week);
      qc.setQueryData(planKeys.mine(week), created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader
        title={t('plans.mine.title')}
        extra={
          <>
            <Flex align="center" gap={8} wrap style={{ minWidth: 0, maxWidth: '100%' }}>
              <label htmlFor="plan-week">{t('plans.week')}</label>
              <WeekPicker id="plan-week" value={week} onChange={(w) => setParams({ week: w })} />
            </Flex>
            {can.overseePlans ? (
              <Button icon={<TeamOutlined />} onClick={() => navigate(paths.plansOverview({ week }))}>
                {t('plans.overview.title')}
              </Button>
            ) : null}
          </>
        }
      />
      {!can.writePlan ? <Result status="info" title={t('plans.mine.noPerson')} /> : null}
      {can.writePlan && plan.isPending ? <Spin /> : null}
      {can.writePlan && plan.error ? <ErrorAlert error={plan.error} onReload={() => void plan.refetch()} /> : null}
      {can.writePlan && plan.data === null ? (
        <Card>
          <ErrorAlert error={error} />
          <Empty description={t('plans.mine.none')}>
            <Flex justify="center" gap={8} wrap>
              <Button type="primary" icon={<PlusOutlined />} loading={busy === 'create'} onClick={() => void start('create')}>
                {t('plans.action.create')}
              </Button>
              <Button icon={<CopyOutlined />} loading={busy === 'copy'} onClick={() => void start('copy')}>
                {t('plans.action.copyLastWeek')}
              </Button>
            </Flex>
          </Empty>
        </Card>
      ) : null}
      {plan.data ? <PlanPanel key={`${plan.data.id}:${plan.data.version}`} plan={plan.data} onReload={() => void plan.refetch()} /> : null}
    </>
  );
}
