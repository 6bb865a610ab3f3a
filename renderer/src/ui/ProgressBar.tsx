import './ProgressBar.css'

export interface ProgressBarProps {
  /** 0–1, or null while the length of the work is not known yet. */
  value: number | null
  /** What is happening, shown above the bar and read by screen readers. */
  label: string
  /** The value as text (e.g. 42%). */
  valueText?: string
}

/** A determinate progress bar with its label; indeterminate (a moving stripe) while value is null. */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100)
  return (
    <div className="ui-progress">
      <div className="ui-progress__text">
        <span>{label}</span>
        {valueText ? <span className="ui-progress__value">{valueText}</span> : null}
      </div>
      <div
        className={percent === null ? 'ui-progress__track ui-progress__track--indeterminate' : 'ui-progress__track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={valueText}
      >
        <div className="ui-progress__fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  )
}
