// A phone list of small cards in plain markup (antd's List is deprecated): one <li> per item with a
// divider, paging below when there are more than `pageSize`, the empty text when there are none.
import { Empty, Flex, Pagination, Spin } from 'antd';
import { useState, type Key, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  rowKey: (item: T) => Key;
  render: (item: T, index: number) => ReactNode;
  empty: ReactNode;
  loading?: boolean;
  /** Items per page; 0 (default) shows them all. */
  pageSize?: number;
  /** Paged by the server: `items` is the current page, this drives the pager. */
  serverPage?: false | { current: number; pageSize: number; total: number; onChange: (page: number) => void };
}

export function CardList<T>({ items, rowKey, render, empty, loading = false, pageSize = 0, serverPage = false }: Props<T>) {
  const [page, setPage] = useState(1);
  const paged = pageSize > 0 && items.length > pageSize;
  const last = paged ? Math.max(1, Math.ceil(items.length / pageSize)) : 1;
  const current = Math.min(page, last);
  const shown = paged ? items.slice((current - 1) * pageSize, current * pageSize) : items;
  return (
    <Spin spinning={loading}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((item, i) => (
            <li
              key={rowKey(item)}
              className="card-list-item"
              style={{ padding: '12px 0', borderTop: i === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)', minWidth: 0 }}
            >
              {render(item, i)}
            </li>
          ))}
        </ul>
      )}
      {paged ? (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Pagination size="small" current={current} pageSize={pageSize} total={items.length} showSizeChanger={false} onChange={setPage} />
        </Flex>
      ) : null}
      {serverPage && serverPage.total > serverPage.pageSize ? (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Pagination size="small" showSizeChanger={false} {...serverPage} />
        </Flex>
      ) : null}
    </Spin>
  );
}
