import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '#ui/ui.css'
import '#app/app.css'
import { App } from '#app/App'
import { detectHost } from '#host/detectHost'
import { snapshotBeforeUpgrade } from '#app/snapshots'
import { DEFAULT_DB_NAME, openAtlasDb } from './data'
import { requestPersistentStorage } from './data/persistentStorage'
import { version } from '../../package.json'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

const host = detectHost()
// The desktop app keeps a snapshot of the database as stored before this build upgrades its schema;
// nothing may open the database until it is taken (it resolves at once when no upgrade is due).
void snapshotBeforeUpgrade(host, DEFAULT_DB_NAME, version).then(() => {
  const db = openAtlasDb()
  // Start opening IndexedDB now, while React renders the shell, instead of on the account list's first
  // query. A failure is not lost: every query on the handle rejects with it and the screens show it.
  db.open().catch(() => {})
  void requestPersistentStorage()

  createRoot(root).render(
    <StrictMode>
      <App host={host} db={db} />
    </StrictMode>
  )
})
