// The status of a meeting as a coloured tag.
import { Tag } from 'antd';
import { useI18n } from '../../../i18n/context.js';

const COLOR: Record<string, string> = { scheduled: 'blue', held: 'gold', closed: 'green', cancelled: 'default' };

export function MeetingStatusTag({ status }: { status: string }) {
  const { tx } = useI18n();
  return <Tag color={COLOR[status]}>{tx(`meetingStatus.${status}`, status)}</Tag>;
}
