import { useState } from 'react'
import { errorMessage, useRepositories, type Account } from '#data'
import { useHost } from '#app/host'
import { useI18n } from '#i18n'
import { Button, Checkbox, Dialog, useToast } from '#ui'
import { safeFileName } from '#shared/domain/files/safeFileName'
import { accountFileFilters } from './accountFileFilters'

/** "Share as a file…": the account as one file for a colleague, private notes left out unless ticked for this export. */
export function ShareAccountDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useI18n()
  const host = useHost()
  const toast = useToast()
  const { share } = useRepositories()
  const [includeSensitive, setIncludeSensitive] = useState(false)
  const [saving, setSaving] = useState(false)

  async function save() {
    setSaving(true)
    try {
      const { bytes } = await share.exportAccount(account.id, includeSensitive)
      const name = `${safeFileName(account.name)}.zip`
      const result = await host.saveFile({ suggestedName: name, filters: accountFileFilters(t), data: bytes, encoding: 'binary' })
      if (result.saved) toast.show({ tone: 'success', message: t('share.export.saved', { file: result.path ?? name }) })
      onClose()
    } catch (e) {
      setSaving(false)
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, e) }) })
    }
  }

  return (
    <Dialog
      open
      size="md"
      onClose={onClose}
      closeLabel={t('common.close')}
      title={t('share.export.title', { name: account.name })}
      description={t('share.export.body')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()} disabled={saving} data-autofocus>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <Checkbox label={t('share.export.sensitive')} description={t('share.export.sensitiveHint')} checked={includeSensitive} onCheckedChange={setIncludeSensitive} />
    </Dialog>
  )
}
