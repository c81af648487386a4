import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: ReactNode;
}

export function PageHeader({ title, subtitle, extra, breadcrumb }: Props) {
  return (
    <div style={{ marginBottom: 16 }}>
      {breadcrumb}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} className="canbo-wrap" style={{ margin: 0, fontSize: 22 }}>
            {title}
          </Typography.Title>
          {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
        </div>
        {extra ? (
          <Flex gap={8} wrap style={{ minWidth: 0, maxWidth: '100%' }}>
            {extra}
          </Flex>
        ) : null}
      </Flex>
    </div>
  );
}
