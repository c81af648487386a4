// Counts of a period by status and by level (decided and proposed).
import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { EvaluationStatuses, type PeriodDetail } from '../../../../contracts/evaluation.js';
import { useT } from '../../../i18n/context.js';
import { LEVELS } from './labels.js';
import { useNumberFormat } from '../../../lib/numbers.js';

export function PeriodCounts({ period }: { period: PeriodDetail }) {
  const t = useT();
  const nf = useNumberFormat();
  const c = period.counts;
  const levelItems = (counts: PeriodDetail['counts']['byDecisionLevel']) =>
    [...LEVELS, 'none' as const].map((l) => ({ key: l, label: t(`evaluation.levelShort.${l}`), children: counts[l] }));
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={4}>
        <Card size="small">
          <Statistic title={t('evaluation.counts.total')} value={c.total} formatter={nf.statistic} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small" title={t('evaluation.counts.byStatus')}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={EvaluationStatuses.map((s) => ({ key: s, label: t(`evaluation.status.${s}`), children: c.byStatus[s] ?? 0 }))}
          />
        </Card>
      </Col>
      <Col xs={24} md={6}>
        <Card size="small" title={t('evaluation.counts.byDecision')}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={levelItems(c.byDecisionLevel)} />
        </Card>
      </Col>
      <Col xs={24} md={6}>
        <Card size="small" title={t('evaluation.counts.byProposed')}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={levelItems(c.byProposedLevel)} />
        </Card>
      </Col>
    </Row>
  );
}
