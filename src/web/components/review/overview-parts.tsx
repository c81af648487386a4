// The parts the committee's overviews of reviewed work share (weekly plans, commitments, leaders'
// action plans): the search parameters as filters, the unit filter and the person's cell.
import { Col, Form, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { UnitPicker } from '../pickers/unit-picker.js';

/** The page's search parameters and a setter that patches them (an empty value removes the key); a
 * change of any filter but the page itself goes back to the first page. */
export function useParamPatch() {
  const [params, setParams] = useSearchParams();
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  return [params, set] as const;
}

export function UnitFilter(props: {
  id: string;
  label: string;
  value: string | undefined;
  valueLabel: string | undefined;
  onChange: (unitId: string | undefined) => void;
}) {
  return (
    <Col xs={24} md={12} lg={10}>
      <Form.Item label={props.label} htmlFor={props.id}>
        <UnitPicker
          id={props.id}
          allowClear={false}
          value={props.value ?? null}
          valueLabel={props.valueLabel}
          onChange={(v) => props.onChange(v ?? undefined)}
        />
      </Form.Item>
    </Col>
  );
}

export function PersonCell({ name, detail }: { name: string; detail: string | null }) {
  return (
    <>
      <div>{name}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {detail}
      </Typography.Text>
    </>
  );
}

/** The filters above an overview: labelled fields in one responsive row. */
export function OverviewFilters({ children }: { children: ReactNode }) {
  return (
    <Form layout="vertical" component="div">
      <Row gutter={12}>{children}</Row>
    </Form>
  );
}
