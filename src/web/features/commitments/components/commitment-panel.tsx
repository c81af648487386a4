// One commitment: its year, author, stage and review, the actions (editable while draft or returned)
// and the buttons the server allows (`can`): Lưu, Gửi duyệt, Trả lại, Duyệt, Báo cáo kết quả, Đánh giá.
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { TEXT } from '../../../../contracts/limits.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate, formatDateTime } from '../../../lib/dates.js';
import { ApproveButton, ReturnDialog, ReturnedAlert, ReviewDetails, useReviewedItem } from '../../../components/review/review-parts.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { todayInVietnam } from '../../../../domain/dates.js';
import {
  type CommitmentView,
  approveCommitment,
  assessCommitment,
  commitmentKeys,
  reportCommitment,
  returnCommitment,
  submitCommitment,
  updateCommitment,
} from '../api/commitments.js';
import { type ActionFormValues, ActionsEditor } from './actions-editor.js';
import { ActionsTable } from './actions-table.js';
import { StageTag } from './commitment-tags.js';

const toValues = (c: CommitmentView): ActionFormValues[] =>
  c.actions.map((a) => ({ title: a.title, evidence: a.evidence, dueDate: a.dueDate }));

type ReportValues = { stage: 'mid' | 'final'; texts: Record<string, string | undefined> };
type AssessValues = { results: Record<string, { result?: 'done' | 'partly' | 'not_done'; comment?: string }> };

