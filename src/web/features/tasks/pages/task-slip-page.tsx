// Phiếu giao việc: a leader issues a task to a lead (and supporting people) of a unit in scope.
import { Button, Card, Flex, Form, Result } from 'antd';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { useHomeUnit, useWorkCan } from '../../../lib/work/work-can.js';
import { createTask } from '../api/tasks.js';
import { TaskFormFields, type TaskFormValues } from '../components/task-form-fields.js';
import { useTaskSubmit } from '../components/use-task-submit.js';

export default function TaskSlipPage() {
  const t = useT();
  const can = useWorkCan();
  const home = useHomeUnit();
  const navigate = useNavigate();
  const [form] = Form.useForm<TaskFormValues>();
  const { submit, pending, error, rest } = useTaskSubmit(form, (v) =>
    createTask({
      source: 'slip',
      unitId: v.unitId,
      title: v.title,
      description: v.description?.trim() ?? '',
      leadId: v.leadId ?? '',
      supportIds: v.supportIds ?? [],
      startDate: v.startDate,
      dueDate: v.dueDate,
      priority: v.priority,
      workUnits: v.workUnits,
      fieldCode: v.fieldCode ?? null,
      areaUnitId: v.areaUnitId ?? null,
      pastDueConfirmed: v.pastDueConfirmed === true,
    }),
  );
  if (!can.issueTasks) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  return (
    <>
      <PageHeader title={t('tasks.slip.title')} subtitle={<Link to={paths.tasks()}>{t('tasks.title')}</Link>} />
      <Card>
        <ErrorAlert error={error} extra={rest} />
        <Form<TaskFormValues>
          form={form}
          layout="vertical"
          requiredMark
          disabled={pending}
          initialValues={{ unitId: home?.id, startDate: today(), priority: 'normal', workUnits: 1, supportIds: [], description: '' }}
          onFinish={(v) => void submit(v)}
        >
          <TaskFormFields withLead unitName={home?.name} />
          <Flex justify="end" gap={8}>
            <Button onClick={() => navigate(-1)}>{t('action.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={pending}>
              {t('tasks.slip.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
