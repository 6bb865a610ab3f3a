import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { fromFormValues, toFormValues, type AccountFormValues } from '#shared/domain/accountFormValues'
import { ConflictError, errorMessage, useRepositories, ValidationError, type Account, type FieldError } from '#data'
import { useI18n } from '#i18n'
import { useNavigation } from '#app/navigation'
import { COMMANDS, shortcutKeys } from '#app/commands'
import { useSaveShortcut } from '#app/useSaveShortcut'
import { ConflictBanner } from '#app/ConflictBanner'
import { useEditBase } from '#app/useEditBase'
import { Button, Card, Icons, Kbd, useToast } from '#ui'
import { AccountFields } from './AccountFields'
import { AccountGlance } from './AccountGlance'
import { AssessmentPickers } from './AssessmentPickers'
import { CadenceField } from './CadenceField'
import { TeamShareAction } from '#features/team'
import { AccountPageHeader } from './AccountPageHeader'
import { QualificationChecklist } from './QualificationChecklist'
import { StageTimeline } from './StageTimeline'
import { useAccountGlance } from './useAccountGlance'
import { useDeleteAccount } from './useDeleteAccount'
import { ShareAccountDialog } from '#features/share'

const SAVE_KEYS = shortcutKeys(COMMANDS.find((c) => c.id === 'editor.save')!.shortcuts![0]!)

export type FieldErrors = Record<string, FieldError>

export type SetField = <K extends keyof AccountFormValues>(field: K, value: AccountFormValues[K]) => void

/**
 * Accounts whose details form the rep opened in this session (app run): coming back to such an account's
 * Overview shows the form again; every other account opens at a glance with the form closed.
 */
const detailsOpenThisSession = new Set<string>()

const shownOf = (account: Account) => JSON.stringify(toFormValues(account))

