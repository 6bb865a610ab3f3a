import { useEffect, useId, useRef, useState } from 'react'
import { errorMessage, TeamConfig, useTeamSync, type ConnectionState } from '#data'
import { useI18n } from '#i18n'
import { Badge, Button, Checkbox, ConfirmDialog, Icons, TextField, useToast, type BadgeTone } from '#ui'
import { teamErrorText } from './teamErrorText'
import { takeTeamSettingsFocus } from './openTeamSettings'
import './team.css'

const STATE_TONE: Record<ConnectionState, BadgeTone> = {
  off: 'neutral',
  connecting: 'info',
  connected: 'success',
  offline: 'warning',
  unauthorized: 'danger'
}

type FieldErrors = { serverUrl?: string; token?: string }
type Check = { kind: 'ok'; name: string } | { kind: 'error'; message: string } | null

/**
 * Settings → Team: the team server's address and the rep's token (masked once saved, never shown in full),
 * a connection check, the on/off switch (off by default: nothing leaves the computer), the live state and
 * the last sync, and Disconnect.
 */
export function TeamSettingsSection() {
  const { t, formatDate } = useI18n()
  const toast = useToast()
  const sync = useTeamSync()
  const { config, snapshot } = sync
  const [serverUrl, setServerUrl] = useState(config?.serverUrl ?? '')
  // The saved token is never put back in the field: an empty field keeps it, anything typed replaces it.
  const [token, setToken] = useState('')
  const [showToken, setShowToken] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [check, setCheck] = useState<Check>(null)
  const [busy, setBusy] = useState<'check' | 'save' | null>(null)
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false)
  const [confirmingForget, setConfirmingForget] = useState(false)
  const sectionRef = useRef<HTMLElement>(null)
  const addressRef = useRef<HTMLInputElement>(null)
  const headingId = useId()

  // The config loads after the first render; take its address once it arrives, unless the rep typed one.
  const [seenConfig, setSeenConfig] = useState(config)
  if (seenConfig !== config) {
    setSeenConfig(config)
    if (config && (serverUrl === '' || serverUrl === seenConfig?.serverUrl)) setServerUrl(config.serverUrl)
  }

  useEffect(() => {
    if (!takeTeamSettingsFocus()) return
    sectionRef.current?.scrollIntoView?.({ block: 'start' })
    addressRef.current?.focus()
  }, [])

  const savedEnd = config ? config.token.slice(-4) : null
  const dirty = serverUrl.trim() !== (config?.serverUrl ?? '') || token.trim() !== ''

  /** The form as a TeamConfig, or null with the fields' errors shown. */
  function validated(enabled: boolean): TeamConfig | null {
    const candidate = { serverUrl: serverUrl.trim(), token: token.trim() || config?.token || '', enabled }
    const parsed = TeamConfig.safeParse(candidate)
    if (parsed.success) {
      setErrors({})
      return parsed.data
    }
    const paths = new Set(parsed.error.issues.map((issue) => issue.path[0]))
    setErrors({
      serverUrl: paths.has('serverUrl') ? t('team.invalid.address') : undefined,
      token: paths.has('token') ? t('team.invalid.token') : undefined
    })
    return null
  }

  async function checkConnection() {
    const next = validated(config?.enabled ?? false)
    if (!next) return
    setBusy('check')
    setCheck(null)
    try {
      const user = await sync.whoAmI(next)
      setCheck({ kind: 'ok', name: user.name })
    } catch (e) {
      setCheck({ kind: 'error', message: teamErrorText(t, e) })
    } finally {
      setBusy(null)
    }
  }

  async function save(enabled: boolean, message: string = t('team.settings.saved')) {
    const next = validated(enabled)
    if (!next) return false
    setBusy('save')
    try {
      await sync.saveConfig(next)
      setToken('')
      setShowToken(false)
      toast.show({ tone: 'success', message })
      return true
    } catch (e) {
      toast.show({ tone: 'danger', message: t('team.settings.saveFailed', { message: errorMessage(t, e) }) })
      return false
    } finally {
      setBusy(null)
    }
  }

  /** Runs what a confirmation dialog confirmed: busy meanwhile, a toast either way, the dialog closed after. */
  function confirmed(action: () => Promise<void>, success: string, close: () => void, then?: () => void) {
    setBusy('save')
    void action()
      .then(
        () => {
          then?.()
          toast.show({ tone: 'success', message: success })
        },
        (e: unknown) => toast.show({ tone: 'danger', message: t('team.settings.saveFailed', { message: errorMessage(t, e) }) })
      )
      .finally(() => {
        setBusy(null)
        close()
      })
  }

  const enabled = config?.enabled ?? false
  const state = snapshot.connection
  const stateHint = state === 'offline' ? t('team.state.offlineHint') : state === 'unauthorized' ? t('team.state.unauthorizedHint') : null

  return (
    <section ref={sectionRef} className="team-settings ui-stack" aria-labelledby={headingId} data-testid="team-settings">
      <span id={headingId} className="app-setting__label">
        {t('team.settings.title')}
      </span>
      <p className="ui-muted team-settings__hint">{t('team.settings.hint')}</p>
      <div className="team-settings__fields">
        <TextField
          ref={addressRef}
          label={t('team.settings.address')}
          hint={errors.serverUrl ? undefined : t('team.settings.addressHint')}
          error={errors.serverUrl}
          value={serverUrl}
          onValueChange={(value) => {
            setServerUrl(value)
            setCheck(null)
          }}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          label={t('team.settings.token')}
          hint={errors.token ? undefined : savedEnd ? t('team.settings.tokenSaved', { end: savedEnd }) : t('team.settings.tokenHint')}
          error={errors.token}
          value={token}
          onValueChange={(value) => {
            setToken(value)
            setCheck(null)
          }}
          type={showToken ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          placeholder={savedEnd ? t('team.settings.tokenSavedPlaceholder', { end: savedEnd }) : 'atl_…'}
          trailing={
            token === '' ? null : (
              <Button
                size="sm"
                variant="ghost"
                className="team-settings__reveal"
                aria-label={showToken ? t('team.settings.hideToken') : t('team.settings.showToken')}
                aria-pressed={showToken}
                onClick={() => setShowToken((shown) => !shown)}
              >
                {showToken ? t('team.settings.hide') : t('team.settings.show')}
              </Button>
            )
          }
        />
      </div>
      <div className="ui-row team-settings__actions">
        <Button onClick={() => void checkConnection()} loading={busy === 'check'} disabled={busy !== null}>
          {busy === 'check' ? t('team.settings.checking') : t('team.settings.check')}
        </Button>
        <Button variant="primary" onClick={() => void save(enabled)} disabled={busy !== null || !dirty} loading={busy === 'save'}>
          {t('team.settings.save')}
        </Button>
      </div>
      {/* Always in the page, so screen readers announce the answer when it arrives. */}
      <p className={check ? `team-settings__check team-settings__check--${check.kind}` : 'team-settings__check'} role="status">
        {check?.kind === 'ok' ? <Icons.CheckCircle /> : check ? <Icons.Alert /> : null}
        {check?.kind === 'ok' ? t('team.settings.connectedAs', { name: check.name }) : check?.message}
      </p>
      <Checkbox
        role="switch"
        label={t('team.settings.enabled')}
        description={t('team.settings.enabledHint')}
        checked={enabled}
        disabled={busy !== null}
        onCheckedChange={(on) => void save(on, on ? t('team.settings.saved') : t('team.settings.disconnected'))}
      />
      {config ? (
        <div className="team-settings__status">
          <span className="team-settings__status-label">{t('team.settings.state')}</span>
          <Badge tone={STATE_TONE[state]} dot data-testid="team-connection">
            {t(`team.state.${state}`)}
          </Badge>
          <span className="ui-muted">{snapshot.lastSyncAt ? t('team.settings.lastSync', { date: formatDate(snapshot.lastSyncAt) }) : t('team.settings.neverSynced')}</span>
          {enabled ? (
            <Button size="sm" variant="ghost" className="team-settings__disconnect" onClick={() => setConfirmingDisconnect(true)} disabled={busy !== null}>
              {t('team.settings.disconnect')}
            </Button>
          ) : (
            <Button size="sm" variant="ghost" className="team-settings__disconnect" onClick={() => setConfirmingForget(true)} disabled={busy !== null}>
              {t('team.settings.forget')}
            </Button>
          )}
          {stateHint ? <p className="team-settings__state-hint">{stateHint}</p> : null}
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmingForget}
        tone="danger"
        title={t('team.settings.forget.title')}
        body={t('team.settings.forget.body')}
        confirmLabel={t('team.settings.forget')}
        cancelLabel={t('common.cancel')}
        busy={busy === 'save'}
        onCancel={() => setConfirmingForget(false)}
        onConfirm={() =>
          confirmed(sync.forgetConfig, t('team.settings.forgotten'), () => setConfirmingForget(false), () => {
            setServerUrl('')
            setToken('')
            setCheck(null)
          })
        }
      />
      <ConfirmDialog
        open={confirmingDisconnect}
        title={t('team.settings.disconnect.title')}
        body={t('team.settings.disconnect.body')}
        confirmLabel={t('team.settings.disconnect')}
        cancelLabel={t('common.cancel')}
        busy={busy === 'save'}
        onCancel={() => setConfirmingDisconnect(false)}
        onConfirm={() => {
          if (!config) return setConfirmingDisconnect(false)
          confirmed(() => sync.saveConfig({ ...config, enabled: false }), t('team.settings.disconnected'), () => setConfirmingDisconnect(false))
        }}
      />
    </section>
  )
}
