// One candidate of a post: who, target, source, status, age at the reference month, months left,
// qualifications, the last three years' ratings and every rule check.
import { Button, Card, Collapse, Flex, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/vi.js';
import { formatDate } from '../../../lib/dates.js';
import type { CandidateView } from '../api/planning.js';
import { RuleChecks } from './rule-checks.js';

const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const nf = new Intl.NumberFormat('vi-VN');

export function CandidateCard({ c, onRemove }: { c: CandidateView; onRemove?: () => void }) {
  const t = useT();
  const level = (code: string | null) => (code ? t(`planning.level.${code}` as MessageKey) : t('planning.none'));
  const worst = c.checks.some((x) => x.outcome === 'fail') ? 'fail' : c.checks.some((x) => x.outcome === 'warn') ? 'warn' : 'pass';
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="candidate">
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div>
          <Typography.Text strong>{c.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {c.unitName} · {t('planning.born', { date: formatDate(c.dateOfBirth) })}
            </Typography.Text>
          </div>
        </div>
        <Flex gap={4} wrap>
          <Tag color={c.targetLevel === 1 ? 'blue' : 'purple'}>{t(`planning.target.${c.targetLevel}`)}</Tag>
          <Tag>{t(`planning.source.${c.source}`)}</Tag>
          <Tag color={c.status === 'approved' ? 'green' : c.status === 'removed' ? 'red' : 'gold'}>
            {t(`planning.candidateStatus.${c.status}`)}
          </Tag>
        </Flex>
      </Flex>
      <Flex vertical gap={2} style={{ marginTop: 8, fontSize: 13 }}>
        <span>
          {t('planning.ageAt', { month: month(c.referenceMonth), years: c.ageAtReference.years, months: c.ageAtReference.months })}
        </span>
        <span>{t('planning.monthsLeft', { months: nf.format(c.monthsLeft), date: formatDate(c.retirementDate) })}</span>
        <span>
          {t('planning.qualification', { value: level(c.qualifications.qualification) })} ·{' '}
          {t('planning.politicalTheory', { value: level(c.qualifications.political_theory) })} ·{' '}
          {t('planning.stateManagement', { value: level(c.qualifications.state_management) })}
        </span>
        <span>
          {t('planning.ratings')}:{' '}
          {c.ratings.map((r) => `${r.year}: ${r.level ? t(`evaluation.levelShort.${r.level}`) : t('planning.notRated')}`).join(' · ')}
        </span>
        {c.training.length > 0 ? (
          <span>
            {t('planning.training')}:{' '}
            {c.training
              .map((x) =>
                t('planning.trainingItem', {
                  dimension: t(`planning.dimensionName.${x.dimension}`),
                  level: level(x.level),
                  date: formatDate(x.expectedBy),
                }),
              )
              .join('; ')}
          </span>
        ) : null}
        {c.status === 'removed' && c.removedOn ? (
          <Typography.Text type="danger">
            {c.removalKind ? `${t(`planning.removalKind.${c.removalKind}`)} — ` : ''}
            {t('planning.removedLine', { date: formatDate(c.removedOn), reason: c.removalReason ?? '' })}
          </Typography.Text>
        ) : null}
      </Flex>
      {c.checks.length > 0 ? (
        <Collapse
          size="small"
          ghost
          style={{ marginTop: 4 }}
          defaultActiveKey={worst === 'pass' ? [] : ['checks']}
          items={[{ key: 'checks', label: t('planning.checks'), children: <RuleChecks checks={c.checks} /> }]}
        />
      ) : null}
      {onRemove ? (
        <Button size="small" danger onClick={onRemove} style={{ marginTop: 4 }}>
          {t('planning.remove')}
        </Button>
      ) : null}
    </Card>
  );
}
