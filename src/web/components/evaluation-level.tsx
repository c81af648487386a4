// The four levels of classification (Quy định 366-QĐ/TW) as every screen shows them: the short
// form (HTXS…) in a tag with the full name as its title, and one colour per level shared by tags
// and charts, so a chart's bar and the table's tag of one level look alike.
import { Tag } from 'antd';
import type { Level } from '../../contracts/evaluation.js';
import { useT } from '../i18n/context.js';

export const LEVELS: Level[] = ['excellent', 'good', 'completed', 'not_completed'];

/** antd preset names for tags, and the same hues in hex for charts. */
export const LEVEL_TAG_COLOURS: Record<Level, string> = { excellent: 'gold', good: 'green', completed: 'blue', not_completed: 'red' };
export const LEVEL_CHART_COLOURS: Record<Level | 'none', string> = {
  excellent: '#d48806',
  good: '#389e0d',
  completed: '#1677ff',
  not_completed: '#cf1322',
  none: '#8c8c8c',
};

export function LevelTag({ level }: { level: Level | null | undefined }) {
  const t = useT();
  if (!level) return <span>—</span>;
  return (
    <Tag color={LEVEL_TAG_COLOURS[level]} title={t(`evaluation.level.${level}`)}>
      {t(`evaluation.levelShort.${level}`)}
    </Tag>
  );
}
