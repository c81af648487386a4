// The minutes (biên bản) of the meeting: written while it is open, read afterwards.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { updateMeeting, type MeetingDetail } from '../api/meetings.js';
import { MeetingSection, useMeetingAction } from './meeting-section.js';

export function MinutesSection({ meeting, onReload }: { meeting: MeetingDetail; onReload: () => void }) {
  const t = useT();
  const { run, busy, error } = useMeetingAction();
  const [text, setText] = useState(meeting.minutes);
  if (!meeting.can.edit) {
    return (
      <MeetingSection title={t('meetings.section.minutes')}>
        {meeting.minutes ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{meeting.minutes}</Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('meetings.minutes.empty')}</Typography.Text>
        )}
      </MeetingSection>
    );
  }
  return (
    <MeetingSection title={t('meetings.section.minutes')}>
      <ErrorAlert error={error} onReload={onReload} />
      <label htmlFor="meeting-minutes" style={{ display: 'block', marginBottom: 4 }}>
        {t('meetings.minutes.label')}
      </label>
      <Input.TextArea id="meeting-minutes" rows={6} {...countUpTo(TEXT.minutes)} value={text} onChange={(e) => setText(e.target.value)} />
      <Flex justify="end" style={{ marginTop: 12 }}>
        <Button
          loading={busy === 'minutes'}
          disabled={text === meeting.minutes || text.length > TEXT.minutes}
          onClick={() => void run('minutes', () => updateMeeting(meeting.id, { version: meeting.version, minutes: text }))}
        >
          {t('meetings.minutes.save')}
        </Button>
      </Flex>
    </MeetingSection>
  );
}
