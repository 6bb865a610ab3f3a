import { useEffect, useMemo, useState } from 'react'
import type { SearchHit } from '#shared/domain/search'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { clearRecents, loadRecents, rememberOpened, useSearch, type RecentRecord } from '#data'
import { useI18n } from '#i18n'
import { useReveal } from '#app/reveal'
import { useCommandCenter } from '#app/useSaveShortcut'
import { Button, Dialog, Icons, TextField } from '#ui'
import { HitRow, RecentRow } from './HitRow'
import { groupByKind } from './groupByKind'
import './search.css'

/** One row the arrow keys move through: a hit, or (with the box empty) a recently opened record. */
type Choice = { key: string; record: RecentRecord; marks: readonly string[]; hit?: SearchHit }

/** Ctrl+K: one box that finds any account, person, finding, dossier passage, visit, objection or competitor. */
export function SearchDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n()
  const reveal = useReveal()
  const commands = useCommandCenter()
  const [query, setQuery] = useState('')
  const [recents, setRecents] = useState(loadRecents)
  // The chosen row is remembered by record, so answers arriving late (or after an edit) keep it chosen.
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const result = useSearch(open, query)
  const typed = query.trim()

  useEffect(() => {
    if (open) setRecents(loadRecents())
    else setQuery('')
  }, [open])

  const titleOf = (hit: SearchHit) => (hit.doc.kind === 'dossier' && hit.doc.channel ? t(CHANNEL_TABLE[hit.doc.channel].label) : hit.doc.title)
  // While the next answer is on its way the last one stays up, so the list never flickers empty.
  const empty = typed === ''
  const hits = useMemo(() => (empty ? [] : (result?.hits ?? [])), [empty, result])
  const groups = useMemo(() => groupByKind(hits), [hits])
  const choices: Choice[] =
    typed === ''
      ? recents.opened.map((record) => ({ key: `recent-${record.kind}-${record.id}`, record, marks: [] }))
      : groups.flatMap((group) =>
          group.hits.map((hit) => ({
            key: `${hit.doc.kind}-${hit.doc.id}`,
            hit,
            marks: hit.marks,
            record: { kind: hit.doc.kind, id: hit.doc.id, accountId: hit.doc.accountId, title: titleOf(hit), accountName: hit.doc.accountName }
          }))
        )

  const found = choices.findIndex((c) => c.key === activeKey)
  const active = found >= 0 ? found : 0
  const setActive = (i: number) => setActiveKey(choices[i]?.key ?? null)
  useEffect(() => setActiveKey(null), [typed])
  useEffect(() => {
    // Braces, not an arrow's value: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
    document.getElementById(`search-hit-${active}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [active])

  const choose = (choice: Choice | undefined) => {
    if (!choice) return
    rememberOpened(choice.record, typed)
    onClose()
    reveal({ kind: choice.record.kind, id: choice.record.id, accountId: choice.record.accountId, marks: choice.marks })
  }
  const option = (choice: Choice, i: number) => ({
    id: `search-hit-${i}`,
    role: 'option' as const,
    'aria-selected': i === active,
    className: i === active ? 'search__hit is-active' : 'search__hit',
    'data-testid': 'search-hit',
    onMouseEnter: () => setActive(i),
    onClick: () => choose(choice)
  })
  let at = 0

  return (
    <Dialog open={open} onClose={onClose} title={t('search.title')} size="lg" closeLabel={t('common.close')}>
      <div className="search" data-testid="search">
        <TextField
          label={t('search.title')}
          hideLabel
          autoFocus
          data-autofocus
          icon={<Icons.Search />}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => {
            // `>` first turns search into the command palette (as in VS Code), keeping what follows it.
            if (commands && e.target.value.trimStart().startsWith('>')) {
              onClose()
              commands.openPalette(e.target.value.trimStart())
              return
            }
            setQuery(e.target.value)
          }}
          role="combobox"
          aria-expanded={choices.length > 0}
          aria-controls="search-results"
          aria-activedescendant={choices[active] ? `search-hit-${active}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive(Math.min(active + 1, choices.length - 1))
            else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0))
            else if (e.key === 'Enter') choose(choices[active])
            else return
            e.preventDefault()
          }}
        />
        {typed === '' ? (
          recents.opened.length + recents.queries.length === 0 ? (
            <p className="ui-muted search__hint">{t('search.hint')}</p>
          ) : (
            <div className="search__recent">
              {recents.queries.length > 0 && (
                <div className="search__recent-queries" role="group" aria-label={t('search.recentQueries')}>
                  <span className="search__group-label">{t('search.recentQueries')}</span>
                  {recents.queries.map((q) => (
                    <Button key={q} size="sm" variant="ghost" icon={<Icons.Search />} onClick={() => setQuery(q)}>
                      {q}
                    </Button>
                  ))}
                  <Button size="sm" variant="ghost" className="search__clear" onClick={() => setRecents(clearRecents())}>
                    {t('search.clearRecent')}
                  </Button>
                </div>
              )}
              {choices.length > 0 && (
                <ul className="search__results" id="search-results" role="listbox" aria-label={t('search.recentOpened')}>
                  <li role="presentation" className="search__group-label">
                    {t('search.recentOpened')}
                  </li>
                  {choices.map((choice, i) => (
                    <li key={choice.key} {...option(choice, i)}>
                      <RecentRow record={choice.record} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        ) : result?.failed ? (
          <p className="search__hint" role="alert">
            {t('search.failed')}
          </p>
        ) : !result ? (
          <p className="ui-muted search__hint" role="status">
            {t('search.loading')}
          </p>
        ) : result.query === typed && hits.length === 0 ? (
          <p className="ui-muted search__hint">{t('search.none', { query: typed })}</p>
        ) : (
          <>
            <div className="search__count ui-muted" role="status">
              {t('search.results', { count: hits.length })}
            </div>
            <ul className="search__results" id="search-results" role="listbox" aria-label={t('search.title')} aria-busy={result.query !== typed}>
              {groups.map((group) => (
                <li key={group.kind} role="presentation">
                  <div className="search__group-label" id={`search-group-${group.kind}`}>
                    {t(`search.group.${group.kind}`)}
                  </div>
                  <ul role="group" aria-labelledby={`search-group-${group.kind}`} className="search__group">
                    {group.hits.map(() => {
                      const i = at++
                      const choice = choices[i]!
                      return (
                        <li key={choice.key} {...option(choice, i)}>
                          <HitRow hit={choice.hit!} title={choice.record.title} />
                        </li>
                      )
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="search__keys ui-muted">{t('search.keys')}</div>
      </div>
    </Dialog>
  )
}
