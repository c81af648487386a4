// Coloured tags for a commitment's stage and an action's assessment.
import { Tag } from 'antd';
import { useI18n } from '../../../i18n/context.js';

const STAGE_COLOR: Record<string, string> = {
  missing: 'red',
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  approved: 'cyan',
  reported: 'gold',
  assessed: 'green',
};
const ASSESSMENT_COLOR: Record<string, string> = { done: 'green', partly: 'gold', not_done: 'red' };

export function StageTag({ stage }: { stage: string }) {
  const { tx } = useI18n();
  return <Tag color={STAGE_COLOR[stage]}>{tx(`commitmentStage.${stage}`, stage)}</Tag>;
}

export function AssessmentTag({ value }: { value: string | null }) {
  const { t, tx } = useI18n();
  if (!value) return <span>{t('commitments.notYet')}</span>;
  return <Tag color={ASSESSMENT_COLOR[value]}>{tx(`assessment.${value}`, value)}</Tag>;
}
