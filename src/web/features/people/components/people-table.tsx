// The people list: names link to the record; sorting and paging are reported to the page.
import { Tag, type TableProps } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import type { SortOrder } from 'antd/es/table/interface.js';
import { Link } from 'react-router';
import type { PeopleSorts } from '../../../../contracts/people.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { PeoplePageData, PersonListItem } from '../../../lib/api/people.js';

type Sort = (typeof PeopleSorts)[number];

interface Props {
  data?: PeoplePageData;
  loading: boolean;
  sort: Sort;
  onSort: (sort: Sort) => void;
  onPage: (page: number, pageSize: number) => void;
}

/** Column key → [ascending sort, descending sort]. */
const SORTS: Record<string, [Sort, Sort | null]> = {
  name: ['name', '-name'],
  dateOfBirth: ['dateOfBirth', '-dateOfBirth'],
  unit: ['unit', null],
  retirement: ['retirement', null],
};

function orderOf(column: string, sort: Sort): SortOrder {
  const [asc, desc] = SORTS[column];
  return sort === asc ? 'ascend' : sort === desc ? 'descend' : null;
}

export function PeopleTable({ data, loading, sort, onSort, onPage }: Props) {
  const { t, tx } = useI18n();
  const sortable = (key: string) => ({
    sorter: true,
    sortOrder: orderOf(key, sort),
    sortDirections: (SORTS[key][1] ? ['ascend', 'descend'] : ['ascend']) as SortOrder[],
  });
  const onChange: TableProps<PersonListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = String(s?.columnKey ?? 'name');
      const pair = SORTS[key] ?? SORTS.name;
      onSort(s?.order === 'descend' && pair[1] ? pair[1] : s?.order ? pair[0] : 'name');
    } else if (extra.action === 'paginate') {
      onPage(pagination.current ?? 1, pagination.pageSize ?? 25);
    }
  };
  return (
    <ResponsiveTable<PersonListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      onChange={onChange}
      scroll={{ x: 1300 }}
      locale={{ emptyText: t('people.list.empty') }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 25,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 25, 50, 100],
        showTotal: (total) => t('common.total', { total }),
      }}
      columns={[
        {
          key: 'name',
          title: t('people.field.fullName'),
          width: 200,
          fixed: 'left',
          ...sortable('name'),
          render: (_, p) => <Link to={paths.person(p.id)}>{p.fullName}</Link>,
        },
        { key: 'gender', title: t('people.field.gender'), width: 90, render: (_, p) => tx(`gender.${p.gender}`, p.gender) },
        {
          key: 'dateOfBirth',
          title: t('people.field.dateOfBirth'),
          width: 130,
          ...sortable('dateOfBirth'),
          render: (_, p) => formatDate(p.dateOfBirth),
        },
        { key: 'kind', title: t('people.field.kind'), width: 130, render: (_, p) => <Tag>{tx(`personKind.${p.kind}`, p.kind)}</Tag> },
        { key: 'unit', title: t('people.field.unit'), width: 200, ...sortable('unit'), render: (_, p) => p.unitName },
        { key: 'posts', title: t('people.field.posts'), width: 220, render: (_, p) => p.posts.join('; ') },
        { key: 'hometown', title: t('people.field.hometown'), width: 180, render: (_, p) => p.hometownName ?? '' },
        {
          key: 'retirement',
          title: t('people.field.retirementDate'),
          width: 150,
          ...sortable('retirement'),
          render: (_, p) => formatDate(p.retirementDate),
        },
      ]}
    />
  );
}
