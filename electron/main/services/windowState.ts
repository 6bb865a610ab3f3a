import { z } from '#shared/schemas/zod'
import { readJsonFileSync, writeJsonFileSync } from './jsonFile'

export const MIN_WINDOW_WIDTH = 960
export const MIN_WINDOW_HEIGHT = 600

/** Window bounds as saved in userData/window-state.json. x/y absent means "let the OS centre it". */
export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WINDOW_WIDTH).max(20000),
  height: z.number().int().min(MIN_WINDOW_HEIGHT).max(20000),
  isMaximized: z.boolean()
})
export type WindowState = z.infer<typeof WindowState>

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, isMaximized: false }

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/**
 * Keeps a saved state usable on the displays attached now: the size is shrunk to fit the largest
 * work area, and the position is dropped (OS centres the window) unless a good part of the window's
 * top strip, where the title bar is, lies on some display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return { width: state.width, height: state.height, isMaximized: state.isMaximized }
  const maxWidth = Math.max(...workAreas.map((area) => area.width))
  const maxHeight = Math.max(...workAreas.map((area) => area.height))
  const width = Math.max(Math.min(state.width, maxWidth), Math.min(MIN_WINDOW_WIDTH, maxWidth))
  const height = Math.max(Math.min(state.height, maxHeight), Math.min(MIN_WINDOW_HEIGHT, maxHeight))
  const fitted: WindowState = { width, height, isMaximized: state.isMaximized }
  if (state.x === undefined || state.y === undefined) return fitted

  const titleStrip: Rect = { x: state.x, y: state.y, width, height: Math.min(48, height) }
  const visible = workAreas.some((area) => {
    const seen = overlap(titleStrip, area)
    return seen.width >= Math.min(120, width) && seen.height >= Math.min(24, titleStrip.height)
  })
  return visible ? { ...fitted, x: state.x, y: state.y } : fitted
}

/** Reads the saved state; a missing or corrupt file gives the defaults. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  return fitToDisplays(readJsonFileSync(file, WindowState, DEFAULT_WINDOW_STATE), workAreas)
}

export function saveWindowState(file: string, state: WindowState): void {
  writeJsonFileSync(file, WindowState.parse(state))
}

export interface TrackableWindow {
  on(event: 'close', listener: () => void): unknown
  getNormalBounds(): Rect
  isMaximized(): boolean
}

/** Saves bounds and maximised state when the window closes (synchronously: the app may quit next). */
export function trackWindowState(window: TrackableWindow, file: string, onError?: (error: unknown) => void): void {
  window.on('close', () => {
    try {
      const bounds = window.getNormalBounds()
      saveWindowState(file, {
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.max(MIN_WINDOW_WIDTH, Math.round(bounds.width)),
        height: Math.max(MIN_WINDOW_HEIGHT, Math.round(bounds.height)),
        isMaximized: window.isMaximized()
      })
    } catch (error) {
      onError?.(error)
    }
  })
}
