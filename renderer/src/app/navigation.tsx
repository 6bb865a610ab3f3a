import { createContext, useContext, useEffect, useId, useMemo, type ReactNode } from 'react'
import { ConfirmDialog } from '#ui'
import { useI18n } from '#i18n'
import { useHost } from './host'
import { RevealProvider } from './reveal'
import { UndoProvider } from './undo'
import { useHashRoute, type NavigateOptions, type Route } from './useHashRoute'

interface NavigationValue {
  route: Route
  /** Navigates, asking first when a form has unsaved changes (unless `force`). */
  navigate(route: Route, options?: NavigateOptions): void
  /** A screen with a form reports whether it holds unsaved changes (see useUnsavedChanges). */
  setDirty(dirty: boolean, source?: string): void
}

const NavigationContext = createContext<NavigationValue | null>(null)

/**
 * Routing, the unsaved-changes guard (app links, back/forward, typed addresses, closing the window) and
 * the window's undo stack, and opening a record at a search hit (reveal). The guard itself lives in
 * useHashRoute; this renders its question.
 */
export function NavigationProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const host = useHost()
  // The browser asks by itself on beforeunload; Electron's main process asks us on its window's 'close'.
  const router = useHashRoute({
    beforeUnload: host.kind === 'browser',
    onDirtyChange: host.kind === 'electron' ? (dirty) => void host.setUnsavedChanges(dirty).catch(() => undefined) : undefined
  })
  const { route, navigate, setDirty, pending, ask } = router
  useEffect(() => host.onCloseRequest(() => ask({ kind: 'close' })), [host, ask])

  const value = useMemo<NavigationValue>(() => ({ route, navigate, setDirty }), [route, navigate, setDirty])

  return (
    <NavigationContext.Provider value={value}>
      <RevealProvider route={route} navigate={navigate} held={pending !== null}>
        <UndoProvider>{children}</UndoProvider>
      </RevealProvider>
      <ConfirmDialog
        open={pending !== null}
        tone="danger"
        title={t('dialog.unsaved.title')}
        body={t('dialog.unsaved.body')}
        confirmLabel={pending?.kind === 'close' ? t('undo.unsaved.closeWindow') : t('dialog.unsaved.discard')}
        cancelLabel={t('common.cancel')}
        onCancel={router.cancel}
        onConfirm={() => {
          if (router.confirm()?.kind === 'close') void host.confirmClose().catch(() => undefined)
        }}
      />
    </NavigationContext.Provider>
  )
}

export function useNavigation(): NavigationValue {
  const value = useContext(NavigationContext)
  if (!value) throw new Error('useNavigation outside NavigationProvider')
  return value
}

/** Marks this component's form as holding unsaved changes while `dirty`; cleared when it unmounts. */
export function useUnsavedChanges(dirty: boolean): void {
  const { setDirty } = useNavigation()
  const source = useId()
  useEffect(() => setDirty(dirty, source), [dirty, setDirty, source])
  useEffect(() => () => setDirty(false, source), [setDirty, source])
}
