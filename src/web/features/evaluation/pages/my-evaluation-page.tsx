// Tự đánh giá: the results part pre-computed (each number opens its tasks), the general criteria
// bounded by their maxima, comment, proposed level, Save and Gửi; after publication, the result.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Alert, App, Breadcrumb, Button, Card, Flex, Form, Input, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { EvaluationView, Level } from '../../../../contracts/evaluation.js';
import { DownloadButton } from '../../../components/download-button.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { ApiError, isApiError } from '../../../lib/api-client.js';
import { reportFiles } from '../../../lib/api/evaluation-reports.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { useCurrentUser } from '../../../lib/session.js';
import { evaluationApi, useInvalidateEvaluation, useMyEvaluation } from '../api/evaluation.js';
import { CommitmentCard } from '../components/commitment-card.js';
import { CriteriaInputs, cleanScores, generalCriteria, kpiCriteria } from '../components/criteria-inputs.js';
import { LEVELS, LevelTag, StatusTag, useScoreText } from '../components/labels.js';
import { ResultsPart } from '../components/results-part.js';

interface Values {
  general?: Record<string, number | null>;
  kpis?: Record<string, number | null>;
  comment?: string;
  proposedLevel?: Level | null;
}

export function ResultCard({ e }: { e: EvaluationView }) {
  const t = useT();
  const scoreText = useScoreText();
  return (
    <Card title={t('evaluation.result.title')} style={{ marginBottom: 16 }}>
      {e.decision && e.decision.level ? (
        <Typography.Title level={3} style={{ fontSize: 20, margin: 0 }}>
          <LevelTag level={e.decision.level} />{' '}
          {t('evaluation.result.level', { level: t(`evaluation.level.${e.decision.level}`), score: scoreText(e.decision.score) })}
        </Typography.Title>
      ) : (
        <Typography.Text type="secondary">{t('evaluation.result.pending')}</Typography.Text>
      )}
      {e.decision?.reason ? <Typography.Paragraph style={{ marginTop: 8 }}>{e.decision.reason}</Typography.Paragraph> : null}
    </Card>
  );
}

function SelfForm({ e }: { e: EvaluationView }) {
  const t = useT();
  const scoreText = useScoreText();
  const { message, modal } = App.useApp();
  const invalidate = useInvalidateEvaluation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const editable = e.actions.editSelf;

  const save = async (v: Values) => {
    const r = await evaluationApi.saveSelf(e.id, {
      version: e.version,
      general: cleanScores(v.general),
      kpis: cleanScores(v.kpis),
      comment: v.comment ?? '',
      proposedLevel: v.proposedLevel ?? null,
    });
    return r;
  };
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setPending(true);
    setError(null);
    try {
      await fn();
      void message.success(done);
      await invalidate();
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) applyFieldErrors(form, err);
    } finally {
      setPending(false);
    }
  };
  const onSave = () => form.validateFields().then((v) => run(() => save(v), t('common.saved')));
  const onSubmit = () =>
    form.validateFields().then((v) => {
      modal.confirm({
        title: t('evaluation.submit'),
        content: t('evaluation.submit.confirm'),
        onOk: () =>
          run(async () => {
            const saved = await save(v);
            await evaluationApi.submitSelf(e.id, saved.version);
          }, t('evaluation.submitted')),
      });
    });

  return (
    <Card title={t('evaluation.col.self')} style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} onReload={() => void invalidate()} />
      {e.self.submitted && e.self.score != null ? (
        <Typography.Paragraph strong>{t('evaluation.total', { score: scoreText(e.self.score) })}</Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!editable}
        initialValues={{
          general: e.self.general ?? {},
          kpis: e.self.kpis ?? {},
          comment: e.self.comment ?? '',
          proposedLevel: e.self.level,
        }}
      >
        <CriteriaInputs criteria={generalCriteria(e)} prefix="general" />
        <CriteriaInputs criteria={kpiCriteria(e)} prefix="kpis" />
        <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="comment" label={t('evaluation.comment')}>
          <Input.TextArea rows={4} {...countUpTo(TEXT.description)} />
        </Form.Item>
        <Form.Item name="proposedLevel" label={t('evaluation.proposedLevel')}>
          <Select<Level>
            allowClear
            style={{ maxWidth: 320 }}
            aria-label={t('evaluation.proposedLevel')}
            options={LEVELS.map((l) => ({ value: l, label: t(`evaluation.level.${l}`) }))}
          />
        </Form.Item>
      </Form>
      {editable ? (
        <Flex gap={8}>
          <Button loading={pending} onClick={() => void onSave()}>
            {t('action.save')}
          </Button>
          <Button type="primary" loading={pending} onClick={() => void onSubmit()}>
            {t('evaluation.submit')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}

export default function MyEvaluationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const mine = useMyEvaluation(id);
  if (mine.isLoading) return <Spin />;
  const e = mine.data;
  const header = (label?: string) => (
    <PageHeader
      breadcrumb={
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={[{ title: <Link to={paths.evaluation()}>{t('evaluation.title')}</Link> }, { title: label ?? '' }]}
        />
      }
      title={t('evaluation.mine')}
      subtitle={e ? `${e.period.label} · ${e.subject.name} · ${e.cadreGroupName} · ${e.criteriaSet.name}` : undefined}
      extra={
        e ? (
          <>
            <StatusTag status={e.status} />
            {e.excluded ? null : (
              <DownloadButton path={reportFiles.form(e.id, 'pdf')} fallbackName="phieu-danh-gia.pdf" size="small">
                {t('er.col.form')} ({t('er.format.pdf')})
              </DownloadButton>
            )}
            {me.personId ? (
              <Link to={`${paths.person(me.personId)}#evaluation-history`}>
                <Button size="small">{t('er.history.mine')}</Button>
              </Link>
            ) : null}
          </>
        ) : undefined
      }
    />
  );
  if (!e)
    return (
      <>
        {header()}
        {isApiError(mine.error, 404) ? <Alert type="info" showIcon title={t('evaluation.noMine')} /> : <ErrorAlert error={mine.error} />}
      </>
    );
  return (
    <>
      {header(e.period.label)}
      {e.excluded ? (
        <Alert type="info" showIcon title={t('evaluation.excluded', { message: e.excluded.message })} style={{ marginBottom: 16 }} />
      ) : null}
      {e.status === 'published' || e.decision ? <ResultCard e={e} /> : null}
      <ResultsPart evaluation={e} />
      <CommitmentCard e={e} />
      {e.excluded ? null : <SelfForm key={`${e.id}:${e.version}`} e={e} />}
    </>
  );
}
