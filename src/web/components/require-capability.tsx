// Pages the account may not use show a clear message instead of calling the API for a 403.
import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { Me } from '../../contracts/auth.js';
import { useCurrentUser } from '../lib/session.js';
import { useT } from '../i18n/context.js';

export function RequireCapability({ can, children }: { can: keyof Me['can']; children: ReactNode }) {
  const t = useT();
  const me = useCurrentUser();
  if (!me.can[can]) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  return <>{children}</>;
}
