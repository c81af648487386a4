// The organisation tree as of a date; children load when a branch opens.
import { useQueryClient } from '@tanstack/react-query';
import { Empty, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { forwardRef, useCallback, useImperativeHandle, useState } from 'react';
import type { OrgUnitNode } from '../../../../contracts/org.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useI18n } from '../../../i18n/context.js';
import { fetchChildren, orgKeys, useOrgRoots } from '../../../lib/api/org.js';

export interface OrgTreeHandle {
  /** Re-reads the roots and every branch already opened (after a change). */
  refresh: () => Promise<void>;
  /** Opens the branches leading to a unit (ids top first). */
  reveal: (ancestorIds: string[]) => Promise<void>;
}

interface Props {
  asOf: string;
  selectedId?: string;
  onSelect: (id: string) => void;
}

export const OrgTree = forwardRef<OrgTreeHandle, Props>(function OrgTree({ asOf, selectedId, onSelect }, ref) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const roots = useOrgRoots(asOf);
  const [children, setChildren] = useState<Record<string, OrgUnitNode[]>>({});
  const [expanded, setExpanded] = useState<React.Key[]>([]);

  const load = useCallback(
    async (id: string, fresh = false) => {
      if (fresh) await qc.invalidateQueries({ queryKey: orgKeys.children(id, asOf) });
      const res = await qc.fetchQuery({ queryKey: orgKeys.children(id, asOf), queryFn: () => fetchChildren(id, asOf) });
      setChildren((m) => ({ ...m, [id]: res.items }));
    },
    [qc, asOf],
  );

  useImperativeHandle(
    ref,
    () => ({
      refresh: async () => {
        await roots.refetch();
        await Promise.all(Object.keys(children).map((id) => load(id, true).catch(() => undefined)));
      },
      reveal: async (ids) => {
        for (const id of ids) if (!children[id]) await load(id).catch(() => undefined);
        setExpanded((keys) => [...new Set([...keys, ...ids])]);
        // Once the branches have rendered, bring the chosen unit into view.
        window.setTimeout(() => document.querySelector('.ant-tree-treenode-selected')?.scrollIntoView({ block: 'nearest' }), 100);
      },
    }),
    [roots, children, load],
  );

  const build = (nodes: OrgUnitNode[]): TreeDataNode[] =>
    nodes.map((n) => ({
      key: n.id,
      isLeaf: n.childCount === 0,
      title: (
        <span>
          <span>{n.name}</span>{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            · {tx(`orgKind.${n.kind}`, n.kind)}
          </Typography.Text>
        </span>
      ),
      children: children[n.id] ? build(children[n.id]) : undefined,
    }));

  if (roots.isPending) return <Spin />;
  if (roots.error) return <ErrorAlert error={roots.error} />;
  if (roots.data.items.length === 0) return <Empty description={t('org.tree.empty')} />;
  return (
    <Tree
      aria-label={t('org.tree.label')}
      treeData={build(roots.data.items)}
      loadData={(node) => load(String(node.key))}
      loadedKeys={Object.keys(children)}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys)}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        if (keys.length) onSelect(String(keys[0]));
      }}
      blockNode
      showLine
    />
  );
});