/** The account page: evaluation form, assessment pickers, visit rhythm and qualification checklist, saved together; the stage history beside them. */
export function AccountEditor({ account }: { account: Account | null }) {
  const { t } = useI18n()
  const { accounts } = useRepositories()
  const { navigate, setDirty } = useNavigation()
  const toast = useToast()
  const { requestDelete, dialog } = useDeleteAccount()
  const initial = useMemo(() => toFormValues(account ?? undefined), [account])
  const [values, setValues] = useState<AccountFormValues>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [sharing, setSharing] = useState(false)
  const [saving, setSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const [now] = useState(Date.now)
  const glance = useAccountGlance(account, now)
  // A new account is nothing but its form; a stored one opens at a glance, the form behind "Edit details".
  const [showDetails, setShowDetails] = useState(() => account === null || detailsOpenThisSession.has(account.id))
  const accountId = account?.id ?? null
  useEffect(() => {
    if (accountId === null) return
    if (showDetails) detailsOpenThisSession.add(accountId)
    else detailsOpenThisSession.delete(accountId)
  }, [accountId, showDetails])

  // Edits are measured against the version the form was loaded from, not the live one: a save elsewhere
  // replaces a clean form, and with edits here asks the rep (reload, or keep theirs) instead of losing either.
  const [formDirty, setFormDirty] = useState(false)
  const load = useCallback((a: Account) => setValues(toFormValues(a)), [])
  const base = useEditBase(account, shownOf, formDirty, load)
  const dirty = account === null ? JSON.stringify(values) !== JSON.stringify(initial) : JSON.stringify(values) !== base.shown
  useEffect(() => setFormDirty(dirty), [dirty])
  useEffect(() => setDirty(dirty), [dirty, setDirty])
  // The Save button is disabled while saving (and once the stored account matches), which drops its focus
  // to the page body: after a save the heading takes focus back onto the page. Saved from a field with
  // Ctrl+S, focus never left the field and stays there.
  const [savedTick, setSavedTick] = useState(0)
  useEffect(() => {
    if (savedTick === 0) return
    const refocus = () => {
      const active = document.activeElement
      if (active === null || active === document.body || active.matches(':disabled')) document.getElementById('account-title')?.focus({ preventScroll: true })
    }
    refocus()
    const frame = requestAnimationFrame(refocus)
    return () => cancelAnimationFrame(frame)
  }, [dirty, savedTick])
  useEffect(() => () => setDirty(false), [setDirty])

  const setField = useCallback<SetField>((field, value) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => {
      if (!Object.keys(e).some((k) => k === field || k.startsWith(`${String(field)}.`))) return e
      return Object.fromEntries(Object.entries(e).filter(([k]) => k !== field && !k.startsWith(`${String(field)}.`)))
    })
  }, [])

  const save = async (basedOn = base.basedOn) => {
    if (saving) return
    setSaving(true)
    try {
      const draft = fromFormValues(values)
      if (account) {
        // The form takes the stored record back (trimmed, normalised), so it reads as saved, not as edited.
        const saved = await accounts.update(account.id, draft, { basedOn })
        setValues(toFormValues(saved))
        base.loaded(saved)
        setDirty(false)
        setSavedTick((n) => n + 1)
        toast.show({ tone: 'success', message: t('accounts.updated') })
      } else {
        const created = await accounts.create(draft)
        setDirty(false)
        // The rep was working in the form: the new account's page keeps it open.
        detailsOpenThisSession.add(created.id)
        toast.show({ tone: 'success', message: t('accounts.created') })
        navigate({ name: 'account', id: created.id }, { replace: true, force: true })
      }
      setErrors({})
    } catch (error) {
      if (error instanceof ConflictError) {
        base.refused(error.current as Account)
      } else if (error instanceof ValidationError) {
        setErrors(error.fieldErrors)
        setShowDetails(true)
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      } else {
        toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, error) }) })
      }
    } finally {
      setSaving(false)
    }
  }

  // Ctrl/Cmd+S saves the form from anywhere on the page (nothing to do for a stored account with no edits).
  useSaveShortcut(() => {
    if (account === null || dirty) void save()
  })

  const errorText = (path: string) => {
    const error = errors[path]
    return error && t(error.key, error.params)
  }

  return (
    <form
      ref={formRef}
      className="page account-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
      aria-labelledby="account-title"
    >
      <AccountPageHeader
        account={account}
        tab="overview"
        actions={
          <>
            {/* Both ways of sharing the account live on its overview; the other tabs keep their header for their own work. */}
            {account && <TeamShareAction account={account} />}
            {account && (
              <Button icon={<Icons.FileText />} onClick={() => setSharing(true)} disabled={dirty}>
                {t('share.exportAction')}
              </Button>
            )}
            {account && (
              <Button variant="ghost" icon={<Icons.Trash />} onClick={() => requestDelete(account)}>
                {t('common.delete')}
              </Button>
            )}
            {dirty && account && (
              <Button onClick={() => { setValues(base.shown ? (JSON.parse(base.shown) as AccountFormValues) : initial); setErrors({}) }}>{t('common.cancel')}</Button>
            )}
            {!account && <Button onClick={() => navigate({ name: 'accounts' })}>{t('common.cancel')}</Button>}
            <Button type="submit" variant="primary" disabled={saving || (account !== null && !dirty)} icon={<Icons.Check />}>
              {saving ? t('common.saving') : account && !dirty ? t('common.saved') : t('common.save')}
            </Button>
            <Kbd keys={SAVE_KEYS} />
          </>
        }
      />

      {base.theirs && (
        <ConflictBanner
          onReload={() => {
            base.reload()
            setErrors({})
          }}
          onKeepMine={() => void save(base.keepMine())}
        />
      )}

      {Object.keys(errors).length > 0 && (
        <div className="banner banner--danger" role="alert">
          <Icons.Alert />
          <span>{t('validation.formHasErrors')}</span>
        </div>
      )}

      {account && glance && <AccountGlance account={account} data={glance} qualification={values.qualification} />}
      {account && (
        <div className="account-editor__details-toggle">
          <Button aria-expanded={showDetails} aria-controls="account-details" onClick={() => setShowDetails((v) => !v)}>
            {showDetails ? t('glance.hideDetails') : t('glance.editDetails')}
          </Button>
        </div>
      )}

      {showDetails && (
        <div className="account-editor__columns" id="account-details">
          <div className="ui-stack">
            <AccountFields values={values} setField={setField} errorText={errorText} />
          </div>
          <div className="ui-stack">
            <Card title={t('account.section.assessment')}>
              <div className="ui-stack">
                <AssessmentPickers values={values} setField={setField} />
                <CadenceField values={values} setField={setField} error={errorText('cadenceOverrideDays')} />
              </div>
            </Card>
            <Card title={t('account.section.qualification')}>
              <QualificationChecklist answers={values.qualification} derived={glance?.derived} onChange={(q) => setField('qualification', q)} />
            </Card>
            {account && <StageTimeline account={account} now={now} />}
          </div>
        </div>
      )}
      {dialog}
      {sharing && account && <ShareAccountDialog account={account} onClose={() => setSharing(false)} />}
    </form>
  )
}
