// One action plan by id: the standing committee approves or returns it here; readers in scope see it.
import { Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { useCurrentUser } from '../../../lib/session.js';
import { useActionPlan } from '../api/action-plans.js';
import { ActionPlanPanel } from '../components/action-plan-panel.js';

export default function ActionPlanPage() {
  const t = useT();
  const can = useCurrentUser().can;
  const { id } = useParams();
  const p = useActionPlan(id);
  const year = p.data ? String(p.data.year) : undefined;
  return (
    <>
      <PageHeader
        title={t('actionPlans.detail.title')}
        subtitle={
          can.readActionPlans ? (
            <Link to={paths.actionPlansBoard(p.data ? { year } : undefined)}>{t('actionPlans.board.title')}</Link>
          ) : (
            <Link to={paths.myActionPlan(p.data?.year)}>{t('actionPlans.mine.title')}</Link>
          )
        }
      />
      {p.isPending ? <Spin /> : null}
      <ErrorAlert error={p.error} onReload={() => void p.refetch()} />
      {p.data ? <ActionPlanPanel key={`${p.data.id}:${p.data.version}`} plan={p.data} onReload={() => void p.refetch()} /> : null}
    </>
  );
}
