// The assigner's dialogs on a task: change the due date (reason kept in the history), cancel
// (reason), edit; and the lead's dialog to mark a roadmap milestone done.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { TaskPriorities } from '../../../../contracts/tasks.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n, useT } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { today } from '../../../lib/dates.js';
import { WorkFieldSelect } from '../../../components/work/work-field-select.js';
import { WorkPersonPicker } from '../../../components/work/work-person-picker.js';
import { cancelTask, changeDueDate, markMilestoneDone, updateTask, type TaskDetail } from '../api/tasks.js';
import type { TaskDialogProps } from './task-dialogs.js';
import { PastDueConfirm } from '../../../components/past-due-confirm.js';

export function DueDateDialog({ task, open, onClose, onDone, onReload }: TaskDialogProps) {
  const t = useT();
  return (
    <FormDialog<{ dueDate: string; reason: string; objectiveCause: boolean; pastDueConfirmed?: boolean }, TaskDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      title={t('tasks.action.changeDue')}
      initialValues={{ dueDate: task.dueDate, reason: '', objectiveCause: false }}
      submit={(v) =>
        changeDueDate(task.id, {
          version: task.version,
          dueDate: v.dueDate,
          reason: v.reason.trim(),
          objectiveCause: v.objectiveCause === true,
          pastDueConfirmed: v.pastDueConfirmed === true,
        })
      }
      onDone={onDone}
    >
      <Form.Item name="dueDate" label={t('tasks.due.newDate')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput allowClear={false} min={task.startDate} />
      </Form.Item>
      <PastDueConfirm />
      <Form.Item
        name="reason"
        label={t('tasks.due.reason')}
        rules={[maxLengthRule(t, TEXT.reason), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input.TextArea rows={3} {...countUpTo(TEXT.reason)} />
      </Form.Item>
      {/* NĐ 335/2025 Điều 14: only a postponement confirmed for an objective cause before the old date passed leaves no delay behind. */}
      <Form.Item name="objectiveCause" valuePropName="checked">
        <Checkbox>{t('tasks.due.objectiveCause')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}

export function CancelDialog({ task, open, onClose, onDone, onReload }: TaskDialogProps) {
  const t = useT();
  return (
    <FormDialog<{ reason: string }, TaskDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      danger
      title={t('tasks.action.cancel')}
      okText={t('tasks.cancel.confirm')}
      initialValues={{ reason: '' }}
      submit={(v) => cancelTask(task.id, { version: task.version, reason: v.reason.trim() })}
      onDone={onDone}
    >
      <Form.Item
        name="reason"
        label={t('tasks.cancel.reason')}
        rules={[maxLengthRule(t, TEXT.reason), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input.TextArea rows={3} {...countUpTo(TEXT.reason)} />
      </Form.Item>
    </FormDialog>
  );
}

interface EditValues {
  title: string;
  description: string;
  priority: (typeof TaskPriorities)[number];
  workUnits: number;
  fieldCode: string | null;
  areaUnitId: string | null;
  supportIds: string[];
}

export function EditTaskDialog({ task, open, onClose, onDone, onReload }: TaskDialogProps) {
  const { t, tx } = useI18n();
  return (
    <FormDialog<EditValues, TaskDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      width={640}
      title={t('tasks.action.edit')}
      initialValues={{
        title: task.title,
        description: task.description,
        priority: task.priority,
        workUnits: task.workUnits,
        fieldCode: task.fieldCode,
        areaUnitId: task.areaUnitId,
        supportIds: task.supports.map((s) => s.id),
      }}
      submit={(v) => updateTask(task.id, { version: task.version, ...v, fieldCode: v.fieldCode ?? null, areaUnitId: v.areaUnitId ?? null })}
      onDone={onDone}
    >
      <Form.Item
        name="title"
        label={t('tasks.field.title')}
        rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input {...countUpTo(TEXT.title)} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="description" label={t('tasks.field.description')}>
        <Input.TextArea rows={3} {...countUpTo(TEXT.description)} />
      </Form.Item>
      <Form.Item name="supportIds" label={t('tasks.field.supports')}>
        <WorkPersonPicker multiple unitId={task.unitId} known={task.supports} />
      </Form.Item>
      <Form.Item name="priority" label={t('tasks.field.priority')}>
        <Select options={enumOptions(tx, 'taskPriority', TaskPriorities)} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="workUnits" label={t('tasks.field.workUnits')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber min={0.01} max={999999} step={1} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="fieldCode" label={t('tasks.field.field')}>
        <WorkFieldSelect />
      </Form.Item>
      <Form.Item name="areaUnitId" label={t('tasks.field.area')}>
        <UnitPicker valueLabel={task.areaUnitName} />
      </Form.Item>
    </FormDialog>
  );
}

export function MilestoneDoneDialog({
  task,
  milestone,
  onClose,
  onDone,
  onReload,
}: Omit<TaskDialogProps, 'open'> & { milestone: TaskDetail['milestones'][number] | null }) {
  const t = useT();
  return (
    <FormDialog<{ doneOn: string; note: string }, TaskDetail>
      open={!!milestone}
      onClose={onClose}
      onReload={onReload}
      title={t('tasks.milestone.markDoneTitle', { title: milestone?.title ?? '' })}
      initialValues={{ doneOn: today(), note: '' }}
      submit={(v) =>
        markMilestoneDone(task.id, milestone!.id, { version: milestone!.version, doneOn: v.doneOn, note: v.note?.trim() ?? '' })
      }
      onDone={onDone}
    >
      <Form.Item name="doneOn" label={t('tasks.milestone.doneOn')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput allowClear={false} max={today()} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="note" label={t('tasks.progress.note')}>
        <Input.TextArea rows={3} {...countUpTo(TEXT.description)} />
      </Form.Item>
    </FormDialog>
  );
}
