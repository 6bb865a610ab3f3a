import { useState } from 'react'
import { errorMessage, type Account, type StakeholderRecord } from '#data'
import { useHost } from '#app/host'
import { useI18n } from '#i18n'
import { Button, Dialog, SegmentedControl, useToast } from '#ui'
import { safeFileName } from '#shared/domain/files/safeFileName'
import { csvHeaders } from './importLabels'

type Format = 'vcard' | 'csv'

/** The people on the map as a vCard 4.0 or a CSV file that phones, Outlook, Excel and our own import read back. */
export function ExportPeopleDialog({ account, people, onClose }: { account: Account; people: readonly StakeholderRecord[]; onClose: () => void }) {
  const { t } = useI18n()
  const host = useHost()
  const toast = useToast()
  const [format, setFormat] = useState<Format>('vcard')
  const live = people.filter((p) => p.deletedAt === null && p.departedAt === null)

  async function save() {
    const { peopleToCsv, peopleToVcard } = await import('#shared/domain/contacts/peopleExport')
    const base = safeFileName(account.name)
    const file = format === 'vcard' ? { name: `${base}.vcf`, data: peopleToVcard(live, account.name), ext: 'vcf' } : { name: `${base}.csv`, data: peopleToCsv(live, account.name, csvHeaders(t)), ext: 'csv' }
    try {
      const result = await host.saveFile({ suggestedName: file.name, filters: [{ name: t(`contacts.export.${format}`), extensions: [file.ext] }], data: file.data, encoding: 'utf8' })
      if (result.saved) toast.show({ tone: 'success', message: t('contacts.export.saved', { file: result.path ?? file.name }) })
      onClose()
    } catch (e) {
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: errorMessage(t, e) }) })
    }
  }

  return (
    <Dialog
      open
      size="sm"
      onClose={onClose}
      closeLabel={t('common.close')}
      title={t('contacts.export.title')}
      description={t('contacts.export.body', { count: live.length })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()} disabled={live.length === 0} data-autofocus>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <SegmentedControl<Format>
        ariaLabel={t('contacts.export.title')}
        value={format}
        onChange={setFormat}
        options={[
          { value: 'vcard', label: t('contacts.export.vcard') },
          { value: 'csv', label: t('contacts.export.csv') }
        ]}
      />
    </Dialog>
  )
}
