import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { searchDocs, type SearchHit } from '#shared/domain/search'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { useSearchIndex } from '#data'
import { useI18n } from '#i18n'
import { useReveal } from '#app/reveal'
import { useCommandCenter } from '#app/useSaveShortcut'
import { Badge, Dialog, Icons, TextField } from '#ui'
import { Marked } from './Marked'
import './search.css'

/** Ctrl+K: one box that finds any account, person, dossier passage, visit, objection or competitor. */
export function SearchDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, formatDay } = useI18n()
  const reveal = useReveal()
  const commands = useCommandCenter()
  const index = useSearchIndex(open)
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const [active, setActive] = useState(0)
  const hits = useMemo(() => (index ? searchDocs(index, deferred) : []), [index, deferred])

  useEffect(() => setActive(0), [deferred])
  useEffect(() => {
    if (!open) setQuery('')
  }, [open])

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return
    onClose()
    reveal({ kind: hit.doc.kind, id: hit.doc.id, accountId: hit.doc.accountId, marks: hit.marks })
  }
  const titleOf = (hit: SearchHit) =>
    hit.doc.kind === 'dossier' && hit.doc.channel ? t(CHANNEL_TABLE[hit.doc.channel].label) : hit.doc.title

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
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `search-hit-${active}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1))
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0))
            else if (e.key === 'Enter') choose(hits[active])
            else return
            e.preventDefault()
          }}
        />
        {deferred.trim() === '' ? (
          <p className="ui-muted search__hint">{t('search.hint')}</p>
        ) : hits.length === 0 ? (
          <p className="ui-muted search__hint">{t('search.none', { query: deferred.trim() })}</p>
        ) : (
          <>
            <div className="search__count ui-muted">{t('search.results', { count: hits.length })}</div>
            <ul className="search__results" id="search-results" role="listbox" aria-label={t('search.title')}>
              {hits.map((hit, i) => (
                <li
                  key={`${hit.doc.kind}-${hit.doc.id}`}
                  id={`search-hit-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'search__hit is-active' : 'search__hit'}
                  data-testid="search-hit"
                  onMouseEnter={() => setActive(i)}
                  onClick={() => choose(hit)}
                >
                  <div className="search__hit-head">
                    <Badge tone={hit.doc.kind === 'account' ? 'accent' : 'neutral'}>{t(`search.kind.${hit.doc.kind}`)}</Badge>
                    <span className="search__hit-title">
                      <Marked text={titleOf(hit)} marks={hit.marks} />
                    </span>
                    {hit.doc.kind === 'finding' && (
                      <>
                        {hit.doc.channel && <Badge tone="neutral">{t(CHANNEL_TABLE[hit.doc.channel].label)}</Badge>}
                        <Badge tone={hit.doc.verified ? 'success' : 'neutral'}>{t(hit.doc.verified ? 'dossier.finding.verified' : 'dossier.finding.unverified')}</Badge>
                        {hit.doc.date !== undefined && <span className="ui-muted">{formatDay(hit.doc.date)}</span>}
                      </>
                    )}
                    {hit.doc.kind !== 'account' && <span className="ui-muted search__hit-account">{hit.doc.accountName}</span>}
                  </div>
                  {hit.snippet && (
                    <div className="search__snippet">
                      <Marked text={hit.snippet} marks={hit.marks} />
                    </div>
                  )}
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
