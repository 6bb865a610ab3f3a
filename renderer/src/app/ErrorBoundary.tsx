import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button, EmptyState, Icons } from '#ui'
import { createLogger } from '#shared/log'
import { useI18n } from '#i18n'

const log = createLogger('ErrorBoundary')

interface State {
  error: Error | null
}

/** Shows a translated recovery screen instead of a white window when rendering throws. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    log.error('render failed', error, info.componentStack)
  }

  override render() {
    return this.state.error ? <ErrorScreen message={this.state.error.message} /> : this.props.children
  }
}

function ErrorScreen({ message }: { message: string }) {
  const { t } = useI18n()
  return (
    <div className="app-error" role="alert">
      <EmptyState
        icon={<Icons.Alert />}
        title={t('error.title')}
        body={
          <>
            {t('error.body')}
            <code className="app-error__detail">{message}</code>
          </>
        }
        action={
          <Button variant="primary" onClick={() => location.reload()}>
            {t('error.reload')}
          </Button>
        }
      />
    </div>
  )
}
