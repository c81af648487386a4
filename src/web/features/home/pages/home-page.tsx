// A first page: who you are, the units you work on, and quick links. Dashboards come later.
import {
  ApartmentOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  KeyOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/vi.js';
import { useCurrentUser } from '../../../lib/session.js';

const listStyle: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const itemStyle: React.CSSProperties = { padding: '10px 0', borderBottom: '1px solid #f0f0f0' };

export default function HomePage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const links: { key: MessageKey; to: string; icon: ReactNode; show: boolean }[] = [
    { key: 'home.link.org', to: paths.org(), icon: <ApartmentOutlined />, show: true },
    { key: 'home.link.people', to: paths.people(), icon: <TeamOutlined />, show: true },
    { key: 'home.link.newPerson', to: paths.personNew(), icon: <UserAddOutlined />, show: me.can.editPeople },
    { key: 'home.link.import', to: paths.personImport(), icon: <CloudUploadOutlined />, show: me.can.importPeople },
    { key: 'home.link.audit', to: paths.audit(), icon: <AuditOutlined />, show: me.can.readAudit },
    { key: 'home.link.accounts', to: paths.accounts(), icon: <KeyOutlined />, show: me.can.manageAccounts },
    { key: 'home.link.myAccount', to: paths.myAccount(), icon: <UserOutlined />, show: true },
  ];
  return (
    <>
      <PageHeader title={t('home.greeting', { name: me.displayName })} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('home.scope')}>
            {me.roles.length === 0 ? <Typography.Text type="secondary">{t('home.scopeEmpty')}</Typography.Text> : null}
            <ul style={listStyle}>
              {me.roles.map((r) => (
                <li key={`${r.role}:${r.unitId}`} style={itemStyle}>
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <Link to={paths.org(r.unitId)}>{r.unitName}</Link>
                    <Tag color="red">{tx(`role.${r.role}`, r.role)}</Tag>
                  </Flex>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('home.quickLinks')}>
            <ul style={listStyle}>
              {links
                .filter((l) => l.show)
                .map((l) => (
                  <li key={l.key} style={itemStyle}>
                    <Link to={l.to}>
                      {l.icon} {t(l.key)}
                    </Link>
                  </li>
                ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </>
  );
}
