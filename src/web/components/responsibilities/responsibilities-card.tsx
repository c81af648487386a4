// Fields of work and areas a person answers for (person page), or that a unit assigned (unit
// panel), in force today; an add form for the roles that assign them.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../responsive-table.js';
import { useState } from 'react';
import { ErrorAlert } from '../error-alert.js';
import { useT } from '../../i18n/context.js';
import { formatDate } from '../../lib/dates.js';
import { useWorkCan } from '../../lib/work/work-can.js';
import { useResponsibilities, type ResponsibilityView } from '../../lib/api/responsibilities.js';
import { AddResponsibilityDialog, EndResponsibilityDialog } from './responsibility-dialogs.js';

interface Props {
  person?: { id: string; fullName: string; unitId: string; unitName: string };
  unit?: { id: string; name: string };
  /** Inside another card (the unit panel): no card of its own. */
  bare?: boolean;
}

export function ResponsibilitiesCard({ person, unit, bare }: Props) {
  const t = useT();
  const can = useWorkCan();
  const list = useResponsibilities(person ? { personId: person.id } : { unitId: unit?.id });
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<ResponsibilityView | null>(null);
  const items = list.data?.items ?? [];
  const add = can.writeResponsibilities ? (
    <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
      {t('resp.add')}
    </Button>
  ) : null;
  const body = (
    <>
      <ErrorAlert error={list.error} onReload={() => void list.refetch()} />
      <ResponsiveTable<ResponsibilityView>
        size="small"
        rowKey="id"
        loading={list.isPending && !!(person || unit)}
        dataSource={items}
        pagination={bare && items.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: t('resp.empty') }}
        columns={[
          ...(person ? [] : [{ key: 'person', title: t('resp.person'), render: (_: unknown, r: ResponsibilityView) => r.personName }]),
          {
            key: 'what',
            title: t('resp.what'),
            render: (_, r) =>
              r.fieldCode ? (
                <>
                  <Tag color="geekblue">{t('resp.kind.field')}</Tag>
                  {r.fieldName ?? r.fieldCode}
                </>
              ) : (
                <>
                  <Tag color="green">{t('resp.kind.area')}</Tag>
                  {r.areaUnitName}
                </>
              ),
          },
          ...(person ? [{ key: 'unit', title: t('resp.unit'), render: (_: unknown, r: ResponsibilityView) => r.unitName }] : []),
          ...(bare
            ? []
            : [
                {
                  key: 'term',
                  title: t('resp.term'),
                  width: 160,
                  render: (_: unknown, r: ResponsibilityView) => r.termName ?? t('common.empty'),
                },
              ]),
          {
            key: 'from',
            title: t('resp.validity'),
            width: 190,
            render: (_, r) =>
              t('common.fromTo', { from: formatDate(r.validFrom), to: r.validTo ? formatDate(r.validTo) : t('common.present') }),
          },
          ...(bare ? [] : [{ key: 'note', title: t('resp.note'), render: (_: unknown, r: ResponsibilityView) => r.note || '' }]),
          ...(items.some((r) => r.actions.edit)
            ? [
                {
                  key: 'act',
                  title: t('common.actions'),
                  width: 110,
                  render: (_: unknown, r: ResponsibilityView) =>
                    r.actions.edit && !r.validTo ? (
                      <Button
                        size="small"
                        onClick={() => setEnding(r)}
                        aria-label={t('resp.endOf', { what: r.fieldName ?? r.areaUnitName ?? '' })}
                      >
                        {t('resp.endShort')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {can.writeResponsibilities ? (
        <AddResponsibilityDialog open={adding} onClose={() => setAdding(false)} person={person} unit={unit} />
      ) : null}
      <EndResponsibilityDialog item={ending} onClose={() => setEnding(null)} />
    </>
  );
  if (bare) {
    return (
      <>
        <Typography.Title
          level={4}
          style={{ fontSize: 16, marginTop: 24, display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}
        >
          {t('resp.title')}
          {add}
        </Typography.Title>
        {body}
      </>
    );
  }
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('resp.title')}
        </Typography.Title>
      }
      extra={add}
      style={{ marginBottom: 16 }}
    >
      {body}
    </Card>
  );
}
