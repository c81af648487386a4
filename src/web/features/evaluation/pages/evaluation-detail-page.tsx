// One evaluation for managers: the three steps side by side, the results with their evidence, the
// gate report and triggers, then the appraisal form (organising) or decision form (standing).
import { Alert, Breadcrumb, Card, Col, Descriptions, Row, Spin, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link, useParams } from 'react-router';
import type { EvaluationView } from '../../../../contracts/evaluation.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useI18n, useT } from '../../../i18n/context.js';
import { formatDate, formatDateTime } from '../../../lib/dates.js';
import { useEvaluation, useInvalidateEvaluation } from '../api/evaluation.js';
import { CommitmentCard } from '../components/commitment-card.js';
import { GateReport, TriggersCard } from '../components/gate-report.js';
import { LevelTag, StatusTag, useScoreText } from '../components/labels.js';
import { ResultsPart } from '../components/results-part.js';
import { AppraisalForm, DecisionForm } from '../components/step-forms.js';

type Step = EvaluationView['self'] | NonNullable<EvaluationView['appraisal']>;

function StepCard({ title, step, extra }: { title: string; step: Step | null; extra?: React.ReactNode }) {
  const t = useT();
  const scoreText = useScoreText();
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {extra}
      {step && (step.score != null || step.level) ? (
        <>
          <Typography.Paragraph strong>
            {scoreText(step.score)} <LevelTag level={step.level} />
          </Typography.Paragraph>
          {step.comment ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{step.comment}</Typography.Paragraph> : null}
          {step.at ? <Typography.Text type="secondary">{formatDateTime(step.at)}</Typography.Text> : null}
        </>
      ) : (
        <Typography.Text type="secondary">{t('evaluation.notYet')}</Typography.Text>
      )}
    </Card>
  );
}

export default function EvaluationDetailPage() {
  const { t, tx } = useI18n();
  const scoreText = useScoreText();
  const { id = '' } = useParams();
  const ev = useEvaluation(id);
  const invalidate = useInvalidateEvaluation();
  if (ev.isLoading) return <Spin />;
  const e = ev.data;
  if (!e) return <ErrorAlert error={ev.error} />;
  const done = () => void invalidate();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { title: <Link to={paths.evaluation()}>{t('evaluation.title')}</Link> },
              { title: <Link to={paths.evaluationPeriod(e.period.id)}>{e.period.label}</Link> },
              { title: e.subject.name },
            ]}
          />
        }
        title={`${t('evaluation.detail')}: ${e.subject.name}`}
        subtitle={`${e.subject.unitName} · ${e.cadreGroupName} · ${e.criteriaSet.name} (${e.criteriaSet.appendix})`}
        extra={<StatusTag status={e.status} />}
      />
      {e.excluded ? (
        <Alert type="info" showIcon title={t('evaluation.excluded', { message: e.excluded.message })} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <StepCard
            title={t('evaluation.col.self')}
            step={e.self.submitted || e.self.missing ? e.self : null}
            extra={
              e.self.missing ? (
                <Tag color="red">{t('evaluation.self.missing')}</Tag>
              ) : !e.self.submitted ? (
                <Tag>{t('evaluation.self.notSubmitted')}</Tag>
              ) : null
            }
          />
        </Col>
        <Col xs={24} md={8}>
          <StepCard title={t('evaluation.col.appraisal')} step={e.appraisal} />
        </Col>
        <Col xs={24} md={8}>
          <StepCard
            title={t('evaluation.col.decision')}
            step={e.decision}
            extra={
              <>
                {e.decision?.reason ? <Typography.Paragraph>{e.decision.reason}</Typography.Paragraph> : null}
                {e.decision?.facts ? (
                  <Typography.Paragraph type="secondary">
                    {t('evaluation.decisionFacts', {
                      time: e.decision.facts.computedAt ? formatDateTime(e.decision.facts.computedAt) : formatDate(e.decision.facts.asOf),
                      done: e.decision.facts.tasks?.done ?? 0,
                      assigned: e.decision.facts.tasks?.assigned ?? 0,
                    })}
                  </Typography.Paragraph>
                ) : null}
                {e.decision?.facts?.changedSince ? (
                  <Alert type="warning" showIcon title={t('evaluation.decisionFacts.changed')} style={{ marginBottom: 8 }} />
                ) : null}
              </>
            }
          />
        </Col>
      </Row>
      {e.self.general ? (
        <Card size="small" title={t('evaluation.general')} style={{ marginBottom: 16 }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={e.criteriaSet.criteria
              .filter((c) => c.part === 'general')
              .map((c) => ({ key: c.code, label: c.title, children: `${scoreText(e.self.general?.[c.code])} / ${c.maxPoints}` }))}
          />
        </Card>
      ) : null}
      <ResultsPart evaluation={e} />
      <CommitmentCard e={e} />
      <GateReport e={e} />
      <TriggersCard e={e} />
      {e.ownWork ? <Alert type="info" showIcon title={t(`evaluation.ownWork.${e.ownWork}`)} /> : null}
      {e.actions.appraise ? <AppraisalForm key={`a${e.version}`} e={e} onDone={done} /> : null}
      {e.actions.decide ? <DecisionForm key={`d${e.version}`} e={e} onDone={done} /> : null}
      {e.history.length > 0 ? (
        <Card size="small" title={t('evaluation.history')}>
          <ResponsiveTable
            rowKey={(h) => `${h.step}:${h.at}`}
            size="small"
            pagination={false}
            dataSource={e.history}
            columns={[
              { title: t('evaluation.steps'), key: 'step', render: (_, h) => t(`evaluation.history.${h.step}`) },
              { title: t('evaluation.score'), key: 'score', render: (_, h) => scoreText(h.score) },
              {
                title: t('evaluation.level'),
                key: 'level',
                render: (_, h) => (h.level ? tx(`evaluation.levelShort.${h.level}`, h.level) : '—'),
              },
              { title: t('evaluation.decideSet.reason'), key: 'reason', render: (_, h) => h.reason ?? '' },
              { title: '', key: 'at', render: (_, h) => formatDateTime(h.at) },
            ]}
          />
        </Card>
      ) : null}
    </>
  );
}
