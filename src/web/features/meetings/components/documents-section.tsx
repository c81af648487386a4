// Documents sent before the meeting (paperless): download for everyone, upload while it is open.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Typography, Upload } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { documentUrl, meetingKeys, uploadDocument, type MeetingDetail } from '../api/meetings.js';
import { MeetingSection } from './meeting-section.js';
import { formatFileSize } from '../../../../domain/numbers.js';

type Doc = MeetingDetail['documents'][number];

export function DocumentsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t, language } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      await uploadDocument(meeting.id, file);
      void message.success(t('meetings.documents.uploaded', { name: file.name }));
      await qc.invalidateQueries({ queryKey: meetingKeys.detail(meeting.id) });
    } catch (err) {
      setError(err);
    } finally {
      setUploading(false);
    }
  };
  return (
    <MeetingSection
      title={t('meetings.section.documents')}
      extra={
        meeting.can.edit ? (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={uploading}>
              {t('meetings.documents.upload')}
            </Button>
          </Upload>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      <ResponsiveTable<Doc>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meeting.documents}
        locale={{ emptyText: t('meetings.documents.empty') }}
        columns={[
          {
            key: 'name',
            title: t('meetings.documents.name'),
            render: (_, d) => (
              <a href={documentUrl(meeting.id, d.id)} download={d.fileName}>
                <PaperClipOutlined /> {d.fileName}
              </a>
            ),
          },
          {
            key: 'size',
            title: t('meetings.documents.size'),
            width: 100,
            align: 'right',
            render: (_, d) => <Typography.Text type="secondary">{formatFileSize(d.sizeBytes, language)}</Typography.Text>,
          },
          { key: 'at', title: t('meetings.documents.uploadedAt'), width: 160, render: (_, d) => formatDateTime(d.uploadedAt) },
        ]}
      />
    </MeetingSection>
  );
}
