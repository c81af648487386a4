// The changes the server allows on this unit, as buttons that open their dialogs.
import { Button, Flex } from 'antd';
import { useState } from 'react';
import type { OrgUnitDetail } from '../../../../contracts/org.js';
import { useT } from '../../../i18n/context.js';
import { MergeDialog } from './merge-dialog.js';
import { SplitDialog } from './split-dialog.js';
import { CloseUnitDialog, CreateUnitDialog, MoveUnitDialog, RenameUnitDialog } from './unit-dialogs.js';

type Open = null | 'create' | 'rename' | 'close' | 'move' | 'merge' | 'split';

interface Props {
  detail: OrgUnitDetail;
  asOf: string;
  onChanged: () => void;
  onNavigate: (unitId: string) => void;
}

export function UnitActions({ detail, asOf, onChanged, onNavigate }: Props) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const a = detail.actions;
  if (!a.edit && !a.close && !a.move && !a.merge && !a.split) return null;
  const base = { asOf, onClose: () => setOpen(null), onDone: onChanged };
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        {a.edit ? <Button onClick={() => setOpen('create')}>{t('org.create.button')}</Button> : null}
        {a.edit ? <Button onClick={() => setOpen('rename')}>{t('org.rename.button')}</Button> : null}
        {a.move ? <Button onClick={() => setOpen('move')}>{t('org.move.button')}</Button> : null}
        {a.merge ? <Button onClick={() => setOpen('merge')}>{t('org.merge.button')}</Button> : null}
        {a.split ? <Button onClick={() => setOpen('split')}>{t('org.split.button')}</Button> : null}
        {a.close ? (
          <Button danger onClick={() => setOpen('close')}>
            {t('org.close.button')}
          </Button>
        ) : null}
      </Flex>
      <CreateUnitDialog {...base} open={open === 'create'} parent={detail.unit} onCreated={onNavigate} />
      <RenameUnitDialog {...base} open={open === 'rename'} unit={detail.unit} />
      <CloseUnitDialog {...base} open={open === 'close'} unit={detail.unit} />
      <MoveUnitDialog {...base} open={open === 'move'} unit={detail.unit} />
      <MergeDialog
        open={open === 'merge'}
        detail={detail}
        asOf={asOf}
        onClose={() => setOpen(null)}
        onDone={(id) => {
          onChanged();
          onNavigate(id);
        }}
      />
      <SplitDialog
        open={open === 'split'}
        detail={detail}
        asOf={asOf}
        onClose={() => setOpen(null)}
        onDone={(ids) => {
          onChanged();
          if (ids[0]) onNavigate(ids[0]);
        }}
      />
    </>
  );
}
