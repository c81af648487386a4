// Errors while rendering a page: show them in an Alert instead of a blank screen.
import { Alert, Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useNavigate, useRouteError } from 'react-router';
import { useT } from '../i18n/context.js';
import { paths } from './paths.js';

function ErrorPanel({ error }: { error: unknown }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('error.page')}
      description={error instanceof Error ? error.message : undefined}
      action={
        <Button size="small" onClick={() => window.location.reload()}>
          {t('action.reload')}
        </Button>
      }
    />
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** Changing it (e.g. the path) clears the error. */
  resetKey: string;
}
interface BoundaryState {
  error: unknown;
  key: string;
}

export class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    return this.state.error ? <ErrorPanel error={this.state.error} /> : this.props.children;
  }
}

/** errorElement of the router. */
export function RouterErrorPage() {
  const error = useRouteError();
  return (
    <div style={{ padding: 24 }}>
      <ErrorPanel error={error} />
    </div>
  );
}

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate(paths.home())}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
