// The outcome of an import: counts, whether anything was written, the problems by row.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Table, Typography } from 'antd';
import type { JobView } from '../../../../contracts/jobs.js';
import { useT } from '../../../i18n/context.js';
import { errorFileUrl } from '../api/import.js';

type Issue = NonNullable<JobView['summary']>['issues'][number];

export function ImportResult({ job }: { job: JobView }) {
  const t = useT();
  const s = job.summary;
  const nothingWritten = !s || s.inserted === 0;
  const ok = job.status === 'succeeded';
  let title: string;
  if (job.error) title = job.error.message;
  else if (ok && s && s.invalid === 0) title = t('import.done.success', { count: s.inserted });
  else if (ok && s) title = t('import.done.partial', { count: s.inserted, invalid: s.invalid });
  else title = t('import.done.refused', { invalid: s?.invalid ?? 0 });
  return (
    <>
      <Alert
        role={ok ? 'status' : 'alert'}
        type={ok ? (s && s.invalid > 0 ? 'warning' : 'success') : 'error'}
        showIcon
        style={{ marginBottom: 16 }}
        title={title}
        description={nothingWritten ? <strong>{t('import.nothingWritten')}</strong> : undefined}
      />
      {s ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 4 }}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'total', label: t('import.summary.total'), children: s.total },
            { key: 'valid', label: t('import.summary.valid'), children: s.valid },
            { key: 'invalid', label: t('import.summary.invalid'), children: s.invalid },
            { key: 'inserted', label: t('import.summary.inserted'), children: s.inserted },
          ]}
        />
      ) : null}
      {job.hasErrorFile ? (
        <Button icon={<DownloadOutlined />} href={errorFileUrl(job.id)} download style={{ marginBottom: 16 }}>
          {t('import.errorReport')}
        </Button>
      ) : null}
      {s && s.issues.length > 0 ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('import.issues.title')}
          </Typography.Title>
          {s.invalid > s.issues.length ? (
            <Typography.Paragraph type="secondary">{t('import.issues.truncated', { shown: s.issues.length })}</Typography.Paragraph>
          ) : null}
          <Table<Issue>
            size="small"
            rowKey={(i) => `${i.row}:${i.field}:${i.message}`}
            dataSource={s.issues}
            pagination={s.issues.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              { key: 'row', title: t('import.issues.row'), dataIndex: 'row', width: 90 },
              { key: 'field', title: t('import.issues.field'), render: (_, i) => i.header || i.field, width: 220 },
              { key: 'message', title: t('import.issues.message'), dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