export function CommitmentPanel({ commitment: c, onReload }: { commitment: CommitmentView; onReload: () => void }) {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ actions: ActionFormValues[] }>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'return' | 'report' | 'assess' | null>(null);
  const reviewed = useReviewedItem();

  const changed = (next: CommitmentView) => {
    qc.setQueryData(commitmentKeys.detail(next.id), next);
    void qc.invalidateQueries({ queryKey: commitmentKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    void qc.invalidateQueries({ queryKey: ['evaluation'] });
    if (next.can.edit) form.setFieldsValue({ actions: toValues(next) });
  };
  const run = async (key: string, fn: () => Promise<CommitmentView>, done: string) => {
    setBusy(key);
    setError(null);
    try {
      changed(await fn());
      void message.success(done);
    } catch (err) {
      setError(err);
      if (c.can.edit) applyFieldErrors(form, err);
    } finally {
      setBusy(null);
    }
  };
  const actions = () => (form.getFieldValue('actions') as ActionFormValues[] | undefined) ?? [];
  const save = () =>
    form.validateFields().then(() => run('save', () => updateCommitment(c.id, c.version, actions()), t('commitments.saved')));
  // What is submitted is what is on screen: the actions are saved first.
  const submit = () =>
    form
      .validateFields()
      .then(() =>
        run(
          'submit',
          async () => submitCommitment(c.id, (await updateCommitment(c.id, c.version, actions())).version),
          t('commitments.submitted'),
        ),
      );
  const today = todayInVietnam();
  const finalOpen = today >= c.rules.finalReportFrom;
  const showReports = c.status === 'approved';
  const o = c.outcome;

  return (
    <Card>
      <ReviewDetails
        items={[
          { key: 'author', label: t('commitments.person'), children: c.author.fullName },
          { key: 'unit', label: t('commitments.unit'), children: c.unitName },
          { key: 'year', label: t('commitments.year'), children: c.year },
          { key: 'stage', label: t('commitments.stage'), children: <StageTag stage={c.stage} /> },
          { key: 'submitted', label: t('commitments.submittedAt'), children: formatDateTime(c.submittedAt) || t('common.empty') },
          ...reviewed(c, t('commitments.reviewedBy')),
          ...(o.complete
            ? [
                {
                  key: 'outcome',
                  label: t('commitments.outcome'),
                  children: t('commitments.outcomePct', { pct: nf.pct(o.pct), done: o.done, partly: o.partly, notDone: o.notDone }),
                },
              ]
            : []),
        ]}
      />
      <Typography.Paragraph type="secondary">
        {t('commitments.rules', { min: c.rules.minActions, max: c.rules.maxActions, rule: c.rules.rule })}{' '}
        {t('commitments.windows', { mid: formatDate(c.rules.midReportFrom), final: formatDate(c.rules.finalReportFrom) })}
      </Typography.Paragraph>
      <ReturnedAlert show={c.status === 'returned'} title={t('commitments.returnedComment')} comment={c.reviewComment} />
      <ErrorAlert error={error} onReload={onReload} />
      {c.can.edit ? (
        <Form form={form} layout="vertical" initialValues={{ actions: toValues(c) }} disabled={!!busy}>
          <ActionsEditor year={c.year} max={c.rules.maxActions} />
        </Form>
      ) : (
        <ActionsTable actions={c.actions} showReports={showReports} />
      )}
      <Flex justify="end" gap={8} wrap style={{ marginTop: 16 }}>
        {c.can.edit ? (
          <Button loading={busy === 'save'} onClick={() => void save().catch(() => undefined)}>
            {t('commitments.save')}
          </Button>
        ) : null}
        {c.can.submit ? (
          <Button type="primary" loading={busy === 'submit'} onClick={() => void submit().catch(() => undefined)}>
            {t('commitments.submit')}
          </Button>
        ) : null}
        {c.can.return ? (
          <Button danger onClick={() => setDialog('return')}>
            {t('commitments.return')}
          </Button>
        ) : null}
        {c.can.approve ? (
          <ApproveButton
            label={t('commitments.approve')}
            confirm={t('commitments.approveConfirm')}
            loading={busy === 'approve'}
            onConfirm={() => run('approve', () => approveCommitment(c.id, c.version), t('commitments.approved'))}
          />
        ) : null}
        {c.can.report ? <Button onClick={() => setDialog('report')}>{t('commitments.report')}</Button> : null}
        {c.can.assess ? (
          <Button type="primary" onClick={() => setDialog('assess')}>
            {t('commitments.assess')}
          </Button>
        ) : null}
      </Flex>

      <ReturnDialog<CommitmentView>
        open={dialog === 'return'}
        onClose={() => setDialog(null)}
        onReload={onReload}
        title={t('commitments.return')}
        label={t('commitments.returnComment')}
        submit={(comment) => returnCommitment(c.id, c.version, comment)}
        onDone={changed}
        successText={t('commitments.returned')}
      />

      <FormDialog<ReportValues, CommitmentView>
        open={dialog === 'report'}
        onClose={() => setDialog(null)}
        onReload={onReload}
        width={720}
        title={t('commitments.report')}
        okText={t('commitments.report')}
        initialValues={{
          stage: finalOpen ? 'final' : 'mid',
          texts: Object.fromEntries(c.actions.map((a) => [a.id, (finalOpen ? a.finalReport : a.midReport) ?? ''])),
        }}
        submit={(v) =>
          reportCommitment(c.id, {
            version: c.version,
            stage: v.stage,
            reports: c.actions
              .filter((a) => (v.texts[a.id] ?? '').trim() !== '' && !(v.stage === 'final' && a.assessment))
              .map((a) => ({ actionId: a.id, text: v.texts[a.id]!.trim() })),
          })
        }
        onDone={changed}
        successText={t('commitments.reported')}
      >
        <Form.Item name="stage" label={t('commitments.reportStage')}>
          <Radio.Group
            options={[
              { value: 'mid', label: t('commitments.stage.mid') },
              { value: 'final', label: t('commitments.stage.final') },
            ]}
          />
        </Form.Item>
        {c.actions.map((a) => (
          <Form.Item key={a.id} name={['texts', a.id]} label={`${a.ordinal}. ${a.title}`} rules={[maxLengthRule(t, TEXT.planText)]}>
            <Input.TextArea rows={2} disabled={!!a.assessment} {...countUpTo(TEXT.planText)} />
          </Form.Item>
        ))}
      </FormDialog>

      <FormDialog<AssessValues, CommitmentView>
        open={dialog === 'assess'}
        onClose={() => setDialog(null)}
        onReload={onReload}
        width={720}
        title={t('commitments.assess')}
        okText={t('commitments.assess')}
        initialValues={{
          results: Object.fromEntries(
            c.actions.map((a) => [a.id, { result: a.assessment ?? undefined, comment: a.assessmentComment ?? '' }]),
          ),
        }}
        submit={(v) =>
          assessCommitment(c.id, {
            version: c.version,
            assessments: c.actions
              .filter((a) => v.results[a.id]?.result)
              .map((a) => ({ actionId: a.id, result: v.results[a.id].result!, comment: (v.results[a.id]?.comment ?? '').trim() })),
          })
        }
        onDone={changed}
        successText={t('commitments.assessed')}
      >
        {c.actions.map((a) => (
          <Card key={a.id} size="small" style={{ marginBottom: 8 }} title={`${a.ordinal}. ${a.title}`}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              <strong>{t('commitments.finalReport')}:</strong> {a.finalReport ?? t('commitments.notYet')}
            </Typography.Paragraph>
            <Form.Item name={['results', a.id, 'result']} label={t('commitments.assessment')}>
              <Select
                allowClear
                disabled={!a.finalReport}
                aria-label={`${t('commitments.assessment')} ${a.ordinal}`}
                options={(['done', 'partly', 'not_done'] as const).map((v) => ({ value: v, label: tx(`assessment.${v}`, v) }))}
              />
            </Form.Item>
            <Form.Item
              name={['results', a.id, 'comment']}
              label={t('commitments.assessmentComment')}
              rules={[maxLengthRule(t, TEXT.planText)]}
            >
              <Input.TextArea rows={2} disabled={!a.finalReport} {...countUpTo(TEXT.planText)} />
            </Form.Item>
          </Card>
        ))}
      </FormDialog>
    </Card>
  );
}
