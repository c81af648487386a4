// Add or edit a planned course of the year's plan: name, institution, the level it confers (the standard
// it closes), the dates, the places and who should attend (people of the unit's subtree, found by name).
// The server checks everything and names the field; the form shows its messages next to the fields.
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { COURSE_LEVELS } from '../../../../domain/training/index.js';
import type { PeoplePage } from '../../../../contracts/people.js';
import type { PlanItemView, TrainingPlanView } from '../../../../contracts/training-plan.js';
import { TEXT } from '../../../../contracts/limits.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { api } from '../../../lib/api-client.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';

interface Values {
  name: string;
  institution?: string;
  level?: string | null;
  startDate: string;
  endDate: string;
  places: number;
  attendees: string[];
}

function PeopleSelect({ unitId, initial, ...props }: { unitId: string; initial: Array<{ value: string; label: string }> } & object) {
  const { t } = useI18n();
  const [options, setOptions] = useState(initial);
  const search = async (q: string) => {
    if (q.trim().length < 2) return;
    const page = await api.get<z.infer<typeof PeoplePage>>('/api/people', { q, unitId, pageSize: 20 });
    setOptions((old) => {
      const byId = new Map(old.map((o) => [o.value, o]));
      for (const p of page.items) byId.set(p.id, { value: p.id, label: `${p.fullName} · ${p.unitName}` });
      return [...byId.values()];
    });
  };
  return (
    <Select
      {...props}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={(q) => void search(q)}
      options={options}
      placeholder={t('trainingPlan.attendeesHint')}
      aria-label={t('trainingPlan.attendees')}
    />
  );
}

export function PlanItemDialog({
  unitId,
  year,
  editing,
  open,
  onClose,
}: {
  unitId: string;
  year: number;
  editing: PlanItemView | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const required = { required: true, message: t('v.required') };
  return (
    <FormDialog<Values, TrainingPlanView>
      open={open}
      onClose={onClose}
      title={editing ? t('trainingPlan.edit') : t('trainingPlan.add')}
      okText={editing ? t('trainingPlan.edit') : t('trainingPlan.add')}
      successText={t('trainingPlan.saved')}
      initialValues={
        editing
          ? {
              name: editing.name,
              institution: editing.institution ?? undefined,
              level: editing.level,
              startDate: editing.startDate,
              endDate: editing.endDate,
              places: editing.places,
              attendees: editing.attendees.map((a) => a.personId),
            }
          : { startDate: `${year}-01-01`, endDate: `${year}-12-31`, places: 1, attendees: [] }
      }
      submit={(v) => {
        const body = {
          name: v.name.trim(),
          institution: v.institution?.trim() || null,
          level: v.level ?? null,
          startDate: v.startDate,
          endDate: v.endDate,
          places: v.places,
          attendees: v.attendees ?? [],
        };
        return editing
          ? api.put<TrainingPlanView>(`/api/training/plans/${editing.id}`, { ...body, version: editing.version })
          : api.post<TrainingPlanView>('/api/training/plans', { ...body, unitId, year });
      }}
      onDone={() => void qc.invalidateQueries({ queryKey: ['training', 'plan'] })}
    >
      <Form.Item name="name" label={t('trainingPlan.name')} rules={[maxLengthRule(t, TEXT.title), { ...required, whitespace: true }]}>
        <Input {...countUpTo(TEXT.title)} />
      </Form.Item>
      <Form.Item name="institution" label={t('trainingPlan.institution')} rules={[maxLengthRule(t, TEXT.title)]}>
        <Input {...countUpTo(TEXT.title)} />
      </Form.Item>
      <Form.Item name="level" label={t('trainingPlan.level')}>
        <Select allowClear options={enumOptions(tx, 'training.level', COURSE_LEVELS)} />
      </Form.Item>
      <Form.Item name="startDate" label={t('trainingPlan.from')} rules={[required]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="endDate" label={t('trainingPlan.to')} rules={[required]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="places" label={t('trainingPlan.places')} rules={[required]}>
        <InputNumber min={1} max={10000} precision={0} />
      </Form.Item>
      <Form.Item name="attendees" label={t('trainingPlan.attendees')}>
        <PeopleSelect
          unitId={unitId}
          initial={(editing?.attendees ?? []).map((a) => ({ value: a.personId, label: `${a.name} · ${a.unitName}` }))}
        />
      </Form.Item>
    </FormDialog>
  );
}
