import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/ui.css'
import './app/app.css'
import { App } from './app/App'
import { detectHost } from './host/detectHost'
import { openAtlasDb } from './data'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

createRoot(root).render(
  <StrictMode>
    <App host={detectHost()} db={openAtlasDb()} />
  </StrictMode>
)
