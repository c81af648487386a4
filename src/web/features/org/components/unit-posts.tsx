// Posts of a unit with the people holding them as of the date.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PostView } from '../../../../contracts/org.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { useCadreGroupName } from '../../../lib/api/cadre-groups.js';
import { formatDate } from '../../../lib/dates.js';
import { AddPostDialog } from './unit-dialogs.js';

interface Props {
  unitId: string;
  posts: PostView[];
  canAdd: boolean;
  asOf: string;
  onChanged: () => void;
}

export function UnitPosts({ unitId, posts, canAdd, asOf, onChanged }: Props) {
  const t = useT();
  const groupName = useCadreGroupName();
  const [adding, setAdding] = useState(false);
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginTop: 24, marginBottom: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
          {t('org.posts.title')}
        </Typography.Title>
        {canAdd ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('org.posts.add')}
          </Button>
        ) : null}
      </Flex>
      <ResponsiveTable<PostView>
        size="small"
        rowKey="id"
        dataSource={posts}
        pagination={false}
        locale={{ emptyText: t('org.posts.empty') }}
        columns={[
          {
            key: 'title',
            title: t('org.posts.post'),
            render: (_, p) => (
              <Flex gap={4} wrap align="center">
                <span>{p.title}</span>
                {p.isHead ? <Tag color="red">{t('org.posts.head')}</Tag> : null}
                {p.isKey ? <Tag color="gold">{t('org.posts.key')}</Tag> : null}
              </Flex>
            ),
          },
          {
            key: 'holders',
            title: t('org.posts.holders'),
            render: (_, p) =>
              p.holders.length === 0 ? (
                <Typography.Text type="secondary">{t('org.posts.vacant')}</Typography.Text>
              ) : (
                <Flex vertical gap={2}>
                  {p.holders.map((h) => (
                    <span key={h.tenureId}>
                      <Link to={paths.person(h.personId)}>{h.fullName}</Link>{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        ({t('org.posts.since', { date: formatDate(h.startDate) })})
                      </Typography.Text>
                    </span>
                  ))}
                </Flex>
              ),
          },
          { key: 'group', title: t('org.posts.cadreGroup'), render: (_, p) => groupName(p.cadreGroup), width: 130 },
        ]}
      />
      <AddPostDialog open={adding} unitId={unitId} asOf={asOf} onClose={() => setAdding(false)} onDone={onChanged} />
    </>
  );
}
