// What the planning procedure asks of the unit in its current Party term (Quy định 377-QĐ/TW; Hướng
// dẫn 45-HD/BTCTW): the next term's plan in the term's second year, each year's review and top-up in
// the first quarter, the approvals reported upward by June — each upcoming, due, late or done.
import { Card, Flex, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { UnitPlans } from '../api/planning.js';

const COLORS = { upcoming: 'default', due: 'gold', late: 'red', done: 'green' } as const;

export function CadenceCard({ cadence }: { cadence: UnitPlans['cadence'] }) {
  const t = useT();
  if (!cadence.termName) return <Typography.Paragraph type="secondary">{t('planning.cadence.none')}</Typography.Paragraph>;
  const items = [...cadence.items].sort((a, b) => (a.deadline < b.deadline ? 1 : -1));
  return (
    <Card
      size="small"
      title={t('planning.cadence', { term: cadence.termName })}
      style={{ marginBottom: 16 }}
      data-testid="planning-cadence"
    >
      <Flex vertical gap={6}>
        {items.map((i) => (
          <Flex key={`${i.kind}-${i.year}`} gap={8} wrap align="center">
            <Tag color={COLORS[i.status]}>{t(`planning.cadence.status.${i.status}`)}</Tag>
            {i.lateDone ? <Tag color="orange">{t('planning.cadence.lateDone')}</Tag> : null}
            <Typography.Text strong>{t(`planning.cadence.${i.kind}`, { year: i.year })}</Typography.Text>
            <Typography.Text type="secondary">
              {i.doneOn
                ? t('planning.cadence.doneOn', { date: formatDate(i.doneOn) })
                : t('planning.cadence.window', { from: formatDate(i.from), to: formatDate(i.deadline) })}
            </Typography.Text>
          </Flex>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {items[0]?.rule}. {t('planning.cadence.reportNote')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
