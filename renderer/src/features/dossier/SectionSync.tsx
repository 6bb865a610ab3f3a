import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $createParagraphNode, $getRoot, BLUR_COMMAND, COMMAND_PRIORITY_LOW, FOCUS_COMMAND, type LexicalEditor } from 'lexical'
import { useEffect, useState } from 'react'
import { contentJsonOf, type DossierSection } from '#data'
import { useI18n } from '#i18n'
import { Button, Icons } from '#ui'
import type { Autosave } from './useAutosave'

/** Updates that load the stored section into the editor: not the rep's typing, so not saved back. */
export const LOADED_TAG = 'atlas-loaded-from-store'

function loadInto(editor: LexicalEditor, content: DossierSection['content']) {
  if (content) editor.setEditorState(editor.parseEditorState(JSON.stringify(content)), { tag: LOADED_TAG })
  else editor.update(() => $getRoot().clear().append($createParagraphNode()), { tag: LOADED_TAG })
}

/**
 * Keeps a section's editor in step with the stored section. Changed in another window: an editor the rep
 * is not in loads it at once (one they are in, once they leave it); with unsaved typing the rep chooses,
 * load theirs or keep mine, and until then neither is overwritten.
 */
export function SectionSync({ section, autosave }: { section: DossierSection; autosave: Autosave }) {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const [focused, setFocused] = useState(false)
  const conflict = autosave.conflicts.has(section.id)

  useEffect(() => {
    if (autosave.base(section.id) === undefined) autosave.setBase(section)
    // The base is taken once, from the content the editor opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const offFocus = editor.registerCommand(FOCUS_COMMAND, () => (setFocused(true), false), COMMAND_PRIORITY_LOW)
    const offBlur = editor.registerCommand(BLUR_COMMAND, () => (setFocused(false), false), COMMAND_PRIORITY_LOW)
    return () => {
      offFocus()
      offBlur()
    }
  }, [editor])

  useEffect(() => {
    const base = autosave.base(section.id)
    // Revisions only go up: an older one is a live query's late answer from before this window's last save.
    if (!base || section.updatedAt <= base.updatedAt || conflict) return
    // Collapsed, moved, or this window's own save coming back: the text is what the editor holds.
    if (contentJsonOf(section.content) === base.contentJson || autosave.isOwnWrite(section)) {
      if (!autosave.hasUnsaved(section.id)) autosave.setBase(section)
      return
    }
    if (autosave.hasUnsaved(section.id)) return autosave.markConflict(section.id)
    if (focused) return
    loadInto(editor, section.content)
    autosave.setBase(section)
  }, [section, focused, conflict, autosave, editor])

  if (!conflict) return null
  return (
    <div className="banner banner--warning dossier-conflict" role="alert" data-testid="section-conflict">
      <Icons.Alert />
      <span>{t('safety.section.changed')}</span>
      <Button
        size="sm"
        onClick={() => {
          autosave.takeTheirs(section)
          loadInto(editor, section.content)
        }}
      >
        {t('safety.section.loadTheirs')}
      </Button>
      <Button size="sm" variant="primary" onClick={() => autosave.keepMine(section, editor.getEditorState())}>
        {t('safety.section.keepMine')}
      </Button>
    </div>
  )
}
