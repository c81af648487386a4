// The assignee's and the assigner's dialogs on a task: progress report (with files), completion,
// appraisal. Each posts with the task's version (a stale one answers 409) and refreshes the task.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Upload, type UploadFile } from 'antd';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { appraiseTask, completeTask, reportProgress, type TaskDetail } from '../api/tasks.js';

/** Same limits as the server (10 files of 10 MB): refused here before the upload starts. */
const MAX_FILES = 10;
const MAX_BYTES = 10 * 1024 * 1024;

export interface TaskDialogProps {
  task: TaskDetail;
  open: boolean;
  onClose: () => void;
  onDone: (task: TaskDetail) => void;
  onReload: () => void;
}

interface ProgressValues {
  progress: number;
  note: string;
  files: UploadFile[];
}

export function ProgressDialog({ task, open, onClose, onDone, onReload }: TaskDialogProps) {
  const t = useT();
  return (
    <FormDialog<ProgressValues, TaskDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      title={t('tasks.action.report')}
      okText={t('tasks.progress.submit')}
      initialValues={{ progress: task.progress, note: '', files: [] }}
      submit={(v) =>
        reportProgress(
          task.id,
          { version: task.version, progress: v.progress, note: v.note?.trim() ?? '' },
          (v.files ?? []).map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f),
        )
      }
      onDone={onDone}
    >
      <Form.Item name="progress" label={t('tasks.progress.percent')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber min={0} max={100} step={5} suffix="%" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="note" label={t('tasks.progress.note')}>
        <Input.TextArea rows={4} {...countUpTo(TEXT.description)} />
      </Form.Item>
      <Form.Item
        name="files"
        label={t('tasks.progress.files')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
        extra={t('tasks.progress.filesHelp', { count: MAX_FILES, mb: 10 })}
        rules={[
          {
            validator: (_, files: UploadFile[] = []) => {
              if (files.length > MAX_FILES) return Promise.reject(new Error(t('tasks.progress.tooManyFiles', { count: MAX_FILES })));
              if (files.some((f) => (f.size ?? 0) > MAX_BYTES))
                return Promise.reject(new Error(t('tasks.progress.fileTooLarge', { mb: 10 })));
              return Promise.resolve();
            },
          },
        ]}
      >
        <Upload beforeUpload={() => false} multiple>
          <Button icon={<UploadOutlined />}>{t('tasks.progress.chooseFiles')}</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  );
}

interface CompleteValues {
  completedOn: string;
  note: string;
}

export function CompleteDialog({ task, open, onClose, onDone, onReload }: TaskDialogProps) {
  const t = useT();
  return (
    <FormDialog<CompleteValues, TaskDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      title={t('tasks.action.complete')}
      okText={t('tasks.action.complete')}
      initialValues={{ completedOn: today(), note: '' }}
      submit={(v) => completeTask(task.id, { version: task.version, completedOn: v.completedOn, note: v.note?.trim() ?? '' })}
      onDone={onDone}
    >
      <Form.Item name="completedOn" label={t('tasks.complete.date')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput allowClear={false} max={today()} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="note" label={t('tasks.progress.note')}>
        <Input.TextArea rows={3} {...countUpTo(TEXT.description)} />
      </Form.Item>
    </FormDialog>
  );
}

interface AppraiseValues {
  qualityOk: boolean;
  majorErrors: number;
  exceeded: boolean;
  objectiveCause: boolean;
  note: string;
}

export function AppraiseDialog({ task, open, onClose, onDone, onReload }: TaskDialogProps) {
  const t = useT();
  const a = task.appraisal;
  return (
    <FormDialog<AppraiseValues, TaskDetail>
      open={open}
      onClose={onClose}
      onReload={onReload}
      title={t('tasks.action.appraise')}
      initialValues={{
        qualityOk: a?.qualityOk ?? true,
        majorErrors: a?.majorErrors ?? 0,
        exceeded: a?.exceeded ?? false,
        objectiveCause: a?.objectiveCause ?? false,
        note: a?.note ?? '',
      }}
      submit={(v) => appraiseTask(task.id, { version: task.version, ...v, majorErrors: v.majorErrors ?? 0, note: v.note?.trim() ?? '' })}
      onDone={onDone}
    >
      <Form.Item name="qualityOk" label={t('tasks.appraisal.qualityOk')} rules={[{ required: true, message: t('v.required') }]}>
        <Radio.Group
          options={[
            { value: true, label: t('tasks.appraisal.meets') },
            { value: false, label: t('tasks.appraisal.fails') },
          ]}
        />
      </Form.Item>
      <Form.Item name="majorErrors" label={t('tasks.appraisal.majorErrors')} extra={t('tasks.appraisal.majorErrorsHelp')}>
        <InputNumber min={0} max={1000} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="exceeded" valuePropName="checked">
        <Checkbox>{t('tasks.appraisal.exceeded')}</Checkbox>
      </Form.Item>
      <Form.Item name="objectiveCause" valuePropName="checked" extra={t('tasks.appraisal.objectiveCauseHelp')}>
        <Checkbox>{t('tasks.appraisal.objectiveCause')}</Checkbox>
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="note" label={t('tasks.appraisal.note')}>
        <Input.TextArea rows={3} {...countUpTo(TEXT.description)} />
      </Form.Item>
    </FormDialog>
  );
}
