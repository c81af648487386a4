// A plan's status as a coloured tag (the weekly plans' words: the same four steps), or "not written".
import { Tag } from 'antd';
import type { ActionPlanStatus } from '../../../../contracts/action-plans.js';
import { useI18n } from '../../../i18n/context.js';

const COLOR: Record<ActionPlanStatus, string> = { draft: 'default', submitted: 'blue', returned: 'orange', approved: 'green' };

export function PlanStatusTag({ status }: { status: ActionPlanStatus | null }) {
  const { t, tx } = useI18n();
  if (!status) return <Tag color="red">{t('actionPlans.missing')}</Tag>;
  return <Tag color={COLOR[status]}>{tx(`planStatus.${status}`, status)}</Tag>;
}
