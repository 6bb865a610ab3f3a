// The baseline for bench/firstPaint.bench.ts and bench/scale.bench.ts: the least a React page can do to
// show the same account list, built with the same Vite and plugin-react as the app. `?n=500` renders that
// many rows from memory; `?n=0` renders an empty state; `?book=scale` renders the scale book's 1,000
// accounts (bench/scale/accounts.ts). It uses the app's DOM markers (account-row rows, .ui-empty).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { benchAccountRows, type BenchAccountRow } from '../accountRows'
import { scaleAccountHeads } from '../scale/accounts'

const params = new URLSearchParams(location.search)
const count = Number(params.get('n') ?? '0')

function Row({ row }: { row: BenchAccountRow }) {
  return (
    <tr data-testid="account-row">
      <td>
        <a href={`#/accounts/${row.id}`}>{row.name}</a>
        <div>{row.industry}</div>
      </td>
      <td>{row.classification}</td>
      <td>{row.positioning ?? '—'}</td>
      <td>{row.stage}</td>
      <td>{new Date(row.updatedAt).toLocaleDateString()}</td>
    </tr>
  )
}

function BareList({ rows }: { rows: BenchAccountRow[] }) {
  if (rows.length === 0) {
    return (
      <div className="ui-empty">
        <h3>No accounts yet</h3>
        <p>Add the first account.</p>
      </div>
    )
  }
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Class</th>
          <th>Positioning</th>
          <th>Stage</th>
          <th>Updated</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.id} row={row} />
        ))}
      </tbody>
    </table>
  )
}

// The scale book's accounts in the app's order (renderer/src/data/queries.ts: by name, then id).
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
const rows =
  params.get('book') === 'scale'
    ? scaleAccountHeads().sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id))
    : benchAccountRows(count)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BareList rows={rows} />
  </StrictMode>
)
