// The post ladder (Quy định 377-QĐ/TW): the leadership posts of each kind of unit with their rank (a
// lower number is higher), their equivalence group, the post that holds them by structure (never
// planned on their own), their seats and approving level, and the fixed committee sizes per term.
// Every reader sees it; an administrator of a top-level unit edits a post (the server checks the
// whole ladder after the change and names what would break).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Breadcrumb, Button, Form, Input, InputNumber, Segmented, Select, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PageHeader } from '../../../components/page-header.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { CommitteeSizesCard } from '../components/committee-sizes-card.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import type { LadderPostView, LadderView } from '../../../../contracts/planning.js';

type Kind = 'commune' | 'province';
interface EditValues {
  rank: number;
  group: string | null;
  seats: number;
  approvingLevel: string;
  concurrentWith: string | null;
  titleVi: string;
  titleEn: string;
}
const LADDER_KEY = ['planning', 'ladder'] as const;
const APPROVING_LEVELS = ['commune_standing', 'province_department', 'province_standing', 'centre'] as const;

export default function LadderPage() {
  const t = useT();
  const qc = useQueryClient();
  const [kind, setKind] = useState<Kind>('commune');
  const [editing, setEditing] = useState<LadderPostView | null>(null);
  const ladder = useQuery({ queryKey: LADDER_KEY, queryFn: () => api.get<LadderView>('/api/planning/ladder') });
  const posts = (ladder.data?.posts ?? []).filter((p) => p.unitKind === kind);
  const titleOf = (code: string | null) => (code ? (posts.find((p) => p.code === code)?.title ?? code) : '—');
  // The group is a code the administrator types: the page names the posts it makes equivalent instead.
  const equivalentsOf = (p: LadderPostView) =>
    (ladder.data?.posts ?? [])
      .filter((o) => p.group !== null && o.group === p.group && o.code !== p.code)
      .map((o) => o.title)
      .join('; ') || '—';

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to={paths.planning()}>{t('planning.title')}</Link> }, { title: t('planning.ladder.title') }]}
      />
      <PageHeader title={t('planning.ladder.title')} subtitle={t('planning.ladder.subtitle')} />
      <Segmented<Kind>
        style={{ marginBottom: 12 }}
        value={kind}
        onChange={setKind}
        aria-label={t('planning.ladder.kind')}
        options={[
          { value: 'commune', label: t('planning.ladder.kind.commune') },
          { value: 'province', label: t('planning.ladder.kind.province') },
        ]}
      />
      <ErrorAlert error={ladder.error} />
      {ladder.isLoading ? <Spin /> : null}
      {ladder.data ? (
        <>
          <ResponsiveTable<LadderPostView>
            rowKey="code"
            dataSource={posts}
            pagination={false}
            style={{ marginBottom: 16 }}
            columns={[
              { key: 'title', title: t('planning.ladder.post'), dataIndex: 'title' },
              { key: 'rank', title: t('planning.ladder.rank'), dataIndex: 'rank', align: 'right' },
              { key: 'group', title: t('planning.ladder.equivalentTo'), render: (_, p) => equivalentsOf(p) },
              { key: 'concurrent', title: t('planning.ladder.concurrentWith'), render: (_, p) => titleOf(p.concurrentWith) },
              {
                key: 'kindCol',
                title: t('planning.ladder.postKind'),
                render: (_, p) =>
                  p.kind === 'leadership' ? t('planning.ladder.leadership') : t(`planning.committee.${p.committee ?? 'executive'}`),
              },
              { key: 'seats', title: t('planning.ladder.seats'), dataIndex: 'seats', align: 'right' },
              ...(ladder.data.actions.edit
                ? [
                    {
                      key: 'actions',
                      title: '',
                      render: (_: unknown, p: LadderPostView) => (
                        <Button size="small" onClick={() => setEditing(p)} aria-label={t('planning.ladder.editOf', { post: p.title })}>
                          {t('planning.ladder.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <CommitteeSizesCard ladder={ladder.data} kind={kind} queryKey={LADDER_KEY} />
        </>
      ) : null}
      <FormDialog<EditValues, LadderPostView>
        open={!!editing}
        onClose={() => setEditing(null)}
        title={t('planning.ladder.editTitle', { post: editing?.title ?? '' })}
        initialValues={
          editing
            ? {
                rank: editing.rank,
                group: editing.group,
                seats: editing.seats,
                approvingLevel: editing.approvingLevel,
                concurrentWith: editing.concurrentWith,
                titleVi: editing.titleVi,
                titleEn: editing.titleEn,
              }
            : undefined
        }
        submit={(v) =>
          api.put<LadderPostView>(`/api/planning/ladder/${editing!.code}`, {
            version: editing!.version,
            rank: v.rank,
            group: v.group || null,
            seats: v.seats,
            approvingLevel: v.approvingLevel,
            concurrentWith: v.concurrentWith ?? null,
            titleVi: v.titleVi,
            titleEn: v.titleEn,
            standards: editing!.standards,
          })
        }
        onDone={() => void qc.invalidateQueries({ queryKey: LADDER_KEY })}
        onReload={() => void qc.invalidateQueries({ queryKey: LADDER_KEY })}
      >
        <Form.Item name="titleVi" label={t('planning.ladder.titleVi')} rules={[{ required: true, message: t('v.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('planning.ladder.titleEn')} rules={[{ required: true, message: t('v.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="rank"
          label={t('planning.ladder.rank')}
          extra={t('planning.ladder.rankHint')}
          rules={[{ required: true, message: t('v.required') }]}
        >
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="group" label={t('planning.ladder.group')} extra={t('planning.ladder.groupHint')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="concurrentWith" label={t('planning.ladder.concurrentWith')} extra={t('planning.ladder.concurrentHint')}>
          <Select
            allowClear
            options={posts
              .filter((p) => p.code !== editing?.code && p.kind === 'leadership')
              .map((p) => ({ value: p.code, label: p.title }))}
          />
        </Form.Item>
        <Form.Item name="seats" label={t('planning.ladder.seats')} rules={[{ required: true, message: t('v.required') }]}>
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
        <Form.Item name="approvingLevel" label={t('planning.ladder.approvingLevel')} rules={[{ required: true, message: t('v.required') }]}>
          <Select options={APPROVING_LEVELS.map((value) => ({ value, label: t(`planning.approvingLevel.${value}`) }))} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
