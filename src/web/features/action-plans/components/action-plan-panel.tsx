// One action plan: the leader, post, unit, year, status and review; the unit's indicators; the entries
// (editable while draft or returned, else with their milestones tracked) and the buttons the server
// allows (`can`): Lưu, Gửi duyệt, Trả lại, Duyệt — never approving one's own plan.
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ApproveButton, ReturnDialog, ReturnedAlert, ReviewDetails, useReviewedItem } from '../../../components/review/review-parts.js';
import { useT } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import {
  type ActionPlanView,
  type ItemValues,
  actionPlanKeys,
  approveActionPlan,
  returnActionPlan,
  submitActionPlan,
  updateActionPlan,
} from '../api/action-plans.js';
import { ItemsEditor } from './items-editor.js';
import { IndicatorLine, ItemsView, LateTag } from './items-view.js';
import { PlanStatusTag } from './status-tag.js';

export const toValues = (p: Pick<ActionPlanView, 'items'>): ItemValues[] =>
  p.items.map((i) => ({
    kind: i.kind,
    title: i.title,
    indicatorId: i.indicator?.id ?? null,
    targetValue: i.targetValue,
    dueDate: i.dueDate,
    milestones: i.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate })),
  }));

/** The form's entries as the API takes them (an example has no indicator; an empty value is null). */
export const toInput = (items: ItemValues[] | undefined): ItemValues[] =>
  (items ?? []).map((i) => ({
    ...i,
    indicatorId: i.kind === 'target' ? (i.indicatorId ?? null) : null,
    targetValue: i.kind === 'target' ? (i.targetValue ?? null) : null,
  }));

export function ActionPlanPanel({ plan: p, onReload }: { plan: ActionPlanView; onReload: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: ItemValues[] }>();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const reviewed = useReviewedItem();

  const changed = (next: ActionPlanView) => {
    qc.setQueryData(actionPlanKeys.detail(next.id), next);
    void qc.invalidateQueries({ queryKey: actionPlanKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    if (next.can.edit) form.setFieldsValue({ items: toValues(next) });
  };
  const run = async (key: string, fn: () => Promise<ActionPlanView>, done: string) => {
    setBusy(key);
    setError(null);
    try {
      changed(await fn());
      void message.success(done);
    } catch (err) {
      setError(err);
      if (p.can.edit) applyFieldErrors(form, err);
    } finally {
      setBusy(null);
    }
  };
  const items = () => toInput(form.getFieldValue('items') as ItemValues[] | undefined);
  const save = () =>
    form.validateFields().then(() => run('save', () => updateActionPlan(p.id, p.version, items()), t('actionPlans.saved')));
  // What is submitted is what is on screen: the entries are saved first.
  const submit = () =>
    form
      .validateFields()
      .then(() =>
        run(
          'submit',
          async () => submitActionPlan(p.id, (await updateActionPlan(p.id, p.version, items())).version),
          t('actionPlans.submitted'),
        ),
      );

  return (
    <Card>
      <ReviewDetails
        items={[
          { key: 'author', label: t('actionPlans.leader'), children: p.author.fullName },
          { key: 'post', label: t('actionPlans.post'), children: `${p.postTitle} · ${p.unitName}` },
          { key: 'year', label: t('actionPlans.year'), children: p.year },
          {
            key: 'status',
            label: t('actionPlans.status'),
            children: (
              <>
                <PlanStatusTag status={p.status} /> <LateTag count={p.lateMilestones} />
              </>
            ),
          },
          { key: 'submitted', label: t('actionPlans.submittedAt'), children: formatDateTime(p.submittedAt) || t('common.empty') },
          ...reviewed(p, t('actionPlans.reviewedBy')),
        ]}
      />
      {p.indicators.length ? (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('actionPlans.unitIndicators')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {p.indicators.map((i) => (
              <li key={i.id}>
                <IndicatorLine indicator={i} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Typography.Paragraph type="secondary">{t('actionPlans.rules')}</Typography.Paragraph>
      <ReturnedAlert show={p.status === 'returned'} title={t('actionPlans.returnedComment')} comment={p.reviewComment} />
      <ErrorAlert error={error} onReload={onReload} />
      {p.can.edit ? (
        <Form form={form} layout="vertical" initialValues={{ items: toValues(p) }} disabled={!!busy}>
          <ItemsEditor year={p.year} indicators={p.indicators} />
        </Form>
      ) : (
        <ItemsView items={p.items} />
      )}
      <Flex justify="end" gap={8} wrap style={{ marginTop: 16 }}>
        {p.can.edit ? (
          <Button loading={busy === 'save'} onClick={() => void save().catch(() => undefined)}>
            {t('actionPlans.save')}
          </Button>
        ) : null}
        {p.can.submit ? (
          <Button type="primary" loading={busy === 'submit'} onClick={() => void submit().catch(() => undefined)}>
            {t('actionPlans.submit')}
          </Button>
        ) : null}
        {p.can.return ? (
          <Button danger onClick={() => setReturning(true)}>
            {t('actionPlans.return')}
          </Button>
        ) : null}
        {p.can.approve ? (
          <ApproveButton
            label={t('actionPlans.approve')}
            confirm={t('actionPlans.approveConfirm')}
            loading={busy === 'approve'}
            onConfirm={() => run('approve', () => approveActionPlan(p.id, p.version), t('actionPlans.approved'))}
          />
        ) : null}
      </Flex>
      <ReturnDialog<ActionPlanView>
        open={returning}
        onClose={() => setReturning(false)}
        onReload={onReload}
        title={t('actionPlans.return')}
        label={t('actionPlans.returnComment')}
        submit={(comment) => returnActionPlan(p.id, p.version, comment)}
        onDone={changed}
        successText={t('actionPlans.returned')}
      />
    </Card>
  );
}
