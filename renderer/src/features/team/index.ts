export { SyncBadge } from './SyncBadge'
export { TeamSettingsSection } from './TeamSettingsSection'
export { TeamShareAction } from './TeamShareAction'
export { TeamShareDialog } from './TeamShareDialog'
