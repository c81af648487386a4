// Coloured tags for a plan's status and a member's status in the unit overview.
import { Tag } from 'antd';
import { useI18n } from '../../../i18n/context.js';

const PLAN_COLOR: Record<string, string> = { draft: 'default', submitted: 'blue', returned: 'orange', approved: 'green' };
const OVERVIEW_COLOR: Record<string, string> = {
  missing: 'red',
  draft: 'default',
  submitted_on_time: 'blue',
  submitted_late: 'gold',
  returned: 'orange',
  approved: 'green',
};

export function PlanStatusTag({ status }: { status: string }) {
  const { tx } = useI18n();
  return <Tag color={PLAN_COLOR[status]}>{tx(`planStatus.${status}`, status)}</Tag>;
}

export function OverviewStatusTag({ status }: { status: string }) {
  const { tx } = useI18n();
  return <Tag color={OVERVIEW_COLOR[status]}>{tx(`overviewStatus.${status}`, status)}</Tag>;
}
