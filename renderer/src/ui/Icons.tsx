import type { ReactNode, SVGProps } from 'react'

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  /** Pixel size of the square icon; 16 by default. */
  size?: number
  /** Accessible name. Without one the icon is decorative and hidden from assistive technology. */
  title?: string
}

function createIcon(displayName: string, paths: ReactNode) {
  function Icon({ size = 16, title, className, ...rest }: IconProps) {
    const labelled = title !== undefined && title !== ''
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 16 16"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
        className={className ? `ui-icon ${className}` : 'ui-icon'}
        role={labelled ? 'img' : undefined}
        aria-label={labelled ? title : undefined}
        aria-hidden={labelled ? undefined : true}
        focusable="false"
        {...rest}
      >
        {labelled ? <title>{title}</title> : null}
        {paths}
      </svg>
    )
  }
  Icon.displayName = displayName
  return Icon
}

export const PlusIcon = createIcon('PlusIcon', <path d="M8 3v10M3 8h10" />)

export const SearchIcon = createIcon(
  'SearchIcon',
  <>
    <circle cx="7" cy="7" r="4.25" />
    <path d="m10.25 10.25 3 3" />
  </>
)

export const TrashIcon = createIcon(
  'TrashIcon',
  <>
    <path d="M2.75 4.25h10.5" />
    <path d="M6.25 4.25V2.75h3.5v1.5" />
    <path d="M4 4.25l.6 8.4a1 1 0 0 0 1 .93h4.8a1 1 0 0 0 1-.93l.6-8.4" />
    <path d="M6.75 7v4M9.25 7v4" />
  </>
)

export const EditIcon = createIcon(
  'EditIcon',
  <>
    <path d="M10.5 2.75 13.25 5.5 6 12.75l-3.25.5.5-3.25z" />
    <path d="m9.25 4 2.75 2.75" />
  </>
)

export const BuildingIcon = createIcon(
  'BuildingIcon',
  <>
    <path d="M3 13.5V3.25a.75.75 0 0 1 .75-.75h5.5a.75.75 0 0 1 .75.75V13.5" />
    <path d="M10 6.5h2.25a.75.75 0 0 1 .75.75v6.25" />
    <path d="M1.75 13.5h12.5" />
    <path d="M5.25 5h1.5M5.25 7.5h1.5M5.25 10h1.5" />
  </>
)

export const UsersIcon = createIcon(
  'UsersIcon',
  <>
    <circle cx="6" cy="5.5" r="2.25" />
    <path d="M1.75 13c.4-2.2 2.1-3.5 4.25-3.5s3.85 1.3 4.25 3.5" />
    <path d="M10.5 3.4a2.25 2.25 0 0 1 0 4.2" />
    <path d="M12 9.75c1.2.45 2 1.6 2.25 3.25" />
  </>
)

/** Relationship map / graph. */
export const MapIcon = createIcon(
  'MapIcon',
  <>
    <circle cx="3.75" cy="4" r="1.75" />
    <circle cx="12.25" cy="4.5" r="1.75" />
    <circle cx="8" cy="12" r="1.75" />
    <path d="M5.5 4.1l5 .3M4.6 5.55l2.55 4.9M11.4 6.05 8.85 10.45" />
  </>
)

export const NotebookIcon = createIcon(
  'NotebookIcon',
  <>
    <rect x="3.25" y="1.75" width="10" height="12.5" rx="1.25" />
    <path d="M6 1.75v12.5" />
    <path d="M1.75 4.5h2.5M1.75 8h2.5M1.75 11.5h2.5" />
    <path d="M8.25 5h2.75M8.25 7.5h2.75" />
  </>
)

export const CalendarIcon = createIcon(
  'CalendarIcon',
  <>
    <rect x="2.25" y="3" width="11.5" height="10.75" rx="1.5" />
    <path d="M2.25 6.5h11.5M5.25 1.75v2.5M10.75 1.75v2.5" />
  </>
)

export const FileTextIcon = createIcon(
  'FileTextIcon',
  <>
    <path d="M9.25 1.75H4.5a1.25 1.25 0 0 0-1.25 1.25v10A1.25 1.25 0 0 0 4.5 14.25h7A1.25 1.25 0 0 0 12.75 13V5.25z" />
    <path d="M9.25 1.75v3.5h3.5" />
    <path d="M5.75 8.25h4.5M5.75 11h4.5" />
  </>
)

