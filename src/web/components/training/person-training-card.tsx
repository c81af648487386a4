// A person's education and training (issue 13): the record's degree and levels, the training profile
// (field of study and whether it counts as science and technology, IT, foreign language, defence and
// security), the standards of the posts held and planned (Quy định 377-QĐ/TW), and each course attended
// with what the local training-support policy grants for it. The organising body adds courses here.
// Shown only when the API answers (the person, the managers of their unit; 404 to anyone else).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COURSE_LEVELS, COURSE_MODES, COURSE_RESULTS } from '../../../domain/training/index.js';
import type { CourseView, TrainingRecordView } from '../../../contracts/training.js';
import { TEXT } from '../../../contracts/limits.js';
import { DateInput } from '../date-input.js';
import { FormDialog } from '../form-dialog.js';
import { ResponsiveTable } from '../responsive-table.js';
import { useI18n } from '../../i18n/context.js';
import { enumOptions } from '../../i18n/enum-options.js';
import { api } from '../../lib/api-client.js';
import { formatDate, today } from '../../lib/dates.js';
import { useNumberFormat } from '../../lib/numbers.js';
import { countUpTo, maxLengthRule } from '../../lib/text-limit.js';
import { CardSection as Section } from './card-section.js';

export const trainingKey = (personId: string) => ['training', 'person', personId] as const;

interface CourseValues {
  name: string;
  institution: string;
  startDate: string;
  endDate?: string | null;
  mode: CourseView['mode'];
  result: CourseView['result'];
  certificate?: string;
  level?: CourseView['level'];
}

function SupportTag({ c }: { c: CourseView }) {
  const { t } = useI18n();
  const { num } = useNumberFormat();
  const s = c.support;
  if (s.status === 'not_supported') return null;
  const amount = s.status === 'owed' ? s.outstanding : s.status === 'paid' ? s.paid : s.status === 'broken' ? s.refund : 0;
  const colour = s.status === 'broken' ? 'red' : s.status === 'owed' ? 'gold' : s.status === 'paid' ? 'green' : 'default';
  return (
    <Flex vertical gap={2}>
      <Tag color={colour}>{t(`training.support.status.${s.status}`, { amount: num(amount) })}</Tag>
      {s.serviceUntil ? (
        <Typography.Text type="secondary">{t('training.support.serviceUntil', { date: formatDate(s.serviceUntil) })}</Typography.Text>
      ) : null}
      {s.rule ? <Typography.Text type="secondary">{s.rule}</Typography.Text> : null}
    </Flex>
  );
}

