// The register of exemplary collectives and individuals of a unit: by year and campaign, the
// nominations and recognitions; a unit nominates a person with the achievement, the organising body
// records the recognising decision; the year's report (all campaigns or one) prints as offices print it (PDF, Excel).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EXEMPLAR_CAMPAIGNS, RECOGNITION_LEVELS } from '../../../../domain/training/index.js';
import { rolesOf } from '../../../../contracts/permissions.js';
import type { ExemplarList, ExemplarView } from '../../../../contracts/training.js';
import { TEXT } from '../../../../contracts/limits.js';
import { DateInput } from '../../../components/date-input.js';
import { DownloadButton } from '../../../components/download-button.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PageHeader } from '../../../components/page-header.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { api } from '../../../lib/api-client.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';

const READ_ROLES: readonly string[] = [...rolesOf('exemplars.read'), ...rolesOf('exemplars.nominate'), ...rolesOf('exemplars.recognise')];

export default function ExemplarsPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const units = [...new Map(me.roles.filter((r) => READ_ROLES.includes(r.role)).map((r) => [r.unitId, r.unitName])).entries()];
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const thisYear = Number(today().slice(0, 4));
  const year = Number(params.get('year') ?? thisYear);
  const campaign = params.get('campaign') ?? undefined;
  const [nominating, setNominating] = useState(false);
  const [deciding, setDeciding] = useState<ExemplarView | null>(null);
  const key = ['exemplars', 'list', unitId, year, campaign] as const;
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<ExemplarList>('/api/exemplars', { unitId: unitId, year, campaign }),
    enabled: !!unitId,
  });
  const set = (k: string, v: string) => setParams((p) => ({ ...Object.fromEntries(p), [k]: v }));
  return (
    <>
      <PageHeader
        title={t('exemplar.register')}
        extra={
          <Flex gap={8} wrap>
            {units.length > 1 ? (
              <Select value={unitId} onChange={(v) => set('unitId', v)} options={units.map(([value, label]) => ({ value, label }))} />
            ) : null}
            <Select
              aria-label={t('exemplar.year')}
              value={year}
              onChange={(v) => set('year', String(v))}
              options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
            />
            <Select
              aria-label={t('exemplar.campaign')}
              allowClear
              placeholder={t('exemplar.campaign')}
              value={campaign}
              onChange={(v?: string) =>
                setParams((p) => ({ ...Object.fromEntries([...p].filter(([k]) => k !== 'campaign')), ...(v ? { campaign: v } : {}) }))
              }
              options={enumOptions(tx, 'exemplar.campaign', EXEMPLAR_CAMPAIGNS)}
              popupMatchSelectWidth={false}
              style={{ width: 260, maxWidth: '100%' }}
            />
            {list.data?.actions.nominate ? (
              <Button type="primary" onClick={() => setNominating(true)}>
                {t('exemplar.nominate')}
              </Button>
            ) : null}
            {unitId ? (
              <>
                <DownloadButton path="/api/exemplars/report" query={{ unitId, year, campaign, format: 'pdf' }} fallbackName={`${year}.pdf`}>
                  {t('exemplar.report.pdf')}
                </DownloadButton>
                <DownloadButton
                  path="/api/exemplars/report"
                  query={{ unitId, year, campaign, format: 'xlsx' }}
                  fallbackName={`${year}.xlsx`}
                >
                  {t('exemplar.report.xlsx')}
                </DownloadButton>
              </>
            ) : null}
          </Flex>
        }
      />
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={list.isPending && !!unitId}
        pagination={false}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('exemplar.none') }}
        columns={[
          { title: t('exemplar.name'), dataIndex: 'name', key: 'n' },
          { title: t('exemplar.unit'), dataIndex: 'unitName', key: 'u' },
          { title: t('exemplar.campaign'), key: 'c', render: (_, r) => tx(`exemplar.campaign.${r.campaign}`, r.campaign) },
          { title: t('exemplar.achievement'), dataIndex: 'achievement', key: 'a' },
          {
            title: t('exemplar.decision'),
            key: 'd',
            render: (_, r) =>
              r.status === 'recognised' && r.decisionRef && r.decisionDate && r.level ? (
                t('exemplar.decisionText', {
                  ref: r.decisionRef,
                  date: formatDate(r.decisionDate),
                  level: tx(`exemplar.level.${r.level}`, r.level),
                })
              ) : r.actions.recognise ? (
                <Button size="small" onClick={() => setDeciding(r)}>
                  {t('exemplar.recognise')}
                </Button>
              ) : (
                <Tag>{t(`exemplar.status.${r.status}`)}</Tag>
              ),
          },
        ]}
      />
      <FormDialog<{ personId: string; campaign: string; achievement: string }, ExemplarView>
        open={nominating}
        onClose={() => setNominating(false)}
        title={t('exemplar.nominate')}
        okText={t('exemplar.nominate')}
        successText={t('exemplar.saved')}
        initialValues={{ campaign: 'ho_chi_minh' }}
        submit={(v) =>
          api.post<ExemplarView>('/api/exemplars', {
            subject: 'person',
            personId: v.personId,
            subjectUnitId: null,
            year,
            campaign: v.campaign,
            achievement: v.achievement.trim(),
            source: 'unit',
          })
        }
        onDone={() => void qc.invalidateQueries({ queryKey: ['exemplars'] })}
      >
        <Form.Item name="personId" label={t('exemplar.person')} rules={[{ required: true, message: t('v.required') }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="campaign" label={t('exemplar.campaign')} rules={[{ required: true, message: t('v.required') }]}>
          <Select options={enumOptions(tx, 'exemplar.campaign', EXEMPLAR_CAMPAIGNS)} />
        </Form.Item>
        <Form.Item
          name="achievement"
          label={t('exemplar.achievement')}
          rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
        >
          <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ level: string; decisionRef: string; decisionDate: string }, ExemplarView>
        open={!!deciding}
        onClose={() => setDeciding(null)}
        title={t('exemplar.recognise')}
        okText={t('exemplar.recognise')}
        successText={t('exemplar.saved')}
        initialValues={{ level: 'commune', decisionDate: today() }}
        submit={(v) =>
          api.post<ExemplarView>(`/api/exemplars/${deciding!.id}/recognise`, {
            level: v.level,
            decisionRef: v.decisionRef.trim(),
            decisionDate: v.decisionDate,
            version: deciding!.version,
          })
        }
        onDone={() => void qc.invalidateQueries({ queryKey: ['exemplars'] })}
      >
        <Form.Item name="level" label={t('exemplar.level')} rules={[{ required: true, message: t('v.required') }]}>
          <Select options={enumOptions(tx, 'exemplar.level', RECOGNITION_LEVELS)} />
        </Form.Item>
        <Form.Item
          name="decisionRef"
          label={t('exemplar.decisionRef')}
          rules={[maxLengthRule(t, TEXT.decisionRef), { required: true, whitespace: true, message: t('v.required') }]}
        >
          <Input {...countUpTo(TEXT.decisionRef)} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('exemplar.decisionDate')} rules={[{ required: true, message: t('v.required') }]}>
          <DateInput max={today()} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
