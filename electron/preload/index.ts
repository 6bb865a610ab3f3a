import { contextBridge, ipcRenderer } from 'electron'
import { createPreloadApi } from './api'

// The renderer's only door to main: window.api, named functions copied across the context bridge.
contextBridge.exposeInMainWorld('api', createPreloadApi(ipcRenderer))