export function PersonTrainingCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const rec = useQuery({
    queryKey: trainingKey(personId),
    queryFn: () => api.get<TrainingRecordView>(`/api/training/people/${personId}`),
    retry: false,
  });
  if (!rec.data) return null;
  const r = rec.data;
  const dash = (s: string | null) => s ?? t('training.none');
  const items = [
    {
      key: 'degree',
      label: t('training.degree'),
      children: [r.educationLevel, r.professionalQualification].filter(Boolean).join(' – ') || '—',
    },
    { key: 'field', label: t('training.fieldOfStudy'), children: dash(r.profile.fieldOfStudy ?? r.professionalQualification) },
    {
      key: 'group',
      label: t('training.fieldGroupLabel'),
      children: r.profile.fieldGroup
        ? `${tx(`training.fieldGroup.${r.profile.fieldGroup}`, r.profile.fieldGroup)}${r.profile.fieldGroupSuggested ? ` ${t('training.fieldGroup.suggested')}` : ''}`
        : '—',
    },
    { key: 'st', label: t('training.scienceTechnology'), children: r.profile.scienceTechnology ? t('training.yes') : t('training.no') },
    { key: 'pt', label: t('training.politicalTheory'), children: dash(r.politicalTheoryLevel) },
    { key: 'sm', label: t('training.stateManagement'), children: dash(r.stateManagementLevel) },
    { key: 'it', label: t('training.itLevel'), children: dash(r.profile.itLevel) },
    { key: 'fl', label: t('training.foreignLanguage'), children: dash(r.profile.foreignLanguage) },
    {
      key: 'ds',
      label: t('training.defenceSecurity'),
      children: r.profile.defenceSecurity ? tx(`training.defence.${r.profile.defenceSecurity}`, r.profile.defenceSecurity) : '—',
    },
    ...(r.profile.leftServiceOn
      ? [{ key: 'left', label: t('training.leftServiceOn'), children: formatDate(r.profile.leftServiceOn) }]
      : []),
  ];
  return (
    <Section
      title={t('training.section')}
      extra={
        r.actions.edit ? (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('training.course.add')}
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }} items={items} />
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('training.standards')}
      </Typography.Title>
      {r.standards.length === 0 ? (
        <Typography.Text type="secondary">{t('training.standards.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {r.standards.map((s) => (
            <div key={`${s.relation}:${s.postCode}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{s.title}</Typography.Text>
                <Tag>{t(s.relation === 'held' ? 'training.standards.held' : 'training.standards.planned')}</Tag>
                <Tag color={s.met ? 'green' : 'red'}>{t(s.met ? 'training.standards.met' : 'training.standards.notMet')}</Tag>
              </Flex>
              <ul style={{ margin: '4px 0 0 0', paddingLeft: 20 }}>
                {s.checks.map((c) => (
                  <li key={c.dimension}>
                    <Typography.Text type={c.met ? undefined : 'danger'}>{c.message}</Typography.Text>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Flex>
      )}
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('training.courses')}
      </Typography.Title>
      <ResponsiveTable
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.courses}
        locale={{ emptyText: t('training.courses.none') }}
        columns={[
          { title: t('training.course.name'), dataIndex: 'name', key: 'n' },
          { title: t('training.course.institution'), dataIndex: 'institution', key: 'i' },
          {
            title: t('training.course.period'),
            key: 'p',
            render: (_, c) =>
              t('training.fromTo', { from: formatDate(c.startDate), to: c.endDate ? formatDate(c.endDate) : t('training.ongoing') }),
          },
          { title: t('training.course.mode'), key: 'm', render: (_, c) => tx(`training.mode.${c.mode}`, c.mode) },
          {
            title: t('training.course.result'),
            key: 'r',
            render: (_, c) =>
              [tx(`training.result.${c.result}`, c.result), c.level ? tx(`training.level.${c.level}`, c.level) : null, c.certificate]
                .filter(Boolean)
                .join(' · '),
          },
          { title: t('training.support'), key: 's', render: (_, c) => <SupportTag c={c} /> },
        ]}
      />
      <FormDialog<CourseValues, TrainingRecordView>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('training.course.add')}
        okText={t('training.course.add')}
        successText={t('training.course.saved')}
        initialValues={{ mode: 'short_course', result: 'completed' }}
        submit={(v) =>
          api.post<TrainingRecordView>(`/api/training/people/${personId}/courses`, {
            name: v.name.trim(),
            institution: v.institution.trim(),
            startDate: v.startDate,
            endDate: v.endDate ?? null,
            mode: v.mode,
            result: v.result,
            certificate: v.certificate?.trim() ? v.certificate.trim() : null,
            level: v.level ?? null,
            fieldGroup: null,
          })
        }
        onDone={() => void qc.invalidateQueries({ queryKey: trainingKey(personId) })}
      >
        <Form.Item
          name="name"
          label={t('training.course.name')}
          rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
        >
          <Input {...countUpTo(TEXT.title)} />
        </Form.Item>
        <Form.Item
          name="institution"
          label={t('training.course.institution')}
          rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
        >
          <Input {...countUpTo(TEXT.title)} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="startDate" label={t('training.course.startDate')} rules={[{ required: true, message: t('v.required') }]}>
            <DateInput max={today()} />
          </Form.Item>
          <Form.Item name="endDate" label={t('training.course.endDate')}>
            <DateInput />
          </Form.Item>
        </Flex>
        <Form.Item name="mode" label={t('training.course.mode')} rules={[{ required: true, message: t('v.required') }]}>
          <Select options={enumOptions(tx, 'training.mode', COURSE_MODES)} style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="result" label={t('training.course.result')} rules={[{ required: true, message: t('v.required') }]}>
          <Select options={enumOptions(tx, 'training.result', COURSE_RESULTS)} style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item name="level" label={t('training.course.level')}>
          <Select allowClear options={enumOptions(tx, 'training.level', COURSE_LEVELS)} style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="certificate" label={t('training.course.certificate')} rules={[maxLengthRule(t, TEXT.title)]}>
          <Input {...countUpTo(TEXT.title)} />
        </Form.Item>
      </FormDialog>
    </Section>
  );
}
