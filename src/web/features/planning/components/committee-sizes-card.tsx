// The fixed number of seats of each committee per term (the Party executive committee, the standing
// committee, the inspection committee); committee seats are planned at 1.0–1.5 × it (Quy định
// 377-QĐ/TW). An administrator of a top-level unit edits a size; the server checks and audits it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import type { CommitteeSizeView, LadderView, TermList } from '../../../../contracts/planning.js';

export function CommitteeSizesCard({ ladder, kind, queryKey }: { ladder: LadderView; kind: string; queryKey: readonly unknown[] }) {
  const t = useT();
  const qc = useQueryClient();
  const [editing, setEditing] = useState<CommitteeSizeView | null>(null);
  const terms = useQuery({ queryKey: ['planning', 'terms'], queryFn: () => api.get<TermList>('/api/planning/terms') });
  const termName = (id: string) => terms.data?.items.find((x) => x.id === id)?.name ?? '…';
  const label = (s: CommitteeSizeView) =>
    t('planning.ladder.committeeSize.label', { term: termName(s.termId), committee: t(`planning.committee.${s.committee}`) });
  return (
    <Card size="small" title={t('planning.ladder.committeeSizes')}>
      <Flex vertical gap={4}>
        {ladder.committeeSizes
          .filter((s) => s.unitKind === kind)
          .map((s) => (
            <Flex key={`${s.termId}-${s.committee}`} gap={8} align="center" wrap data-testid={`committee-size-${s.termId}-${s.committee}`}>
              <Typography.Text>
                {t('planning.ladder.committeeSize', {
                  term: termName(s.termId),
                  committee: t(`planning.committee.${s.committee}`),
                  fixed: s.fixed.toLocaleString('vi-VN'),
                })}
              </Typography.Text>
              {ladder.actions.edit ? (
                <Button
                  size="small"
                  onClick={() => setEditing(s)}
                  aria-label={t('planning.ladder.committeeSize.editOf', { what: label(s) })}
                >
                  {t('planning.ladder.edit')}
                </Button>
              ) : null}
            </Flex>
          ))}
      </Flex>
      <FormDialog<{ fixed: number }, CommitteeSizeView>
        open={!!editing}
        onClose={() => setEditing(null)}
        title={editing ? label(editing) : ''}
        initialValues={editing ? { fixed: editing.fixed } : undefined}
        submit={(v) =>
          api.put<CommitteeSizeView>(`/api/planning/committee-sizes/${editing!.unitKind}/${editing!.termId}/${editing!.committee}`, {
            version: editing!.version,
            fixed: v.fixed,
          })
        }
        onDone={() => void qc.invalidateQueries({ queryKey })}
        onReload={() => void qc.invalidateQueries({ queryKey })}
      >
        <Form.Item
          name="fixed"
          label={t('planning.ladder.committeeSize.fixed')}
          extra={t('planning.ladder.committeeSize.hint')}
          rules={[{ required: true, message: t('v.required') }]}
        >
          <InputNumber min={1} max={1000} precision={0} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
