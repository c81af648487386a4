// One plan (a reviewer's or reader's view): the panel with Phê duyệt / Trả lại / edit when allowed.
import { Breadcrumb, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { weekLabel } from '../../../components/work/week-picker.js';
import { useWorkCan } from '../../../lib/work/work-can.js';
import { usePlan } from '../api/plans.js';
import { PlanPanel } from '../components/plan-panel.js';

export default function PlanReviewPage() {
  const t = useT();
  const { id } = useParams();
  const can = useWorkCan();
  const plan = usePlan(id);
  if (plan.isPending) return <Spin />;
  if (plan.error) return <ErrorAlert error={plan.error} onReload={() => void plan.refetch()} />;
  const p = plan.data;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              can.overseePlans
                ? {
                    key: 'o',
                    title: <Link to={paths.plansOverview({ unitId: p.unitId, week: p.weekStart })}>{t('plans.overview.title')}</Link>,
                  }
                : { key: 'o', title: <Link to={paths.myPlan(p.weekStart)}>{t('plans.mine.title')}</Link> },
              { key: 'p', title: p.author.fullName },
            ]}
          />
        }
        title={t('plans.review.title', { name: p.author.fullName })}
        subtitle={weekLabel(p.weekStart)}
      />
      <PlanPanel key={`${p.id}:${p.version}`} plan={p} onReload={() => void plan.refetch()} />
    </>
  );
}
