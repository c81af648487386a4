// Filters of the people list. Every value lives in the URL so a filtered list can be shared.
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { Gender, PersonKinds } from '../../../../contracts/people.js';
import { CadreGroupSelect } from '../../../components/pickers/cadre-group-select.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import type { PeopleFilter } from '../../../lib/api/people.js';

interface Props {
  filter: PeopleFilter;
  unitName?: string | null;
  onChange: (patch: PeopleFilter) => void;
  onReset: () => void;
}

export function PeopleFilters({ filter, unitName, onChange, onReset }: Props) {
  const { t, tx } = useI18n();
  // Text filters apply on Enter or when the field is left, not on every key stroke.
  const [postTitle, setPostTitle] = useState(filter.postTitle ?? '');
  return (
    <Form layout="vertical" component="div" style={{ marginBottom: 8 }}>
      <Row gutter={12}>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('people.filter.q')} htmlFor="people-q">
            <Input.Search
              id="people-q"
              defaultValue={filter.q ?? ''}
              allowClear
              placeholder={t('people.filter.qHint')}
              enterButton={t('action.search')}
              onSearch={(v) => onChange({ q: v.trim() || undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('people.filter.unit')} htmlFor="people-unit">
            <UnitPicker
              id="people-unit"
              value={filter.unitId ?? null}
              valueLabel={unitName}
              onChange={(v) => onChange({ unitId: v ?? undefined })}
              placeholder={t('people.filter.unitHint')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={4}>
          <Form.Item label={t('people.field.kind')} htmlFor="people-kind">
            <Select
              id="people-kind"
              allowClear
              value={filter.kind}
              onChange={(v) => onChange({ kind: v ?? undefined })}
              options={enumOptions(tx, 'personKind', PersonKinds)}
              placeholder={t('people.filter.all')}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} lg={4}>
          <Form.Item label={t('people.field.gender')} htmlFor="people-gender">
            <Select
              id="people-gender"
              allowClear
              value={filter.gender}
              onChange={(v) => onChange({ gender: v ?? undefined })}
              options={enumOptions(tx, 'gender', Gender.options)}
              placeholder={t('people.filter.all')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('people.field.cadreGroup')} htmlFor="people-cadre-group">
            <CadreGroupSelect
              id="people-cadre-group"
              value={filter.cadreGroup}
              placeholder={t('people.filter.all')}
              onChange={(v) => onChange({ cadreGroup: v })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <Form.Item label={t('people.filter.postTitle')} htmlFor="people-post">
            <Input
              id="people-post"
              allowClear
              value={postTitle}
              placeholder={t('people.filter.postTitleHint')}
              onChange={(e) => {
                setPostTitle(e.target.value);
                if (!e.target.value) onChange({ postTitle: undefined });
              }}
              onPressEnter={() => onChange({ postTitle: postTitle.trim() || undefined })}
              onBlur={() => postTitle.trim() !== (filter.postTitle ?? '') && onChange({ postTitle: postTitle.trim() || undefined })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} lg={8} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item>
            <Button onClick={onReset}>{t('action.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
