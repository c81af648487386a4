// Small shared pieces of the evaluation screens: level and status tags, score text, role checks.
import { Tag } from 'antd';
import type { EvaluationStatus, Level, PeriodStatus } from '../../../../contracts/evaluation.js';
import { LEVELS, LevelTag } from '../../../components/evaluation-level.js';
import { useT } from '../../../i18n/context.js';
import { useNumberFormat } from '../../../lib/numbers.js';

const STATUS_COLOURS: Record<EvaluationStatus, string> = {
  excluded: 'default',
  self_pending: 'orange',
  self_submitted: 'cyan',
  appraised: 'blue',
  decided: 'purple',
  published: 'green',
};

/** The short form (HTXS…) with the full name as tooltip; shared with the person page. */
export { LevelTag, LEVELS };

export function StatusTag({ status }: { status: EvaluationStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOURS[status]}>{t(`evaluation.status.${status}`)}</Tag>;
}

export function PeriodStatusTag({ status }: { status: PeriodStatus }) {
  const t = useT();
  return (
    <Tag color={status === 'open' ? 'green' : status === 'closing' ? 'orange' : 'default'}>{t(`evaluation.periodStatus.${status}`)}</Tag>
  );
}

/** Scores as the reader writes numbers ("82,5"), 2 decimals at most; "—" for none. */
export function useScoreText(): (score: number | null | undefined) => string {
  return useNumberFormat().score;
}

/** A step as "82.5 · HTT". */
export function StepCell({ step }: { step: { score: number | null; level: Level | null } | null }) {
  const scoreText = useScoreText();
  if (!step || (step.score == null && !step.level)) return <span>—</span>;
  return (
    <span>
      {scoreText(step.score)} <LevelTag level={step.level} />
    </span>
  );
}
