// The fields of a new task shared by the task slip and the volunteered task: unit, title,
// description, lead (slip only) and supports limited to the unit, dates, priority, work units,
// field and area.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { TaskPriorities } from '../../../../contracts/tasks.js';
import { DateInput } from '../../../components/date-input.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { WorkFieldSelect } from '../../../components/work/work-field-select.js';
import { WorkPersonPicker } from '../../../components/work/work-person-picker.js';
import { PastDueConfirm } from '../../../components/past-due-confirm.js';

export interface TaskFormValues {
  unitId: string;
  title: string;
  description: string;
  leadId?: string;
  supportIds: string[];
  startDate: string;
  dueDate: string;
  priority: (typeof TaskPriorities)[number];
  workUnits: number;
  fieldCode?: string | null;
  areaUnitId?: string | null;
  /** Ticked when a due date before today is recorded knowingly (PastDueConfirm). */
  pastDueConfirmed?: boolean;
}

export function TaskFormFields({
  withLead,
  unitName,
  pastDates,
}: {
  withLead: boolean;
  unitName?: string | null;
  /** Further dates the past-due confirmation covers (a roadmap's milestones). */
  pastDates?: (string | null | undefined)[];
}) {
  const { t, tx } = useI18n();
  const form = Form.useFormInstance<TaskFormValues>();
  const unitId = Form.useWatch('unitId', form);
  const required = [{ required: true, message: t('v.required') }];
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item name="unitId" label={t('tasks.field.unit')} rules={required} extra={t('tasks.slip.unitHelp')}>
          <UnitPicker valueLabel={unitName} onChange={() => form.setFieldsValue({ leadId: undefined, supportIds: [], areaUnitId: null })} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          name="title"
          label={t('tasks.field.title')}
          rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
        >
          <Input {...countUpTo(TEXT.title)} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="description" label={t('tasks.field.description')}>
          <Input.TextArea rows={3} {...countUpTo(TEXT.description)} />
        </Form.Item>
      </Col>
      {withLead ? (
        <Col xs={24} lg={12}>
          <Form.Item name="leadId" label={t('tasks.field.lead')} rules={required}>
            <WorkPersonPicker unitId={unitId} disabled={!unitId} placeholder={unitId ? undefined : t('tasks.slip.pickUnitFirst')} />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} lg={12}>
        <Form.Item name="supportIds" label={t('tasks.field.supports')}>
          <WorkPersonPicker multiple unitId={unitId} disabled={!unitId} placeholder={unitId ? undefined : t('tasks.slip.pickUnitFirst')} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item name="startDate" label={t('tasks.field.startDate')} rules={required}>
          <DateInput allowClear={false} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item
          name="dueDate"
          label={t('tasks.field.dueDate')}
          dependencies={['startDate']}
          rules={[
            ...required,
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                v && getFieldValue('startDate') && v < getFieldValue('startDate')
                  ? Promise.reject(new Error(t('tasks.v.dueBeforeStart')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <DateInput allowClear={false} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={{ span: 12, order: 99 }}>
        <PastDueConfirm dates={pastDates} />
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item name="priority" label={t('tasks.field.priority')}>
          <Select options={enumOptions(tx, 'taskPriority', TaskPriorities)} />
        </Form.Item>
      </Col>
      <Col xs={12} lg={6}>
        <Form.Item name="workUnits" label={t('tasks.field.workUnits')} rules={required} extra={t('tasks.slip.workUnitsHelp')}>
          <InputNumber min={0.01} max={999999} step={1} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="fieldCode" label={t('tasks.field.field')}>
          <WorkFieldSelect />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item name="areaUnitId" label={t('tasks.field.area')} extra={t('tasks.slip.areaHelp')}>
          <UnitPicker />
        </Form.Item>
      </Col>
    </Row>
  );
}
