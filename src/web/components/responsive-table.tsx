// A table on wide screens, a list of cards on a phone. Takes antd Table's props, so a page swaps
// `<Table>` for `<ResponsiveTable>` and nothing else: below the `md` breakpoint each row becomes a
// card whose heading is the first column, whose other columns are label–value pairs, and whose
// `actions` column (key 'actions') sits at the bottom, so a row's key actions stay on screen.
// Column sorting and header filters are wide-screen only; paging works in both.
import { Card, Empty, Flex, Pagination, Spin, Table, type TableProps, Typography } from 'antd';
import type { ColumnGroupType, ColumnType, TablePaginationConfig } from 'antd/es/table/index.js';
import { isValidElement, useEffect, useRef, useState, type Key, type ReactNode } from 'react';
import { useNarrow } from '../lib/use-narrow.js';

type Column<T> = ColumnType<T> | ColumnGroupType<T>;
interface Leaf<T> {
  key: string;
  title: ReactNode;
  column: ColumnType<T>;
}

export interface ResponsiveTableProps<T> extends TableProps<T> {
  /** The column keys left out of the cards (e.g. a column repeating the card's heading). */
  cardHidden?: string[];
}

const titleOf = (title: unknown): ReactNode => (typeof title === 'function' ? null : (title as ReactNode));

/** Grouped columns are flattened: "Group · Column". */
function leaves<T>(columns: readonly Column<T>[], parent?: ReactNode, prefix = ''): Leaf<T>[] {
  return columns.flatMap((c, i) => {
    const key = String(c.key ?? ('dataIndex' in c ? [c.dataIndex].flat().join('.') : '') ?? '') || `${prefix}${i}`;
    const title =
      parent && titleOf(c.title) ? (
        <>
          {parent} · {titleOf(c.title)}
        </>
      ) : (
        (titleOf(c.title) ?? parent)
      );
    if ('children' in c && c.children) return leaves(c.children, title, `${key}.`);
    return [{ key, title, column: c }];
  });
}

function valueOf<T>(record: T, dataIndex: ColumnType<T>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined;
  return [dataIndex]
    .flat()
    .reduce<unknown>((v, k) => (v == null ? v : (v as Record<string | number, unknown>)[k as string | number]), record);
}

function cell<T>(leaf: Leaf<T>, record: T, index: number): ReactNode {
  const value = valueOf(record, leaf.column.dataIndex);
  const out: unknown = leaf.column.render ? leaf.column.render(value, record, index) : value;
  // A render may answer { children, props } (cell spans); the card shows the children.
  if (out && typeof out === 'object' && !isValidElement(out) && 'children' in out) return (out as { children: ReactNode }).children;
  return out as ReactNode;
}

function rowKeyOf<T>(rowKey: TableProps<T>['rowKey'], record: T, index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  const k = rowKey ?? 'key';
  return (record as Record<string, Key | undefined>)[k] ?? index;
}

export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const narrow = useNarrow();
  const [localPage, setLocalPage] = useState({ current: 1, pageSize: 10 });
  const { cardHidden, ...tableProps } = props;
  const wide = useRef<HTMLDivElement>(null);
  // A table wider than its box scrolls inside it; keyboard users reach that scroll only if the
  // box takes focus (axe: scrollable-region-focusable). Checked after each render and resize.
  useEffect(() => {
    const root = wide.current;
    if (!root) return;
    const mark = () => {
      for (const box of Array.from(root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body'))) {
        if (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
      }
    };
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(root);
    return () => observer.disconnect();
  });
  if (!narrow)
    return (
      <div ref={wide}>
        <Table<T> {...tableProps} />
      </div>
    );

  const { columns = [], dataSource = [], rowKey, loading, locale, pagination, onChange, rowClassName } = tableProps;
  const busy = typeof loading === 'object' ? !!loading.spinning : !!loading;
  const all = leaves(columns).filter((l) => !cardHidden?.includes(l.key));
  const actions = all.filter((l) => l.key === 'actions');
  const fields = all.filter((l) => l.key !== 'actions');
  const [head, ...rest] = fields;

  const paged: TablePaginationConfig | false = pagination === false || pagination === undefined ? false : pagination;
  // A table given no `current` pages its rows itself, as antd does.
  const selfPaged = paged && paged.current === undefined;
  const current = paged ? (paged.current ?? localPage.current) : 1;
  const pageSize = paged ? (paged.pageSize ?? localPage.pageSize) : dataSource.length;
  const rows = selfPaged ? dataSource.slice((current - 1) * pageSize, current * pageSize) : dataSource;
  const onPage = (page: number, size: number) => {
    if (selfPaged) setLocalPage({ current: page, pageSize: size });
    if (paged && paged.onChange) paged.onChange(page, size);
    else onChange?.({ ...paged, current: page, pageSize: size }, {}, [], { action: 'paginate', currentDataSource: [...dataSource] });
  };

  return (
    <Spin spinning={busy}>
      {rows.length === 0 ? (
        ((locale?.emptyText as ReactNode) ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)
      ) : (
        <ul className="canbo-cards">
          {rows.map((record, i) => {
            const index = (current - 1) * pageSize + i;
            const cls = typeof rowClassName === 'function' ? rowClassName(record, index, 0) : rowClassName;
            return (
              <li key={rowKeyOf(rowKey, record, index)} className={cls}>
                <Card size="small">
                  {head ? <div className="canbo-card-head canbo-wrap">{cell(head, record, index)}</div> : null}
                  {rest.length ? (
                    <dl className="canbo-card-fields">
                      {rest.map((l) => (
                        <div key={l.key}>
                          <dt>{l.title}</dt>
                          <dd className="canbo-wrap">{cell(l, record, index)}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  {actions.map((l) => (
                    <Flex key={l.key} wrap gap={8} className="canbo-card-actions">
                      {cell(l, record, index)}
                    </Flex>
                  ))}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {paged && !busy && dataSource.length > 0 && (paged.total ?? dataSource.length) <= pageSize && paged.showTotal ? (
        // One page: no pager, but the total still shows, as the wide table's footer shows it (not while loading, nor for none).
        <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', marginTop: 12 }}>
          {paged.showTotal(paged.total ?? dataSource.length, [1, paged.total ?? dataSource.length])}
        </Typography.Text>
      ) : null}
      {paged && (paged.total ?? dataSource.length) > pageSize ? (
        <Pagination
          simple
          size="small"
          align="center"
          style={{ marginTop: 12 }}
          current={current}
          pageSize={pageSize}
          total={paged.total ?? dataSource.length}
          showTotal={paged.showTotal}
          onChange={onPage}
        />
      ) : null}
    </Spin>
  );
}
