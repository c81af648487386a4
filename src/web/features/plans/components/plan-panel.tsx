// One weekly plan: its week, status, deadline and review, the items (editable when `actions.edit`)
// and the buttons the server allows: Lưu, Gửi duyệt, Phê duyệt, Trả lại.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ApproveButton, ReturnDialog, ReturnedAlert, ReviewDetails, useReviewedItem } from '../../../components/review/review-parts.js';
import { useT } from '../../../i18n/context.js';
import { ApiError } from '../../../lib/api-client.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';
import { formatDateTime } from '../../../lib/dates.js';
import { weekLabel } from '../../../components/work/week-picker.js';
import { approvePlan, planKeys, returnPlan, submitPlan, updatePlan, type PlanView } from '../api/plans.js';
import { PastDueConfirm } from '../../../components/past-due-confirm.js';
import { PlanItemsEditor, type ItemValues } from './plan-items-editor.js';
import { PlanItemsTable } from './plan-items-table.js';
import { PlanStatusTag } from './plan-tags.js';

const toValues = (plan: PlanView): ItemValues[] =>
  plan.items.map((i) => ({
    title: i.title,
    description: i.description,
    fieldCode: i.fieldCode,
    workUnits: i.workUnits,
    startDate: i.startDate,
    dueDate: i.dueDate,
  }));

export function PlanPanel({ plan, onReload }: { plan: PlanView; onReload: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: ItemValues[]; pastDueConfirmed?: boolean }>();
  const watchedItems = Form.useWatch<ItemValues[] | undefined>('items', form);
  // A past due date typed anew asks for the confirmation (decision 0029); items kept as stored do not.
  const kept = new Set(plan.items.map((i) => `${i.dueDate}|${i.title}`));
  const pastDates = (watchedItems ?? []).filter((i) => i && !kept.has(`${i.dueDate}|${i.title}`)).map((i) => i.dueDate);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<{ field: string; message: string }[] | undefined>();
  const [returning, setReturning] = useState(false);
  const reviewed = useReviewedItem();
  // Edits not yet saved: submitting or approving saves them first.
  const dirty = useRef(false);

  const changed = (next: PlanView) => {
    qc.setQueryData(planKeys.detail(next.id), next);
    void qc.invalidateQueries({ queryKey: planKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    if (next.status === 'approved') void qc.invalidateQueries({ queryKey: ['tasks'] });
    if (next.actions.edit && plan.actions.edit) form.setFieldsValue({ items: toValues(next) });
    dirty.current = false;
  };
  const run = async (key: string, fn: () => Promise<PlanView>, done: string) => {
    setBusy(key);
    setError(null);
    setRest(undefined);
    try {
      changed(await fn());
      void message.success(done);
    } catch (err) {
      setError(err);
      setRest(plan.actions.edit ? placeErrors(err) : undefined);
    } finally {
      setBusy(null);
    }
  };
  // Errors on the whole list ('items': e.g. an empty plan) go in the alert, the rest beside their fields.
  const placeErrors = (err: unknown) => {
    if (!(err instanceof ApiError)) return undefined;
    const whole = err.details.filter((d) => d.field === 'items');
    return [
      ...applyFieldErrors(
        form,
        new ApiError(
          err.status,
          err.code,
          err.message,
          err.details.filter((d) => d.field !== 'items'),
        ),
      ),
      ...whole,
    ];
  };
  const items = () => (form.getFieldValue('items') as ItemValues[] | undefined) ?? [];
  const confirmed = () => form.getFieldValue('pastDueConfirmed') === true;
  const save = () =>
    form.validateFields().then(() => run('save', () => updatePlan(plan.id, plan.version, items(), confirmed()), t('common.saved')));
  // Unsaved edits are saved first, so what is submitted or approved is what is on screen.
  const thenAct = (key: string, act: (version: number) => Promise<PlanView>, done: string) => {
    if (!plan.actions.edit) return run(key, () => act(plan.version), done);
    return form
      .validateFields()
      .then(() =>
        run(
          key,
          async () => (dirty.current ? act((await updatePlan(plan.id, plan.version, items(), confirmed())).version) : act(plan.version)),
          done,
        ),
      );
  };

  return (
    <Card>
      <ReviewDetails
        items={[
          { key: 'author', label: t('plans.author'), children: plan.author.fullName },
          { key: 'unit', label: t('tasks.field.unit'), children: plan.unitName },
          { key: 'week', label: t('plans.week'), children: weekLabel(plan.weekStart) },
          { key: 'status', label: t('tasks.field.status'), children: <PlanStatusTag status={plan.status} /> },
          {
            key: 'deadline',
            label: t('plans.deadline'),
            children: (
              <>
                {formatDateTime(plan.deadline)} {plan.late ? <Typography.Text type="danger">({t('plans.late')})</Typography.Text> : null}
              </>
            ),
          },
          { key: 'submitted', label: t('plans.submittedAt'), children: formatDateTime(plan.submittedAt) || t('common.empty') },
          ...reviewed(plan, t('plans.reviewedBy')),
          { key: 'units', label: t('plans.totalWorkUnits'), children: plan.totalWorkUnits },
        ]}
      />
      <ReturnedAlert show={plan.status === 'returned'} title={t('plans.returnedComment')} comment={plan.reviewComment} />
      {plan.status === 'approved' ? <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('plans.approvedNote')} /> : null}
      <ErrorAlert error={error} extra={rest} onReload={onReload} />
      {plan.actions.edit ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ items: toValues(plan) }}
          disabled={!!busy}
          onValuesChange={() => (dirty.current = true)}
        >
          <PlanItemsEditor weekStart={plan.weekStart} />
          <PastDueConfirm field="pastDueWatch" dates={pastDates} />
        </Form>
      ) : (
        <PlanItemsTable items={plan.items} />
      )}
      <Flex justify="end" gap={8} wrap style={{ marginTop: 16 }}>
        {plan.actions.edit ? (
          <Button loading={busy === 'save'} onClick={() => void save().catch(() => undefined)}>
            {t('action.save')}
          </Button>
        ) : null}
        {plan.actions.submit ? (
          <Button
            type="primary"
            loading={busy === 'submit'}
            onClick={() => void thenAct('submit', (v) => submitPlan(plan.id, v), t('plans.submitted')).catch(() => undefined)}
          >
            {t('plans.action.submit')}
          </Button>
        ) : null}
        {plan.actions.return ? (
          <Button danger onClick={() => setReturning(true)}>
            {t('plans.action.return')}
          </Button>
        ) : null}
        {plan.actions.approve ? (
          <ApproveButton
            label={t('plans.action.approve')}
            confirm={t('plans.approveConfirm')}
            loading={busy === 'approve'}
            onConfirm={() => thenAct('approve', (v) => approvePlan(plan.id, v), t('plans.approved')).catch(() => undefined)}
          />
        ) : null}
      </Flex>
      <ReturnDialog<PlanView>
        open={returning}
        onClose={() => setReturning(false)}
        onReload={onReload}
        title={t('plans.action.return')}
        label={t('plans.returnComment')}
        submit={(comment) => returnPlan(plan.id, plan.version, comment)}
        onDone={changed}
        successText={t('plans.returned')}
      />
    </Card>
  );
}
