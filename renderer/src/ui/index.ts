export { AppFrame, SidebarItem, SidebarSection } from './AppFrame'
export type { AppFrameProps, SidebarItemProps, SidebarSectionProps } from './AppFrame'
export { Badge } from './Badge'
export type { BadgeProps, BadgeTone } from './Badge'
export { Button } from './Button'
export type { ButtonProps, ButtonSize, ButtonVariant } from './Button'
export { Card, Section } from './Card'
export type { CardProps, SectionProps } from './Card'
export { ConfirmDialog } from './ConfirmDialog'
export type { ConfirmDialogProps } from './ConfirmDialog'
export { Dialog } from './Dialog'
export type { DialogProps, DialogSize } from './Dialog'
export { DateField } from './DateField'
export type { DateFieldProps } from './DateField'
export { EmptyState } from './EmptyState'
export type { EmptyStateProps } from './EmptyState'
export { Checkbox, Field, NumberField, SelectField, TextArea, TextField } from './Field'
export type {
  CheckboxProps,
  FieldBaseProps,
  FieldControlProps,
  FieldProps,
  NumberFieldProps,
  SelectFieldProps,
  SelectOption,
  TextAreaProps,
  TextFieldProps
} from './Field'
export { IconButton } from './IconButton'
export type { IconButtonProps } from './IconButton'
export * from './Icons'
export { Kbd } from './Kbd'
export type { KbdProps } from './Kbd'
export { SegmentedControl } from './SegmentedControl'
export type { SegmentedControlProps, SegmentedOption } from './SegmentedControl'
export { Spinner } from './Spinner'
export type { SpinnerProps } from './Spinner'
export { DEFAULT_TOAST_DURATION_MS, ToastProvider, useToast, useToastSafeArea } from './Toast'
export type { ToastAction, ToastApi, ToastOptions, ToastProviderProps, ToastTone } from './Toast'
export { cx } from './cx'
export { observeRectOrWindow, useScrollParentVirtualizer, type ScrollParentWindow } from './useScrollParentVirtualizer'
export { ProgressBar } from './ProgressBar'
export type { ProgressBarProps } from './ProgressBar'
