// Nhận nhiệm vụ khó: the signed-in person takes on a hard or new task and commits to a roadmap of
// milestones; progress is then tracked against it on the task page.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Input, Result, Row, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { useHomeUnit, useWorkCan } from '../../../lib/work/work-can.js';
import { volunteerTask } from '../api/tasks.js';
import { TaskFormFields, type TaskFormValues } from '../components/task-form-fields.js';
import { useTaskSubmit } from '../components/use-task-submit.js';

type Values = TaskFormValues & { milestones: { title: string; dueDate: string }[] };

export default function VolunteerPage() {
  const t = useT();
  const can = useWorkCan();
  const home = useHomeUnit();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { submit, pending, error, rest } = useTaskSubmit(form, (v) =>
    volunteerTask({
      unitId: v.unitId,
      title: v.title,
      description: v.description?.trim() ?? '',
      supportIds: v.supportIds ?? [],
      startDate: v.startDate,
      dueDate: v.dueDate,
      priority: v.priority,
      workUnits: v.workUnits,
      fieldCode: v.fieldCode ?? null,
      areaUnitId: v.areaUnitId ?? null,
      milestones: (v.milestones ?? []).map((m) => ({ title: m.title, dueDate: m.dueDate })),
      pastDueConfirmed: v.pastDueConfirmed === true,
    }),
  );
  const milestones = Form.useWatch<Values['milestones'] | undefined>('milestones', form);
  if (!can.volunteer) return <Result status="403" title="403" subTitle={t('tasks.volunteer.noPerson')} />;
  return (
    <>
      <PageHeader title={t('tasks.volunteer.title')} subtitle={<Link to={paths.tasks()}>{t('tasks.title')}</Link>} />
      <Card>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('tasks.volunteer.intro')} />
        <ErrorAlert error={error} extra={rest} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark
          disabled={pending}
          initialValues={{
            unitId: home?.id,
            startDate: today(),
            priority: 'high',
            workUnits: 1,
            supportIds: [],
            description: '',
            milestones: [{ title: '', dueDate: '' }],
          }}
          onFinish={(v) => void submit(v)}
        >
          <TaskFormFields withLead={false} unitName={home?.name} pastDates={(milestones ?? []).map((m) => m?.dueDate)} />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('tasks.section.roadmap')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('tasks.volunteer.roadmapHelp')}</Typography.Paragraph>
          <Form.List
            name="milestones"
            rules={[
              {
                validator: (_, list?: unknown[]) =>
                  list && list.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('tasks.volunteer.milestonesRequired'))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f, i) => (
                  <Row key={f.key} gutter={12} align="top">
                    <Col xs={24} md={14}>
                      <Form.Item
                        name={[f.name, 'title']}
                        label={t('tasks.milestone.titleN', { n: i + 1 })}
                        rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
                      >
                        <Input {...countUpTo(TEXT.title)} />
                      </Form.Item>
                    </Col>
                    <Col xs={18} md={7}>
                      <Form.Item
                        name={[f.name, 'dueDate']}
                        label={t('tasks.milestone.dueN', { n: i + 1 })}
                        rules={[{ required: true, message: t('v.required') }]}
                      >
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col xs={6} md={3} style={{ paddingTop: 30 }}>
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        disabled={fields.length <= 1}
                        aria-label={t('tasks.milestone.remove', { n: i + 1 })}
                      />
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add({ title: '', dueDate: '' })} style={{ marginBottom: 16 }}>
                  {t('tasks.milestone.add')}
                </Button>
              </>
            )}
          </Form.List>
          <Flex justify="end" gap={8}>
            <Button onClick={() => navigate(-1)}>{t('action.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={pending}>
              {t('tasks.volunteer.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
