// Schedule a briefing meeting (unit, title, date and time, location, co-chairs, attendees) and
// edit its title, time, location or status.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { useQueryClient } from '@tanstack/react-query';
import { Col, Form, Input, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { WorkPersonPicker } from '../../../components/work/work-person-picker.js';
import { collapseListFields } from '../../../lib/work/field-errors.js';
import { createMeeting, fromVietnamParts, meetingKeys, toVietnamParts, updateMeeting, type MeetingDetail } from '../api/meetings.js';

/** A time of day typed or picked as HH:mm; the value is the 'HH:mm' string. */
export function TimeInput({ value, onChange, id }: { id?: string; value?: string; onChange?: (v: string | undefined) => void }) {
  return (
    <TimePicker
      id={id}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      value={value ? dayjs(value, 'HH:mm') : null}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('HH:mm') : undefined)}
      style={{ width: 120 }}
    />
  );
}

interface CreateValues {
  unitId: string;
  title: string;
  date: string;
  time: string;
  location: string;
  chairIds: string[];
  attendeeIds: string[];
}

export function CreateMeetingDialog({
  open,
  onClose,
  unit,
}: {
  open: boolean;
  onClose: () => void;
  unit: { id: string; name: string } | null;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const required = [{ required: true, message: t('v.required') }];
  return (
    <FormDialog<CreateValues, MeetingDetail>
      open={open}
      onClose={onClose}
      width={680}
      title={t('meetings.create')}
      okText={t('action.create')}
      initialValues={{ unitId: unit?.id, title: t('meetings.defaultTitle'), time: '07:30', location: '', chairIds: [], attendeeIds: [] }}
      submit={async (v) => {
        try {
          return await createMeeting({
            unitId: v.unitId,
            title: v.title,
            scheduledAt: fromVietnamParts(v.date, v.time),
            location: v.location ?? '',
            chairIds: v.chairIds,
            attendeeIds: v.attendeeIds ?? [],
          });
        } catch (err) {
          throw collapseListFields(err, ['chairIds', 'attendeeIds']);
        }
      }}
      errorRename={{ scheduledAt: 'date' }}
      onDone={(m) => {
        void qc.invalidateQueries({ queryKey: meetingKeys.all });
        void navigate(paths.meeting(m.id));
      }}
    >
      {(form) => (
        <MeetingCreateFields
          unitName={unit?.name}
          onUnit={() => form.setFieldsValue({ chairIds: [], attendeeIds: [] })}
          required={required}
        />
      )}
    </FormDialog>
  );
}

function MeetingCreateFields({
  unitName,
  onUnit,
  required,
}: {
  unitName?: string;
  onUnit: () => void;
  required: { required: boolean; message: string }[];
}) {
  const { t } = useI18n();
  const unitId = Form.useWatch<string | undefined>('unitId');
  return (
    <>
      <Form.Item name="unitId" label={t('tasks.field.unit')} rules={required}>
        <UnitPicker valueLabel={unitName} onChange={onUnit} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('meetings.field.title')}
        rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input {...countUpTo(TEXT.title)} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12} md={8}>
          <Form.Item name="date" label={t('meetings.field.date')} rules={required}>
            <DateInput allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="time" label={t('meetings.field.time')} rules={required}>
            <TimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item rules={[maxLengthRule(t, TEXT.location)]} name="location" label={t('meetings.field.location')}>
            <Input {...countUpTo(TEXT.location)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="chairIds"
        label={t('meetings.field.chairs')}
        extra={t('meetings.field.chairsHelp')}
        rules={[
          {
            validator: (_, v: string[] = []) =>
              v.length >= 1 && v.length <= 3 ? Promise.resolve() : Promise.reject(new Error(t('meetings.v.chairs'))),
          },
        ]}
      >
        <WorkPersonPicker multiple unitId={unitId} disabled={!unitId} />
      </Form.Item>
      <Form.Item name="attendeeIds" label={t('meetings.field.attendees')}>
        <WorkPersonPicker multiple unitId={unitId} disabled={!unitId} />
      </Form.Item>
    </>
  );
}

interface EditValues {
  title: string;
  date: string;
  time: string;
  location: string;
  status: 'scheduled' | 'held' | 'cancelled';
}

export function EditMeetingDialog({
  meeting,
  open,
  onClose,
  onDone,
  onReload,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
  onDone: (m: MeetingDetail) => void;
  onReload: () => void;
}) {
  const { t, tx } = useI18n();
  const at = toVietnamParts(meeting.scheduledAt);
  const required = [{ required: true, message: t('v.required') }];
  return (
    <FormDialog<EditValues, MeetingDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      title={t('meetings.edit')}
      initialValues={{
        title: meeting.title,
        date: at.date,
        time: at.time,
        location: meeting.location,
        status: meeting.status === 'closed' ? 'held' : meeting.status,
      }}
      submit={(v) =>
        updateMeeting(meeting.id, {
          version: meeting.version,
          title: v.title,
          scheduledAt: fromVietnamParts(v.date, v.time),
          location: v.location ?? '',
          status: v.status,
        })
      }
      errorRename={{ scheduledAt: 'date' }}
      onDone={onDone}
    >
      <Form.Item
        name="title"
        label={t('meetings.field.title')}
        rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input {...countUpTo(TEXT.title)} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="date" label={t('meetings.field.date')} rules={required}>
            <DateInput allowClear={false} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="time" label={t('meetings.field.time')} rules={required}>
            <TimeInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item rules={[maxLengthRule(t, TEXT.location)]} name="location" label={t('meetings.field.location')}>
        <Input {...countUpTo(TEXT.location)} />
      </Form.Item>
      <Form.Item name="status" label={t('meetings.field.status')}>
        <Select options={(['scheduled', 'held', 'cancelled'] as const).map((s) => ({ value: s, label: tx(`meetingStatus.${s}`, s) }))} />
      </Form.Item>
    </FormDialog>
  );
}
