// One entry of an editable list inside a form (a plan's item, a commitment's action, an action plan's
// milestone): a small card with its number and a remove button named for screen readers.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ReactNode } from 'react';

export function ListItemCard(props: { title: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={props.title}
      extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={props.onRemove} aria-label={props.removeLabel} />}
    >
      {props.children}
    </Card>
  );
}
