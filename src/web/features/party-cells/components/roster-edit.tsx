// Editing the roster of upper-level cadres attending cells (decision 0033): the committee assigns a cadre
// to a cell's meeting in the month; the cadre (or the committee) reports whether they attended and what
// they heard; the committee turns the report into a task of the task model.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { TEXT } from '../../../../contracts/limits.js';
import type { RosterRow } from '../../../../contracts/party-cells-recruitment.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { useT } from '../../../i18n/context.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { assignRoster, reportRoster, rosterTask } from '../api/party-cells-edit.js';

const refresh = (qc: ReturnType<typeof useQueryClient>) => void qc.invalidateQueries({ queryKey: ['party-cells'] });

export function AssignRosterButton({ month, cells }: { month: string; cells: { cellId: string; name: string }[] }) {
  const t = useT();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const required = [{ required: true, message: t('v.required') }];
  return (
    <>
      <Button size="large" onClick={() => setOpen(true)}>
        {t('cells.roster.assign')}
      </Button>
      <FormDialog<{ cellId: string; personId: string; post: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={t('cells.roster.assign')}
        initialValues={{ cellId: cells[0]?.cellId, post: '' }}
        submit={(v) => assignRoster(v.cellId, { month, personId: v.personId, post: v.post ?? '' })}
        onDone={() => refresh(qc)}
      >
        <Form.Item name="cellId" label={t('cells.roster.cell')} rules={required}>
          <Select size="large" options={cells.map((c) => ({ value: c.cellId, label: c.name }))} />
        </Form.Item>
        <Form.Item name="personId" label={t('cells.roster.cadre')} rules={required}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="post" label={t('cells.roster.post')}>
          <Input size="large" {...countUpTo(TEXT.title)} />
        </Form.Item>
      </FormDialog>
    </>
  );
}

/** A roster row's actions: report (the cadre or the committee), turn the report into a task. */
export function RosterRowActions({ r }: { r: RosterRow }) {
  const t = useT();
  const qc = useQueryClient();
  const [open, setOpen] = useState<null | 'report' | 'task'>(null);
  const required = [{ required: true, message: t('v.required') }];
  const canTask = r.actions.makeTask && !!r.report && !r.taskId;
  if (!r.actions.report && !canTask) return null;
  return (
    <Flex gap={8} wrap style={{ marginTop: 6 }}>
      {r.actions.report ? (
        <Button size="large" onClick={() => setOpen('report')} aria-label={t('cells.roster.reportOf', { name: r.name, cell: r.cellName })}>
          {t('cells.roster.report')}
        </Button>
      ) : null}
      {canTask ? (
        <Button size="large" onClick={() => setOpen('task')} aria-label={t('cells.roster.makeTaskOf', { name: r.name })}>
          {t('cells.roster.makeTask')}
        </Button>
      ) : null}
      <FormDialog<{ attended: boolean; report: string }>
        open={open === 'report'}
        onClose={() => setOpen(null)}
        onReload={() => refresh(qc)}
        title={t('cells.roster.reportOf', { name: r.name, cell: r.cellName })}
        initialValues={{ attended: r.attended ?? true, report: r.report }}
        submit={(v) => reportRoster(r.id, { version: r.version, attended: v.attended, report: v.report ?? '' })}
        onDone={() => refresh(qc)}
      >
        <Form.Item name="attended" label={t('cells.roster.attendedQ')} rules={required}>
          <Radio.Group
            size="large"
            optionType="button"
            options={[
              { value: true, label: t('cells.roster.attended') },
              { value: false, label: t('cells.roster.absent') },
            ]}
          />
        </Form.Item>
        <Form.Item name="report" label={t('cells.roster.heard')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} {...countUpTo(4000)} />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ title: string; leadId: string; dueDate: string }>
        open={open === 'task'}
        onClose={() => setOpen(null)}
        onReload={() => refresh(qc)}
        title={t('cells.roster.makeTaskOf', { name: r.name })}
        initialValues={{ title: r.report.length <= TEXT.title ? r.report : '' }}
        submit={(v) => rosterTask(r.id, { version: r.version, ...v })}
        onDone={() => refresh(qc)}
      >
        <Form.Item name="title" label={t('cells.field.taskTitle')} rules={required}>
          <Input size="large" {...countUpTo(TEXT.title)} />
        </Form.Item>
        <Form.Item name="leadId" label={t('cells.field.lead')} rules={required}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="dueDate" label={t('cells.field.due')} rules={required}>
          <DateInput allowClear={false} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
