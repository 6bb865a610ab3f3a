import { useCallback, useEffect, useState, type ReactNode } from 'react'
import type { MembersResponse, TeamUser } from '#shared/sync/api'
import { useAccountSync, useTeamSync } from '#data'
import { useI18n } from '#i18n'
import { Badge, Button, ConfirmDialog, Dialog, Icons, SelectField, Spinner, useToast } from '#ui'
import { teamErrorText } from './teamErrorText'
import './team.css'

type Member = MembersResponse['members'][number]

/** What travels and what stays: said before the rep shares, and kept in view afterwards. */
function WhatTravels() {
  const { t } = useI18n()
  return (
    <div className="team-share__scope">
      <div className="team-share__scope-item">
        <Icons.Users className="team-share__scope-icon" />
        <div>
          <strong>{t('team.share.travels')}</strong>
          <p>{t('team.share.travelsList')}</p>
        </div>
      </div>
      <div className="team-share__scope-item team-share__scope-item--private">
        <Icons.CheckCircle className="team-share__scope-icon" />
        <div>
          <strong>{t('team.share.stays')}</strong>
          <p>{t('team.share.staysList')}</p>
        </div>
      </div>
    </div>
  )
}

/**
 * "Share with team": explains what is shared and what never leaves the computer, shares the account (the
 * rep becomes its owner), then lists the members; the owner adds colleagues from the team directory and
 * removes members after a confirmation. Without team sync set up (or with it off) it points to Settings.
 */
