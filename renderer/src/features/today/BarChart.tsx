import { useEffect, useRef } from 'react'
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js'
import { useThemeColors } from './useThemeColors'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip)

const COLORS = ['--accent', '--text-muted', '--border', '--font-sans'] as const

export type Bar = { label: string; value: number; color?: string }

/** A category name on two lines when it is long and has a space ("Discover / opportunity"), so none is skipped. */
const wrap = (label: string): string | string[] => (label.length > 10 && label.includes(' ') ? label.split(' ') : label)

/**
 * A small bar chart on a canvas (Chart.js), coloured from the theme's CSS variables. The canvas carries
 * the figures as its accessible name, since screen readers cannot read a drawing.
 */
export function BarChart({ bars, summary, testId, everyLabel = false }: { bars: Bar[]; summary: string; testId: string; everyLabel?: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const colors = useThemeColors(COLORS)
  const barColors = useThemeColors([...new Set(bars.map((b) => b.color ?? '--accent'))])

  useEffect(() => {
    if (!canvas.current) return
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((b) => (everyLabel ? wrap(b.label) : b.label)),
        datasets: [{ data: bars.map((b) => b.value), backgroundColor: bars.map((b) => barColors[b.color ?? '--accent'] ?? colors['--accent']), borderRadius: 3, maxBarThickness: 28 }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false }, tooltip: { displayColors: false } },
        scales: {
          x: { grid: { display: false }, border: { color: colors['--border'] }, ticks: { color: colors['--text-muted'], font: { family: colors['--font-sans'], size: 11 }, maxRotation: 0, autoSkip: !everyLabel } },
          y: { beginAtZero: true, grid: { color: colors['--border'] }, border: { display: false }, ticks: { color: colors['--text-muted'], precision: 0, font: { family: colors['--font-sans'], size: 11 } } }
        }
      }
    })
    return () => chart.destroy()
  }, [bars, colors, barColors, everyLabel])

  return (
    <div className="today-chart__canvas">
      <canvas ref={canvas} role="img" aria-label={summary} data-testid={testId} />
    </div>
  )
}