export const SettingsIcon = createIcon(
  'SettingsIcon',
  <>
    <circle cx="8" cy="8" r="2" />
    <path d="M8 1.75v1.5M8 12.75v1.5M3.58 3.58l1.06 1.06M11.36 11.36l1.06 1.06M1.75 8h1.5M12.75 8h1.5M3.58 12.42l1.06-1.06M11.36 4.64l1.06-1.06" />
    <circle cx="8" cy="8" r="4.5" />
  </>
)

export const ChevronDownIcon = createIcon('ChevronDownIcon', <path d="m4 6 4 4 4-4" />)

export const ChevronLeftIcon = createIcon('ChevronLeftIcon', <path d="m10 4-4 4 4 4" />)

export const ChevronRightIcon = createIcon('ChevronRightIcon', <path d="m6 4 4 4-4 4" />)

export const CheckIcon = createIcon('CheckIcon', <path d="m3.25 8.25 3 3 6.5-6.5" />)

export const XIcon = createIcon('XIcon', <path d="m4 4 8 8M12 4l-8 8" />)

export const AlertIcon = createIcon(
  'AlertIcon',
  <>
    <path d="M7.13 2.5a1 1 0 0 1 1.74 0l5.4 9.5a1 1 0 0 1-.87 1.5H2.6a1 1 0 0 1-.87-1.5z" />
    <path d="M8 6.25v3" />
    <path d="M8 11.4v.1" />
  </>
)

export const GlobeIcon = createIcon(
  'GlobeIcon',
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M1.75 8h12.5" />
    <path d="M8 1.75c1.7 1.7 2.5 3.8 2.5 6.25S9.7 12.55 8 14.25C6.3 12.55 5.5 10.45 5.5 8S6.3 3.45 8 1.75z" />
  </>
)

export const SunIcon = createIcon(
  'SunIcon',
  <>
    <circle cx="8" cy="8" r="2.75" />
    <path d="M8 1.5v1.25M8 13.25v1.25M1.5 8h1.25M13.25 8h1.25M3.4 3.4l.9.9M11.7 11.7l.9.9M3.4 12.6l.9-.9M11.7 4.3l.9-.9" />
  </>
)

export const MoonIcon = createIcon(
  'MoonIcon',
  <path d="M13.25 9.6A5.5 5.5 0 0 1 6.4 2.75a5.5 5.5 0 1 0 6.85 6.85z" />
)

export const UndoIcon = createIcon(
  'UndoIcon',
  <>
    <path d="M5.5 3.5 2.75 6.25 5.5 9" />
    <path d="M2.75 6.25h6.5a4 4 0 0 1 0 8h-2" />
  </>
)

export const FilterIcon = createIcon('FilterIcon', <path d="M2.25 3h11.5L9.25 8.5v4.25l-2.5 1.25V8.5z" />)

export const SortIcon = createIcon(
  'SortIcon',
  <>
    <path d="M4.75 2.75v10.5M2.5 11l2.25 2.25L7 11" />
    <path d="M11.25 13.25V2.75M9 5l2.25-2.25L13.5 5" />
  </>
)

export const InfoIcon = createIcon(
  'InfoIcon',
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="M8 7.25V11" />
    <path d="M8 4.9v.1" />
  </>
)

export const CheckCircleIcon = createIcon(
  'CheckCircleIcon',
  <>
    <circle cx="8" cy="8" r="6.25" />
    <path d="m5.25 8.25 1.9 1.9 3.6-3.9" />
  </>
)

/** All icons under short names, e.g. `<Icons.Plus />`. */
export const Icons = {
  Plus: PlusIcon,
  Search: SearchIcon,
  Trash: TrashIcon,
  Edit: EditIcon,
  Building: BuildingIcon,
  Users: UsersIcon,
  Map: MapIcon,
  Notebook: NotebookIcon,
  Calendar: CalendarIcon,
  FileText: FileTextIcon,
  Settings: SettingsIcon,
  ChevronDown: ChevronDownIcon,
  ChevronLeft: ChevronLeftIcon,
  ChevronRight: ChevronRightIcon,
  Check: CheckIcon,
  CheckCircle: CheckCircleIcon,
  X: XIcon,
  Alert: AlertIcon,
  Info: InfoIcon,
  Globe: GlobeIcon,
  Sun: SunIcon,
  Moon: MoonIcon,
  Undo: UndoIcon,
  Filter: FilterIcon,
  Sort: SortIcon
} as const

export type IconName = keyof typeof Icons
