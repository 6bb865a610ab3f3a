import {
  useEffect,
  useId,
  useMemo,
  useRef,
  type ChangeEvent,
  type ComponentPropsWithRef,
  type ReactNode
} from 'react'
import { cx } from './cx'
import { AlertIcon, ChevronDownIcon } from './Icons'
import { mergeRefs } from './mergeRefs'

/** Props a `Field` hands to the control it wraps. */
export interface FieldControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
  'aria-required'?: true
}

export interface FieldBaseProps {
  label: ReactNode
  /** Helper text under the control. */
  hint?: ReactNode
  /** Validation message; when present the control is marked aria-invalid and the message is announced. */
  error?: ReactNode
  /**
   * Shows a required marker and sets aria-required. The native `required` attribute is deliberately not
   * set, so the browser never shows its own (untranslated) validation bubbles; the app validates.
   */
  required?: boolean
  /** Keeps the label for assistive technology but hides it visually (e.g. a toolbar search box). */
  hideLabel?: boolean
  /** Label beside the control instead of above it (compact toolbars and filter rows). */
  inline?: boolean
}

export interface FieldProps extends FieldBaseProps {
  /** Use a fixed id for the control instead of a generated one. */
  id?: string
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== ''
}

function joinIds(...ids: Array<string | undefined | false>): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

type WrappedFieldProps = FieldBaseProps & { id?: string; fieldClassName?: string }

/** Splits a wrapped control's props into those for its Field (label, hint, error, …) and its own. */
function splitFieldProps<P extends WrappedFieldProps>({ label, hint, error, required, hideLabel, inline, id, fieldClassName, ...own }: P) {
  return [{ label, hint, error, required, hideLabel, inline, id, className: fieldClassName }, own] as const
}

/** Label + control + hint + error, wired together with generated ids. */
export function Field({ label, hint, error, required, hideLabel, inline, id, className, children }: FieldProps) {
  const generated = useId()
  const controlId = id ?? `${generated}-control`
  const hintId = `${generated}-hint`
  const errorId = `${generated}-error`
  const invalid = hasContent(error)
  const showHint = hasContent(hint)

  const control: FieldControlProps = {
    id: controlId,
    'aria-describedby': joinIds(invalid && errorId, showHint && hintId),
    'aria-invalid': invalid ? true : undefined,
    'aria-required': required ? true : undefined
  }

  return (
    <div className={cx('ui-field', inline && 'ui-field--inline', invalid && 'ui-field--invalid', className)}>
      <label htmlFor={controlId} className={cx('ui-field__label', hideLabel && 'ui-visually-hidden')}>
        {label}
        {required ? (
          <span className="ui-field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children(control)}
      {showHint ? (
        <p id={hintId} className="ui-field__hint">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={errorId} className="ui-field__error" role="alert">
          <AlertIcon size={14} className="ui-field__error-icon" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  )
}

function describedBy(control: FieldControlProps, own: string | undefined): string | undefined {
  return joinIds(control['aria-describedby'], own)
}

// ---------------------------------------------------------------------------------------------------------
// TextField

export interface TextFieldProps extends FieldBaseProps, Omit<ComponentPropsWithRef<'input'>, 'required'> {
  /** Called with the new string value on every change (in addition to `onChange`). */
  onValueChange?: (value: string) => void
  /** Adornment inside the box before the text, e.g. a search icon. */
  leading?: ReactNode
  /** Same as `leading`. */
  icon?: ReactNode
  /** Adornment inside the box after the text, e.g. a unit ("万元") or a clear button. */
  trailing?: ReactNode
  /** Class for the outer field wrapper (`className` goes to the input). */
  fieldClassName?: string
}

export function TextField(props: TextFieldProps) {
  const [
    field,
    {
      className,
      leading,
      icon,
      trailing,
      onChange,
      onValueChange,
      type = 'text',
      'aria-describedby': ownDescribedBy,
      ...rest
    }
  ] = splitFieldProps(props)
  return (
    <Field {...field}>
      {(control) => (
        <InputShell leading={leading ?? icon} trailing={trailing} invalid={control['aria-invalid'] === true}>
          <input
            {...rest}
            {...control}
            aria-describedby={describedBy(control, ownDescribedBy)}
            type={type}
            className={cx('ui-input__control', className)}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              onChange?.(event)
              onValueChange?.(event.target.value)
            }}
          />
        </InputShell>
      )}
    </Field>
  )
}

function InputShell({
  leading,
  trailing,
  invalid,
  children
}: {
  leading?: ReactNode
  trailing?: ReactNode
  invalid: boolean
  children: ReactNode
}) {
  return (
    <div
      className={cx(
        'ui-input',
        invalid && 'ui-input--invalid',
        hasContent(leading) && 'ui-input--has-leading',
        hasContent(trailing) && 'ui-input--has-trailing'
      )}
    >
      {hasContent(leading) ? <span className="ui-input__leading">{leading}</span> : null}
      {children}
      {hasContent(trailing) ? <span className="ui-input__trailing">{trailing}</span> : null}
    </div>
  )
}

// ---------------------------------------------------------------------------------------------------------
// NumberField

export interface NumberFieldProps
  extends FieldBaseProps,
    Omit<ComponentPropsWithRef<'input'>, 'required' | 'type' | 'value' | 'defaultValue'> {
  /** The raw text as typed; the app parses and validates it. */
  value: string
  /** Receives the raw string, untouched (the native `onChange` also works: `event.target.value`). */
  onValueChange?: (raw: string) => void
  leading?: ReactNode
  trailing?: ReactNode
  fieldClassName?: string
}

/** A TextField for numbers: decimal keyboard, no autocomplete or spell check, the raw text passed up. */
export function NumberField({ inputMode = 'decimal', className, ...rest }: NumberFieldProps) {
  return (
    <TextField
      autoComplete="off"
      spellCheck={false}
      {...rest}
      type="text"
      inputMode={inputMode}
      className={cx('ui-input__control--number', className)}
    />
  )
}

// ---------------------------------------------------------------------------------------------------------
// TextArea

export interface TextAreaProps extends FieldBaseProps, Omit<ComponentPropsWithRef<'textarea'>, 'required'> {
  onValueChange?: (value: string) => void
  fieldClassName?: string
}

export function TextArea(props: TextAreaProps) {
  const [
    field,
    {
      className,
      rows = 4,
      onChange,
      onValueChange,
      'aria-describedby': ownDescribedBy,
      ...rest
    }
  ] = splitFieldProps(props)
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...rest}
          {...control}
          aria-describedby={describedBy(control, ownDescribedBy)}
          rows={rows}
          className={cx('ui-textarea', control['aria-invalid'] && 'ui-textarea--invalid', className)}
          onChange={(event) => {
            onChange?.(event)
            onValueChange?.(event.target.value)
          }}
        />
      )}
    </Field>
  )
}

