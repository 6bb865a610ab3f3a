import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '#ui/ui.css'
import '#app/app.css'
import { App } from '#app/App'
import { detectHost } from '#host/detectHost'
import { openAtlasDb } from './data'
import { requestPersistentStorage } from './data/persistentStorage'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

const db = openAtlasDb()
// Start opening IndexedDB now, while React renders the shell, instead of on the account list's first
// query. A failure is not lost: every query on the handle rejects with it and the screens show it.
db.open().catch(() => {})
void requestPersistentStorage()

createRoot(root).render(
  <StrictMode>
    <App host={detectHost()} db={db} />
  </StrictMode>
)
