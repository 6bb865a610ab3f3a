import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { ConfirmDialog } from '#ui'
import { useI18n } from '#i18n'
import { useHashRoute, type Route } from './useHashRoute'

interface NavigationValue {
  route: Route
  /** Navigates, asking first when a form has unsaved changes. */
  navigate(route: Route, options?: { replace?: boolean; force?: boolean }): void
  /** A screen with a form reports whether it holds unsaved changes. */
  setDirty(dirty: boolean): void
}

const NavigationContext = createContext<NavigationValue | null>(null)

export function NavigationProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const [route, go] = useHashRoute()
  const dirty = useRef(false)
  const [pending, setPending] = useState<{ route: Route; replace?: boolean } | null>(null)

  const navigate = useCallback<NavigationValue['navigate']>(
    (next, options) => {
      if (dirty.current && !options?.force) {
        setPending({ route: next, replace: options?.replace })
        return
      }
      dirty.current = false
      go(next, options)
    },
    [go]
  )

  const value = useMemo<NavigationValue>(
    () => ({ route, navigate, setDirty: (d) => void (dirty.current = d) }),
    [route, navigate]
  )

  return (
    <NavigationContext.Provider value={value}>
      {children}
      <ConfirmDialog
        open={pending !== null}
        tone="danger"
        title={t('dialog.unsaved.title')}
        body={t('dialog.unsaved.body')}
        confirmLabel={t('dialog.unsaved.discard')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return
          dirty.current = false
          setPending(null)
          go(pending.route, { replace: pending.replace })
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
