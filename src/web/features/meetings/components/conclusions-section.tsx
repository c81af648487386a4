// Conclusions (kết luận, chỉ đạo): text, target unit, lead, due date, work units. Closing the
// meeting turns each into a task of the target unit; the task links appear here afterwards.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { TaskStatusTag } from '../../../components/work/status-tags.js';
import { WorkPersonPicker } from '../../../components/work/work-person-picker.js';
import { setConclusions, type MeetingDetail } from '../api/meetings.js';
import { MeetingSection, useMeetingChanged } from './meeting-section.js';

type Conclusion = MeetingDetail['conclusions'][number];
interface ItemValues {
  text: string;
  targetUnitId?: string;
  leadPersonId?: string;
  dueDate?: string;
  workUnits: number;
}

/** The lead is chosen among the people of the conclusion's target unit. */
function LeadPicker({
  index,
  known,
  ...rest
}: {
  index: number;
  known: { id: string; fullName: string }[];
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  const unitId = Form.useWatch<string | undefined>(['items', index, 'targetUnitId']);
  return <WorkPersonPicker {...rest} unitId={unitId} disabled={!unitId} known={known} />;
}

/** Shows the name of a unit already chosen (known from the saved conclusions) until it is changed. */
function TargetUnitPicker({
  names,
  ...rest
}: {
  names: Map<string, string>;
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  return <UnitPicker {...rest} valueLabel={rest.value ? (names.get(rest.value) ?? null) : null} />;
}

export function ConclusionsSection({ meeting, onReload }: { meeting: MeetingDetail; onReload: () => void }) {
  const t = useT();
  const changed = useMeetingChanged();
  const [editing, setEditing] = useState(false);
  const units = new Map(meeting.conclusions.map((c) => [c.targetUnit.id, c.targetUnit.name]));
  const leads = meeting.conclusions.map((c) => c.lead);
  const required = [{ required: true, message: t('v.required') }];
  return (
    <MeetingSection
      title={t('meetings.section.conclusions')}
      extra={
        meeting.can.edit ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('meetings.conclusions.edit')}
          </Button>
        ) : null
      }
    >
      <ResponsiveTable<Conclusion>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meeting.conclusions}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('meetings.conclusions.empty') }}
        columns={[
          { key: 'n', title: '#', width: 50, dataIndex: 'ordinal' },
          {
            key: 'text',
            title: t('meetings.conclusions.text'),
            render: (_, c) => <span style={{ whiteSpace: 'pre-wrap' }}>{c.text}</span>,
          },
          { key: 'unit', title: t('meetings.conclusions.targetUnit'), width: 200, render: (_, c) => c.targetUnit.name },
          { key: 'lead', title: t('tasks.field.lead'), width: 170, render: (_, c) => c.lead.fullName },
          { key: 'due', title: t('tasks.field.dueDate'), width: 110, render: (_, c) => formatDate(c.dueDate) },
          { key: 'units', title: t('tasks.field.workUnitsShort'), width: 90, align: 'right', dataIndex: 'workUnits' },
          {
            key: 'task',
            title: t('meetings.conclusions.task'),
            width: 170,
            render: (_, c) =>
              c.task ? (
                <Link to={paths.task(c.task.id)} aria-label={t('meetings.conclusions.openTask', { n: c.ordinal })}>
                  <TaskStatusTag status={c.task.status} />
                </Link>
              ) : (
                t('meetings.conclusions.noTaskYet')
              ),
          },
        ]}
      />
      <FormDialog<{ items: ItemValues[] }, MeetingDetail>
        open={editing}
        onClose={() => setEditing(false)}
        onReload={onReload}
        width={820}
        title={t('meetings.conclusions.edit')}
        initialValues={{
          items: meeting.conclusions.map((c) => ({
            text: c.text,
            targetUnitId: c.targetUnit.id,
            leadPersonId: c.lead.id,
            dueDate: c.dueDate,
            workUnits: c.workUnits,
          })),
        }}
        submit={(v) =>
          setConclusions(meeting.id, {
            version: meeting.version,
            items: (v.items ?? []).map((i) => ({
              text: i.text,
              targetUnitId: i.targetUnitId ?? '',
              leadPersonId: i.leadPersonId ?? '',
              dueDate: i.dueDate ?? '',
              workUnits: i.workUnits,
            })),
          })
        }
        onDone={changed}
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('meetings.conclusions.n', { n: i + 1 })}
                  extra={
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('meetings.conclusions.remove', { n: i + 1 })}
                    />
                  }
                >
                  <Form.Item
                    name={[f.name, 'text']}
                    label={t('meetings.conclusions.text')}
                    rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
                  >
                    <Input.TextArea rows={2} {...countUpTo(TEXT.longReason)} />
                  </Form.Item>
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item name={[f.name, 'targetUnitId']} label={t('meetings.conclusions.targetUnit')} rules={required}>
                        <TargetUnitPicker names={units} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name={[f.name, 'leadPersonId']} label={t('tasks.field.lead')} rules={required}>
                        <LeadPicker index={f.name} known={leads} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8}>
                      <Form.Item name={[f.name, 'dueDate']} label={t('tasks.field.dueDate')} rules={required}>
                        <DateInput allowClear={false} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8}>
                      <Form.Item name={[f.name, 'workUnits']} label={t('tasks.field.workUnits')} rules={required}>
                        <InputNumber min={0.01} max={999999} step={1} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ text: '', workUnits: 1 })}>
                {t('meetings.conclusions.add')}
              </Button>
            </>
          )}
        </Form.List>
      </FormDialog>
    </MeetingSection>
  );
}
