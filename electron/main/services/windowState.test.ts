import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState, trackWindowState, type Rect } from './windowState'

const desktop: Rect[] = [{ x: 0, y: 0, width: 1920, height: 1040 }]
let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-window-'))
  file = join(dir, 'window-state.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('loadWindowState', () => {
  it('uses the defaults when there is no file', () => {
    expect(loadWindowState(file, desktop)).toEqual(DEFAULT_WINDOW_STATE)
  })

  it('falls back to the defaults on a corrupt or invalid file', () => {
    for (const content of ['{not json', '', 'null', '[]', '{"width":"wide","height":800,"isMaximized":false}', '{"width":100,"height":100,"isMaximized":false}', '{"x":1.5,"y":2,"width":1200,"height":800,"isMaximized":false}']) {
      writeFileSync(file, content)
      expect(loadWindowState(file, desktop), content).toEqual(DEFAULT_WINDOW_STATE)
    }
  })

  it('restores saved bounds that are on screen', () => {
    saveWindowState(file, { x: 100, y: 50, width: 1400, height: 900, isMaximized: true })
    expect(loadWindowState(file, desktop)).toEqual({ x: 100, y: 50, width: 1400, height: 900, isMaximized: true })
  })
})

describe('fitToDisplays', () => {
  it('drops a position that is on no current display', () => {
    const state = { x: 3000, y: 200, width: 1200, height: 800, isMaximized: false }
    expect(fitToDisplays(state, desktop)).toEqual({ width: 1200, height: 800, isMaximized: false })
    // Title bar above the top of the screen: not reachable either.
    expect(fitToDisplays({ ...state, x: 100, y: -500 }, desktop)).toEqual({ width: 1200, height: 800, isMaximized: false })
  })

  it('keeps a position on a second display', () => {
    const displays = [...desktop, { x: 1920, y: 0, width: 2560, height: 1400 }]
    const state = { x: 2200, y: 100, width: 1600, height: 1000, isMaximized: false }
    expect(fitToDisplays(state, displays)).toEqual(state)
  })

  it('shrinks a window larger than any display', () => {
    const fitted = fitToDisplays({ x: 0, y: 0, width: 5000, height: 3000, isMaximized: false }, desktop)
    expect(fitted).toEqual({ x: 0, y: 0, width: 1920, height: 1040, isMaximized: false })
  })
})

describe('trackWindowState', () => {
  it('saves the normal bounds when the window closes', () => {
    const listeners: Record<string, () => void> = {}
    trackWindowState(
      {
        on: (event, listener) => (listeners[event] = listener),
        getNormalBounds: () => ({ x: 10.4, y: 20, width: 1300, height: 850 }),
        isMaximized: () => true
      },
      file
    )
    listeners.close!()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1300, height: 850, isMaximized: true })
  })
})
