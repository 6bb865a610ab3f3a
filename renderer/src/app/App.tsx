import type { HostApi } from '#host/HostApi'
import { DataProvider, type AtlasDb } from '#data'
import { ToastProvider } from '#ui'
import { CommandCenter } from './CommandCenter'
import { ErrorBoundary } from './ErrorBoundary'
import { IntegrityCheck } from './IntegrityCheck'
import { I18nProvider, useI18n } from '#i18n'
import { HostProvider } from './host'
import { Shell } from './Shell'
import { SyncServerPolicy } from './SyncServerPolicy'
import { ThemeProvider } from './theme'

// Lexical comes with it, so it loads only once a shared account opens.
const loadSectionText = () => import('#editor/collab/sectionText').then((module) => module.dossierSectionText)

export function App({ host, db }: { host: HostApi; db: AtlasDb }) {
  return (
    <HostProvider host={host}>
      <I18nProvider host={host}>
        <ThemeProvider>
          <ErrorBoundary>
            <DataProvider db={db} loadSectionText={loadSectionText}>
              <SyncServerPolicy />
              <IntegrityCheck>
                <TranslatedToasts>
                  <CommandCenter>
                    <Shell />
                  </CommandCenter>
                </TranslatedToasts>
              </IntegrityCheck>
            </DataProvider>
          </ErrorBoundary>
        </ThemeProvider>
      </I18nProvider>
    </HostProvider>
  )
}

function TranslatedToasts({ children }: { children: React.ReactNode }) {
  const { t } = useI18n()
  return <ToastProvider closeLabel={t('common.close')}>{children}</ToastProvider>
}
