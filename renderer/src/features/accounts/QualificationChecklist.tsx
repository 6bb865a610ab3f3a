import { ABILITY_KEYS, ACCESS_KEYS, FIT_KEYS, assessDerivedQualification } from '#shared/domain/qualification'
import type { QualificationAnswers, QualificationKey } from '#shared/schemas/account'
import { useI18n } from '#i18n'
import { Checkbox, Icons } from '#ui'

/** Standard 1 + Standard 2 with the verdict recomputed on every tick; answers the map knows show ticked, marked as derived. */
export function QualificationChecklist({
  answers,
  derived = {},
  onChange
}: {
  answers: QualificationAnswers
  /** Answers the stakeholder map already knows; the rep's tick overrides an answer the map does not show. */
  derived?: Partial<Record<QualificationKey, boolean>>
  onChange(answers: QualificationAnswers): void
}) {
  const { t } = useI18n()
  const result = assessDerivedQualification(answers, derived)
  const box = (key: QualificationKey) => {
    const fromMap = result.sources[key] === 'derived'
    return (
      <Checkbox
        key={key}
        name={`qualification.${key}`}
        label={fromMap ? t('glance.derivedAnswer', { answer: t(`qualification.${key}`) }) : t(`qualification.${key}`)}
        title={fromMap ? t('glance.derived.hint') : undefined}
        checked={result.answers[key]}
        disabled={fromMap}
        onChange={(e) => onChange({ ...answers, [key]: e.target.checked })}
      />
    )
  }
  return (
    <div className="qualification">
      <div className={`verdict verdict--${result.verdict}`} data-testid="qualification-verdict" aria-live="polite">
        <span className="verdict__icon">{result.verdict === 'qualified' ? <Icons.Check /> : <Icons.Alert />}</span>
        <div>
          <div className="verdict__title">{t(`qualification.verdict.${result.verdict}`)}</div>
          <div className="verdict__hint">{t(`qualification.verdict.${result.verdict}.hint`)}</div>
        </div>
      </div>
      <fieldset className={`qualification__group ${result.standard1 ? 'is-met' : ''}`}>
        <legend>
          {t('qualification.standard1')} {result.standard1 && <Icons.Check />}
        </legend>
        <div className="qualification__sub">{t('qualification.standard1.fit')}</div>
        {FIT_KEYS.map(box)}
        <div className="qualification__sub">{t('qualification.standard1.ability')}</div>
        {ABILITY_KEYS.map(box)}
      </fieldset>
      <fieldset className={`qualification__group ${result.standard2 ? 'is-met' : ''}`}>
        <legend>
          {t('qualification.standard2')} {result.standard2 && <Icons.Check />}
        </legend>
        <div className="qualification__sub">{t('qualification.standard2.all')}</div>
        {ACCESS_KEYS.map(box)}
      </fieldset>
    </div>
  )
}
