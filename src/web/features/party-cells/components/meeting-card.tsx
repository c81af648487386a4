// One cell meeting as a card a thumb can open: kind, date and place, status, attendance, flags; for a
// member, their own mark and the documents and resolution to read.
import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { type CellView, type MyCells, toVnParts } from '../api/party-cells.js';

type Summary = CellView['meetings'][number];
type Mine = MyCells['meetings'][number];

export function MeetingCard({ meeting, mine }: { meeting: Summary; mine?: Mine }) {
  const t = useT();
  const at = toVnParts(meeting.plannedAt);
  return (
    <Card
      size="small"
      data-testid="cell-meeting"
      title={
        <Link to={paths.cellMeeting(meeting.id)} style={{ display: 'block', padding: '6px 0' }}>
          {t(`cells.kind.${meeting.kind}`)} · {formatDate(at.date)} {at.time}
        </Link>
      }
    >
      <Flex gap={6} wrap>
        <Tag color={meeting.status === 'held' ? 'green' : meeting.status === 'cancelled' ? 'default' : 'blue'}>
          {t(`cells.status.${meeting.status}`)}
        </Tag>
        {meeting.status === 'held' || meeting.present > 0 ? (
          <Tag>{t('cells.meeting.attendanceCount', { present: meeting.present, expected: meeting.expected })}</Tag>
        ) : null}
        {mine ? <Tag>{t('cells.myStatus', { status: t(`cells.mark.${mine.myStatus ?? 'none'}`) })}</Tag> : null}
        {meeting.flags.map((f) => (
          <Tag key={f.code} color="orange">
            {f.message.split(': ').slice(1).join(': ') || f.message}
          </Tag>
        ))}
      </Flex>
      {meeting.place || meeting.topic ? (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          {[meeting.topic, meeting.place].filter(Boolean).join(' — ')}
        </Typography.Paragraph>
      ) : null}
      {mine?.documents ? (
        <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }} data-testid="my-documents">
          <strong>{t('cells.meeting.documents')}:</strong> {mine.documents}
        </Typography.Paragraph>
      ) : null}
      {mine?.resolution ? (
        <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>
          <strong>{t('cells.field.resolution')}:</strong> {mine.resolution}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
