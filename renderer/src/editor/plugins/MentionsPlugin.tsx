import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin'
import { $createTextNode, type TextNode } from 'lexical'
import { useCallback, useMemo, useState } from 'react'
import { createPortal } from 'react-dom'
import { useI18n } from '#i18n'
import { $createMentionNode } from '../nodes'
import { useMentionPeople, type MentionPerson } from '../people'

class PersonOption extends MenuOption {
  constructor(readonly person: MentionPerson) {
    super(person.id)
  }
}

const MAX_SUGGESTIONS = 8

/** Typing `@` suggests the account's (non-deleted) stakeholders; picking one inserts a mention. */
export function MentionsPlugin() {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const people = useMentionPeople()
  const [query, setQuery] = useState<string | null>(null)
  const triggerFn = useBasicTypeaheadTriggerMatch('@', { minLength: 0, maxLength: 30 })

  const options = useMemo(() => {
    const q = (query ?? '').toLocaleLowerCase()
    return [...people.values()]
      .filter((p) => !p.deleted && (q === '' || p.name.toLocaleLowerCase().includes(q) || p.title.toLocaleLowerCase().includes(q)))
      .slice(0, MAX_SUGGESTIONS)
      .map((p) => new PersonOption(p))
  }, [people, query])

  const onSelectOption = useCallback(
    (option: PersonOption, textNode: TextNode | null, closeMenu: () => void) => {
      editor.update(() => {
        const mention = $createMentionNode(option.person.id, option.person.name)
        if (textNode) textNode.replace(mention)
        const space = $createTextNode(' ')
        mention.insertAfter(space)
        space.select(1, 1)
        closeMenu()
      })
    },
    [editor]
  )

  return (
    <LexicalTypeaheadMenuPlugin<PersonOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && query !== null
          ? createPortal(
              <div className="mention-menu" role="listbox" aria-label={t('dossier.mention.label')}>
                {options.length === 0 && <div className="mention-menu__empty">{t('dossier.mention.none')}</div>}
                {options.map((option, i) => (
                  <div
                    key={option.key}
                    ref={(el) => option.setRefElement(el)}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className={selectedIndex === i ? 'mention-menu__item is-selected' : 'mention-menu__item'}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => {
                      e.preventDefault()
                      selectOptionAndCleanUp(option)
                    }}
                  >
                    <span className="mention-menu__name">{option.person.name}</span>
                    {option.person.title && <span className="mention-menu__title">{option.person.title}</span>}
                  </div>
                ))}
              </div>,
              anchor.current
            )
          : null
      }
    />
  )
}
