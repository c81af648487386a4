// The pieces every reviewed piece of work shows alike (weekly plans, commitments, leaders' action
// plans): the reviewer's line in the details, the returned comment, the approve button with its
// confirmation and the return dialog that asks for the comment.
import { Alert, Button, Descriptions, type DescriptionsProps, Form, Input, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { TEXT } from '../../../contracts/limits.js';
import { useT } from '../../i18n/context.js';
import { formatDateTime } from '../../lib/dates.js';
import { countUpTo, maxLengthRule } from '../../lib/text-limit.js';
import { FormDialog } from '../form-dialog.js';

interface Reviewed {
  reviewedAt: string | null;
  reviewerName: string | null;
}

/** The "reviewed by · when" row for antd Descriptions, or nothing before a review. */
export function useReviewedItem() {
  const t = useT();
  return (r: Reviewed, label: string) =>
    r.reviewedAt ? [{ key: 'review', label, children: `${r.reviewerName ?? t('common.empty')} · ${formatDateTime(r.reviewedAt)}` }] : [];
}

export function ReturnedAlert({ show, title, comment }: { show: boolean; title: string; comment: string | null }) {
  if (!show || !comment) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={title}
      description={<span style={{ whiteSpace: 'pre-wrap' }}>{comment}</span>}
    />
  );
}

export function ApproveButton(props: { label: string; confirm: string; loading: boolean; onConfirm: () => unknown }) {
  const t = useT();
  return (
    <Popconfirm title={props.confirm} okText={props.label} cancelText={t('action.cancel')} onConfirm={() => void props.onConfirm()}>
      <Button type="primary" loading={props.loading}>
        {props.label}
      </Button>
    </Popconfirm>
  );
}

export function ReturnDialog<R>(props: {
  open: boolean;
  onClose: () => void;
  onReload: () => void;
  title: string;
  label: ReactNode;
  successText: string;
  submit: (comment: string) => Promise<R>;
  onDone: (result: R) => void;
}) {
  const t = useT();
  return (
    <FormDialog<{ comment: string }, R>
      open={props.open}
      onClose={props.onClose}
      onReload={props.onReload}
      danger
      title={props.title}
      okText={props.title}
      initialValues={{ comment: '' }}
      submit={(v) => props.submit(v.comment.trim())}
      onDone={props.onDone}
      successText={props.successText}
    >
      <Form.Item
        name="comment"
        label={props.label}
        rules={[maxLengthRule(t, TEXT.planText), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input.TextArea rows={4} {...countUpTo(TEXT.planText)} />
      </Form.Item>
    </FormDialog>
  );
}

/** The details at the head of a reviewed piece of work: two columns, one on a phone. */
export function ReviewDetails({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} items={items} />;
}
