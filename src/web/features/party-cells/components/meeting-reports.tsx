// The meeting's printed papers, as offices file them: the attendance register and the minutes, each as
// PDF or Excel (GET /party-cells/meetings/:id/report). Readers of the cell only (members read on the page).
import { Card, Col, Row } from 'antd';
import { DownloadButton } from '../../../components/download-button.js';
import { useT } from '../../../i18n/context.js';

export function MeetingReports({ meetingId }: { meetingId: string }) {
  const t = useT();
  const kinds = ['attendance', 'minutes'] as const;
  const formats = [
    ['pdf', 'PDF'],
    ['xlsx', 'Excel'],
  ] as const;
  return (
    <Card size="small" title={t('cells.report.title')} data-testid="meeting-reports">
      <Row gutter={[8, 8]}>
        {kinds.flatMap((kind) =>
          formats.map(([format, label]) => (
            <Col key={`${kind}-${format}`} xs={24} sm={12} lg={6}>
              <DownloadButton
                size="large"
                block
                path={`/api/party-cells/meetings/${meetingId}/report`}
                query={{ kind, format }}
                fallbackName={`${kind}.${format}`}
                ariaLabel={t('cells.report.download', { what: t(`cells.report.${kind}`), format: label })}
              >
                {t(`cells.report.${kind}`)} ({label})
              </DownloadButton>
            </Col>
          )),
        )}
      </Row>
    </Card>
  );
}
