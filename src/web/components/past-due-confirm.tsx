// A due date before today is refused by the server unless the user says they knowingly record a past
// deadline (work already done): this warns as soon as such a date is chosen and asks for that confirmation.
import { Alert, Checkbox, Form } from 'antd';
import { useT } from '../i18n/context.js';
import { formatDate, today } from '../lib/dates.js';

/**
 * Place inside a Form with a `dueDate` field; adds the `pastDueConfirmed` checkbox while the date is past.
 * `dates`: further dates typed for work to come (milestones, plan items) that the same confirmation covers
 * (decision 0029); the warning names the earliest past one.
 */
export function PastDueConfirm({ field = 'dueDate', dates = [] }: { field?: string; dates?: (string | null | undefined)[] }) {
  const t = useT();
  const watched = Form.useWatch<string | undefined>(field);
  const now = today();
  const due = [watched, ...dates].filter((d): d is string => !!d && d < now).sort()[0];
  if (!due) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('tasks.pastDue.warning', { date: formatDate(due), today: formatDate(now) })}
      />
      <Form.Item
        name="pastDueConfirmed"
        valuePropName="checked"
        rules={[{ validator: (_, v?: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('tasks.pastDue.required')))) }]}
      >
        <Checkbox>{t('tasks.pastDue.confirm')}</Checkbox>
      </Form.Item>
    </>
  );
}
