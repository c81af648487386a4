// The decision on a nomination in a word: the recognising decision (number, date, level), the reason it
// was declined, or its status while it waits.
import { Tag, Typography } from 'antd';
import type { ExemplarView } from '../../../contracts/training.js';
import { useI18n } from '../../i18n/context.js';
import { formatDate } from '../../lib/dates.js';

export function ExemplarDecision({ exemplar: r }: { exemplar: ExemplarView }) {
  const { t, tx } = useI18n();
  if (r.status === 'recognised' && r.decisionRef && r.decisionDate && r.level) {
    return (
      <>
        {t('exemplar.decisionText', {
          ref: r.decisionRef,
          date: formatDate(r.decisionDate),
          level: tx(`exemplar.level.${r.level}`, r.level),
        })}
      </>
    );
  }
  if (r.status === 'declined') {
    return (
      <>
        <Tag>{t('exemplar.status.declined')}</Tag>
        {r.declineReason ? <Typography.Text type="secondary">{r.declineReason}</Typography.Text> : null}
      </>
    );
  }
  return <Tag color="gold">{t(`exemplar.status.${r.status}`)}</Tag>;
}
