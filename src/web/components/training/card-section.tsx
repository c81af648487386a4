// The card a person-page section sits in (the same look as the people feature's sections).
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

export function CardSection({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}