export function TeamShareDialog({
  account,
  onClose,
  onOpenSettings
}: {
  account: { id: string; name: string }
  onClose: () => void
  /** Opens Settings → Team; the dialog closes first. */
  onOpenSettings?: () => void
}) {
  const { t } = useI18n()
  const toast = useToast()
  const sync = useTeamSync()
  const syncState = useAccountSync(account.id)
  const ready = sync.config?.enabled === true
  const [members, setMembers] = useState<Member[] | null>(null)
  const [me, setMe] = useState<TeamUser | null>(null)
  const [directory, setDirectory] = useState<TeamUser[]>([])
  const [picked, setPicked] = useState('')
  const [busy, setBusy] = useState<'share' | 'add' | 'remove' | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Member | null>(null)
  const shared = syncState !== undefined || members !== null
  const { config, whoAmI, teamUsers, members: loadMembers } = sync

  const load = useCallback(async () => {
    if (!config) return
    setLoading(true)
    setError(null)
    try {
      const [list, user, users] = await Promise.all([loadMembers(account.id), whoAmI(config), teamUsers()])
      setMembers(list.members)
      setMe(user)
      setDirectory(users)
    } catch (e) {
      setError(teamErrorText(t, e))
    } finally {
      setLoading(false)
    }
  }, [account.id, config, loadMembers, t, teamUsers, whoAmI])

  // An account already shared (by this rep or a colleague): straight to its members.
  const alreadyShared = ready && syncState !== undefined
  useEffect(() => {
    if (alreadyShared) void load()
  }, [alreadyShared, load])

  async function share() {
    setBusy('share')
    setError(null)
    try {
      const result = await sync.shareAccount(account.id, account.name)
      // The account now has a sync state, so the effect above fetches who is who; the members show at once.
      setMembers(result.members)
      toast.show({ tone: 'success', message: t('team.share.shared', { name: account.name }) })
    } catch (e) {
      setError(teamErrorText(t, e))
    } finally {
      setBusy(null)
    }
  }

  async function change(kind: 'add' | 'remove', user: TeamUser) {
    setBusy(kind)
    setError(null)
    try {
      const next = kind === 'add' ? await sync.addMember(account.id, user.id) : await sync.removeMember(account.id, user.id)
      setMembers(next.members)
      if (kind === 'add') setPicked('')
      toast.show({ tone: 'success', message: t(kind === 'add' ? 'team.share.added' : 'team.share.removed', { name: user.name }) })
    } catch (e) {
      setError(teamErrorText(t, e))
    } finally {
      setBusy(null)
      setRemoving(null)
    }
  }

  const title = t('team.share.title', { name: account.name })
  const close = <Button onClick={onClose}>{shared && ready ? t('common.close') : t('common.cancel')}</Button>
  const frame = (footer: ReactNode, body: ReactNode) => (
    <Dialog open size="md" onClose={onClose} closeLabel={t('common.close')} title={title} className="team-share" footer={footer}>
      {body}
    </Dialog>
  )

  if (!ready) {
    return frame(
      <>
            {close}
            {onOpenSettings ? (
              <Button
                variant="primary"
                icon={<Icons.Settings />}
                data-autofocus
                onClick={() => {
                  onClose()
                  onOpenSettings()
                }}
              >
                {t('team.share.openSettings')}
              </Button>
            ) : null}
      </>,
      <>
        <div className="banner team-share__setup" role="status">
          <Icons.Info />
          <span>{sync.config ? t('team.share.syncOff') : t('team.share.notSetUp')}</span>
        </div>
        <WhatTravels />
      </>
    )
  }

  const isOwner = me !== null && members?.some((m) => m.user.id === me.id && m.role === 'owner') === true
  const memberIds = new Set(members?.map((m) => m.user.id))
  const candidates = directory.filter((user) => !memberIds.has(user.id))
  const pickedUser = candidates.find((user) => user.id === picked)

  return frame(
    shared ? (
      close
    ) : (
      <>
        {close}
        <Button variant="primary" icon={<Icons.Users />} onClick={() => void share()} loading={busy === 'share'} data-autofocus>
          {busy === 'share' ? t('team.share.sharing') : t('team.share.share')}
        </Button>
      </>
    ),
    <>
      <WhatTravels />
      {error ? (
        <div className="banner banner--danger" role="alert">
          <Icons.Alert />
          <span>{error}</span>
        </div>
      ) : null}
      {shared ? (
        <section className="team-share__members" aria-labelledby="team-share-members">
          <h3 id="team-share-members" className="team-share__heading">
            {t('team.share.members')}
          </h3>
          {loading && members === null ? (
            <p className="ui-muted team-share__loading">
              <Spinner size="sm" /> {t('team.share.loading')}
            </p>
          ) : null}
          {members ? (
            <ul className="team-share__list">
              {members.map((member) => {
                const self = member.user.id === me?.id
                return (
                  <li key={member.user.id} className="team-share__member">
                    <span className="team-share__name">
                      {member.user.name}
                      {self ? <span className="ui-muted"> {t('team.share.you')}</span> : null}
                    </span>
                    <Badge tone={member.role === 'owner' ? 'accent' : 'neutral'}>{t(`team.role.${member.role}`)}</Badge>
                    {isOwner && !self ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<Icons.Trash />}
                        aria-label={t('team.share.removeLabel', { name: member.user.name })}
                        onClick={() => setRemoving(member)}
                        disabled={busy !== null}
                      >
                        {t('team.share.remove')}
                      </Button>
                    ) : (
                      <span />
                    )}
                  </li>
                )
              })}
            </ul>
          ) : null}
          {members && isOwner ? (
            candidates.length > 0 ? (
              <div className="team-share__add">
                <SelectField
                  label={t('team.share.addMember')}
                  placeholder={t('team.share.pickColleague')}
                  value={picked}
                  onValueChange={setPicked}
                  options={candidates.map((user) => ({ value: user.id, label: user.name }))}
                  fieldClassName="team-share__picker"
                />
                <Button icon={<Icons.Plus />} onClick={() => pickedUser && void change('add', pickedUser)} disabled={!pickedUser || busy !== null} loading={busy === 'add'}>
                  {t('team.share.add')}
                </Button>
              </div>
            ) : (
              <p className="ui-muted">{t('team.share.noneToAdd')}</p>
            )
          ) : null}
          {members && me && !isOwner ? <p className="ui-muted">{t('team.share.ownerOnly')}</p> : null}
        </section>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        tone="danger"
        busy={busy === 'remove'}
        title={t('team.share.remove.title', { name: removing?.user.name ?? '' })}
        body={t('team.share.remove.body', { name: removing?.user.name ?? '' })}
        confirmLabel={t('team.share.remove')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void change('remove', removing.user)}
      />
    </>
  )
}