// ---------------------------------------------------------------------------------------------------------
// SelectField

export interface SelectOption {
  value: string
  label: string
  disabled?: boolean
}

export interface SelectFieldProps extends FieldBaseProps, Omit<ComponentPropsWithRef<'select'>, 'required' | 'children'> {
  options: readonly SelectOption[]
  /** Adds a first option with value "" showing this text. */
  placeholder?: string
  onValueChange?: (value: string) => void
  fieldClassName?: string
}

export function SelectField(props: SelectFieldProps) {
  const [
    field,
    {
      className,
      options,
      placeholder,
      value,
      onChange,
      onValueChange,
      'aria-describedby': ownDescribedBy,
      ...rest
    }
  ] = splitFieldProps(props)
  const isPlaceholderShown = placeholder !== undefined && (value === '' || value === undefined)
  return (
    <Field {...field}>
      {(control) => (
        <div className={cx('ui-select', control['aria-invalid'] && 'ui-select--invalid')}>
          <select
            {...rest}
            {...control}
            aria-describedby={describedBy(control, ownDescribedBy)}
            value={value}
            className={cx('ui-select__control', isPlaceholderShown && 'ui-select__control--placeholder', className)}
            onChange={(event) => {
              onChange?.(event)
              onValueChange?.(event.target.value)
            }}
          >
            {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
            {options.map((option) => (
              <option key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </option>
            ))}
          </select>
          <ChevronDownIcon className="ui-select__chevron" />
        </div>
      )}
    </Field>
  )
}

// ---------------------------------------------------------------------------------------------------------
// Checkbox

export interface CheckboxProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> {
  label: ReactNode
  description?: ReactNode
  /** Shows the mixed state (e.g. "select all" with some rows selected). */
  indeterminate?: boolean
  onCheckedChange?: (checked: boolean) => void
  /** Class for the outer label (`className` goes to the input). */
  fieldClassName?: string
}

export function Checkbox({
  label,
  description,
  indeterminate = false,
  onChange,
  onCheckedChange,
  id,
  ref,
  className,
  fieldClassName,
  disabled,
  'aria-describedby': ownDescribedBy,
  ...rest
}: CheckboxProps) {
  const generated = useId()
  const inputId = id ?? `${generated}-checkbox`
  const labelId = `${generated}-label`
  const descriptionId = `${generated}-description`
  const inputRef = useRef<HTMLInputElement | null>(null)
  const setRef = useMemo(() => mergeRefs(inputRef, ref), [ref])
  const hasDescription = hasContent(description)

  useEffect(() => {
    if (inputRef.current) inputRef.current.indeterminate = indeterminate
  }, [indeterminate])

  return (
    <label
      htmlFor={inputId}
      className={cx('ui-checkbox', disabled && 'ui-checkbox--disabled', fieldClassName)}
    >
      <input
        {...rest}
        ref={setRef}
        id={inputId}
        type="checkbox"
        disabled={disabled}
        // The wrapping <label> would fold the description into the name; name it by the label text only.
        aria-labelledby={rest['aria-labelledby'] ?? labelId}
        aria-describedby={joinIds(hasDescription && descriptionId, ownDescribedBy)}
        aria-checked={indeterminate ? 'mixed' : undefined}
        className={cx('ui-checkbox__input', className)}
        onChange={(event) => {
          onChange?.(event)
          onCheckedChange?.(event.target.checked)
        }}
      />
      <span className="ui-checkbox__text">
        <span id={labelId} className="ui-checkbox__label">
          {label}
        </span>
        {hasDescription ? (
          <span id={descriptionId} className="ui-checkbox__description">
            {description}
          </span>
        ) : null}
      </span>
    </label>
  )
}
