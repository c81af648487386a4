// People list: search, filters, sort and paging kept in the URL; export, import and create.
import { CloudUploadOutlined, FileExcelOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Gender, PeopleSorts, PersonKinds } from '../../../../contracts/people.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { useUnitDetail } from '../../../lib/api/org.js';
import { exportUrl, usePeople, type PeopleFilter } from '../../../lib/api/people.js';
import { PeopleFilters } from '../components/people-filters.js';
import { PeopleTable } from '../components/people-table.js';

type Sort = (typeof PeopleSorts)[number];

function oneOf<T extends string>(v: string | null, values: readonly T[]): T | undefined {
  return v && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}
function positiveInt(v: string | null, fallback: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function readFilter(p: URLSearchParams): PeopleFilter & { sort: Sort; page: number; pageSize: number } {
  return {
    q: p.get('q') || undefined,
    unitId: p.get('unitId') || undefined,
    kind: oneOf(p.get('kind'), PersonKinds),
    gender: oneOf(p.get('gender'), Gender.options),
    cadreGroup: p.get('cadreGroup') || undefined,
    postTitle: p.get('postTitle') || undefined,
    sort: oneOf(p.get('sort'), PeopleSorts) ?? 'name',
    page: positiveInt(p.get('page'), 1),
    pageSize: Math.min(positiveInt(p.get('pageSize'), 25), 200),
  };
}

export default function PeopleListPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [resetCount, setResetCount] = useState(0);
  const filter = readFilter(params);
  // Older servers do not send this capability: then the button shows and the server decides.
  const canExport = me.can.exportPeople;
  const { data, isFetching, error, refetch } = usePeople(filter);
  const unit = useUnitDetail(filter.unitId, today());

  const update = (patch: PeopleFilter, resetPage = true) => {
    const next = { ...filter, ...patch, ...(resetPage ? { page: 1 } : {}) };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === null || v === '') continue;
      if ((k === 'sort' && v === 'name') || (k === 'page' && v === 1) || (k === 'pageSize' && v === 25)) continue;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- filter values are strings, numbers and booleans
      out.set(k, String(v));
    }
    setParams(out);
  };

  return (
    <>
      <PageHeader
        title={t('people.title')}
        extra={
          <>
            {canExport ? (
              <Button icon={<FileExcelOutlined />} href={exportUrl(filter)} download>
                {t('people.export')}
              </Button>
            ) : null}
            {me.can.importPeople ? (
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate(paths.personImport())}>
                {t('people.import')}
              </Button>
            ) : null}
            {me.can.editPeople ? (
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => navigate(paths.personNew())}>
                {t('people.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <PeopleFilters
          key={resetCount}
          filter={filter}
          unitName={unit.data?.unit.name}
          onChange={(patch) => update(patch)}
          onReset={() => {
            setResetCount((c) => c + 1);
            setParams(new URLSearchParams());
          }}
        />
        <ErrorAlert error={error} onReload={() => void refetch()} />
        <PeopleTable
          data={data}
          loading={isFetching}
          sort={filter.sort}
          onSort={(sort) => update({ sort })}
          onPage={(page, pageSize) => update({ page, pageSize }, pageSize !== filter.pageSize)}
        />
      </Card>
    </>
  );
}
