import { parseNumberText } from '#shared/domain/accountFormValues'
import type { Competitor } from '#data'
import { useRepositories } from '#data'
import { useI18n } from '#i18n'
import { useCommandAction } from '#app/useSaveShortcut'
import { useRevealRecord, type RevealKind } from '#app/reveal'
import { Button, Card, Icons, NumberField, TextArea, TextField } from '#ui'
import { RecordActions } from './RecordActions'
import { RecordDialog } from './RecordDialog'
import { useRecordEditor } from './useRecordEditor'

interface CompetitorForm {
  supplier: string
  brands: string
  share: string
  products: string
  priceLevel: string
  terms: string
  years: string
  weaknesses: string
}

const REVEALS: readonly RevealKind[] = ['competitor']

const blank = (): CompetitorForm => ({ supplier: '', brands: '', share: '', products: '', priceLevel: '', terms: '', years: '', weaknesses: '' })
const numberText = (n: number | null) => (n === null ? '' : String(n))
const toForm = (c: Competitor): CompetitorForm => ({ ...c, years: numberText(c.yearsWithAccount), share: numberText(c.sharePct) })

/** Who supplies the account today: supplier and brands, price, terms, years, share and where they are weak. */
export function CompetitorsCard({ accountId, competitors }: { accountId: string; competitors: readonly Competitor[] }) {
  const { t, language } = useI18n()
  const { competitors: repo } = useRepositories()
  const editor = useRecordEditor<Competitor, CompetitorForm>(repo, t('visits.competitors.deleted'), t('undo.label.deleteCompetitor'))
  useCommandAction('competitor.add', () => editor.open(blank()))
  // A search hit on a competitor opens it as its edit button does.
  useRevealRecord(REVEALS, accountId, competitors, (c) => editor.open(toForm(c), c.id))
  const values = editor.editing?.values
  const save = () =>
    values &&
    editor.save({
      accountId,
      supplier: values.supplier,
      brands: values.brands,
      sharePct: parseNumberText(values.share),
      products: values.products,
      priceLevel: values.priceLevel,
      terms: values.terms,
      yearsWithAccount: parseNumberText(values.years),
      weaknesses: values.weaknesses
    })

  return (
    <Card
      title={t('visits.competitors')}
      actions={
        <Button size="sm" icon={<Icons.Plus />} onClick={() => editor.open(blank())}>
          {t('visits.competitors.add')}
        </Button>
      }
    >
      {competitors.length === 0 ? (
        <p className="ui-muted">{t('visits.competitors.empty')}</p>
      ) : (
        <ul className="record-list">
          {competitors.map((c) => (
            <li key={c.id} className="record-list__item" data-testid="competitor-item">
              <div className="record-list__main">
                <div className="record-list__title">
                  <strong>{c.supplier}</strong>
                  {c.brands && <span>{c.brands}</span>}
                  {c.yearsWithAccount !== null && <span className="ui-muted">{t('brief.years', { years: c.yearsWithAccount })}</span>}
                  {c.sharePct !== null && <span className="ui-muted">{t('visits.competitors.shareValue', { pct: c.sharePct })}</span>}
                </div>
                {(c.products || c.priceLevel || c.terms) && (
                  <div className="record-list__body">{[c.products, c.priceLevel, c.terms].filter(Boolean).join(' · ')}</div>
                )}
                {c.weaknesses && (
                  <div className="record-list__meta">
                    {t('visits.competitors.weaknesses')}
                    {language === 'zh-CN' ? '：' : ': '}
                    {c.weaknesses}
                  </div>
                )}
              </div>
              <RecordActions editLabel={t('visits.competitors.edit')} onEdit={() => editor.open(toForm(c), c.id)} onDelete={() => void editor.remove(c.id)} />
            </li>
          ))}
        </ul>
      )}
      {values && (
        <RecordDialog
          open
          title={editor.editing?.id ? t('visits.competitors.edit') : t('visits.competitors.add')}
          onClose={editor.close}
          onSave={() => void save()}
          hasErrors={editor.hasErrors}
        >
          <div className="ui-grid-2">
            <TextField label={t('visits.competitors.supplier')} required value={values.supplier} error={editor.errorText('supplier')} onChange={(e) => editor.update({ supplier: e.target.value })} />
            <TextField label={t('visits.competitors.brands')} hint={t('visits.competitors.brands.hint')} value={values.brands} error={editor.errorText('brands')} onChange={(e) => editor.update({ brands: e.target.value })} />
          </div>
          <TextField label={t('visits.competitors.products')} value={values.products} error={editor.errorText('products')} onChange={(e) => editor.update({ products: e.target.value })} />
          <div className="ui-grid-2">
            <TextField label={t('visits.competitors.priceLevel')} value={values.priceLevel} error={editor.errorText('priceLevel')} onChange={(e) => editor.update({ priceLevel: e.target.value })} />
            <TextField label={t('visits.competitors.terms')} value={values.terms} error={editor.errorText('terms')} onChange={(e) => editor.update({ terms: e.target.value })} />
          </div>
          <div className="ui-grid-2">
            <NumberField label={t('visits.competitors.years')} value={values.years} error={editor.errorText('yearsWithAccount')} onChange={(e) => editor.update({ years: e.target.value })} />
            <NumberField label={t('visits.competitors.share')} value={values.share} error={editor.errorText('sharePct')} onChange={(e) => editor.update({ share: e.target.value })} />
          </div>
          <TextArea label={t('visits.competitors.weaknesses')} rows={2} value={values.weaknesses} error={editor.errorText('weaknesses')} onChange={(e) => editor.update({ weaknesses: e.target.value })} />
        </RecordDialog>
      )}
    </Card>
  )
}
