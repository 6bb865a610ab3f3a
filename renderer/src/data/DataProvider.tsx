import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { AtlasDb, DatabaseAccess } from './db'
import { createRepositories, type Repositories, type RepositoryDeps } from './repositories'
import type { SectionTextCodec } from './sync/sectionTexts'
import { TeamSyncProvider } from './sync/TeamSyncProvider'

type DataContextValue = { db: AtlasDb; repositories: Repositories }

const DataContext = createContext<DataContextValue | null>(null)

/**
 * Provides the database, its repositories and team sync to the tree. `sectionText` lets team sync carry
 * dossier text (the app passes a loader of the editor's); `deps` (clock, uuid) is for tests.
 */
export function DataProvider({
  db,
  deps,
  loadSectionText,
  children
}: {
  db: AtlasDb
  deps?: RepositoryDeps
  loadSectionText?: () => Promise<SectionTextCodec>
  children?: ReactNode
}) {
  const value = useMemo(() => ({ db, repositories: createRepositories(db, deps) }), [db, deps])
  return (
    <DataContext.Provider value={value}>
      <TeamSyncProvider db={db} loadSectionText={loadSectionText}>{children}</TeamSyncProvider>
    </DataContext.Provider>
  )
}

function useDataContext(hook: string): DataContextValue {
  const value = useContext(DataContext)
  if (!value) throw new Error(`${hook}() must be used inside <DataProvider>`)
  return value
}

/** The database, for the data layer's own hooks. Components read through hooks and write through repositories. */
export function useDb(): AtlasDb {
  return useDataContext('useDb').db
}

/** The repositories: the only way to write. */
export function useRepositories(): Repositories {
  return useDataContext('useRepositories').repositories
}

/** Whether the database may be written: read-only when a newer version of the app wrote it (known once it is open). */
export function useDatabaseAccess(): DatabaseAccess {
  const db = useDb()
  const [access, setAccess] = useState(db.access)
  useEffect(() => {
    let live = true
    // A failed open is shown by the screens' own queries; here it only means "not known to be read-only".
    db.open().then(
      () => live && setAccess(db.access),
      () => {}
    )
    return () => {
      live = false
    }
  }, [db])
  return access
}
