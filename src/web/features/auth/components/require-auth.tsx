// Renders the signed-in part of the app, or sends the visitor to the login page.
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { paths } from '../../../app/paths.js';
import { useMe } from '../../../lib/session.js';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { data, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (error) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={error} onReload={() => void refetch()} />
      </div>
    );
  }
  if (!data) {
    const next = location.pathname + location.search;
    return <Navigate to={paths.login(next === '/' ? undefined : next)} replace />;
  }
  return <>{children}</>;
}
