import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderScreen } from '#testing/renderScreen'
import { ErrorBoundary } from './ErrorBoundary'

function Broken(): never {
  throw new Error('stage history is not an array')
}

describe('ErrorBoundary', () => {
  it('shows a translated recovery screen with the error instead of a blank window', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderScreen(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
      { language: 'zh-CN' }
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('stage history is not an array')
    expect(screen.getByRole('button', { name: '重新加载' })).toBeTruthy()
    vi.mocked(console.error).mockRestore()
  })
})
