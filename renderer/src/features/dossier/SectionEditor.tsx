import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin'
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext'
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin'
import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin'
import { ListPlugin } from '@lexical/react/LexicalListPlugin'
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin'
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { TablePlugin } from '@lexical/react/LexicalTablePlugin'
import { BLUR_COMMAND, COLLABORATION_TAG, COMMAND_PRIORITY_LOW, type EditorState, type LexicalEditor } from 'lexical'
import { useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { promptKeysFor } from '#shared/domain/dossier'
import { CHANNEL_TABLE } from '#shared/domain/values'
import { useAccountSyncMode, useSectionDoc, type DossierSection } from '#data'
import { useI18n } from '#i18n'
import { Button } from '#ui'
import { relayProviderFactory } from '#editor/collab/relayProvider'
import { dossierEditorConfig } from '#editor/editorConfig'
import { $insertChecklist } from '#editor/plugins/checklist'
import { ImagesPlugin } from '#editor/plugins/ImagesPlugin'
import { DOSSIER_TRANSFORMERS } from '#editor/plugins/markdownTransformers'
import { MentionsPlugin } from '#editor/plugins/MentionsPlugin'
import { PasteCleanupPlugin } from '#editor/plugins/PasteCleanupPlugin'
import { ToolbarPlugin } from '#editor/plugins/ToolbarPlugin'
import { useIsEditorEmpty } from '#editor/plugins/useIsEditorEmpty'
import { createLogger } from '#shared/log'
import { CapturePlugin } from './capture/CapturePlugin'
import { LOADED_TAG, SectionSync } from './SectionSync'
import type { Autosave } from './useAutosave'

const log = createLogger('SectionEditor')

const LINK_PATTERN = /^(https?:\/\/|mailto:|tel:)/i
const validateUrl = (url: string) => LINK_PATTERN.test(url)

/** Registers the section's editor with the screen (for the findings panel's actions) and flushes on blur. */
function EditorBridge({ sectionId, onEditor, onBlur }: { sectionId: string; onEditor: (id: string, editor: LexicalEditor | null) => void; onBlur: () => void }) {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    onEditor(sectionId, editor)
    return () => onEditor(sectionId, null)
  }, [editor, sectionId, onEditor])
  useEffect(() => editor.registerCommand(BLUR_COMMAND, () => (onBlur(), false), COMMAND_PRIORITY_LOW), [editor, onBlur])
  return null
}

function EmptyPrompts({ section }: { section: DossierSection }) {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const empty = useIsEditorEmpty()
  if (!empty) return null
  const prompts = promptKeysFor(section.channel).map((key) => t(key))
  return (
    <div className="dossier-prompts" data-testid="section-prompts">
      <p className="dossier-prompts__lead">{t('dossier.empty.body')}</p>
      <ul className="dossier-prompts__list">
        {prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          editor.update(() => $insertChecklist(prompts))
          editor.focus()
        }}
      >
        {t('dossier.empty.insert')}
      </Button>
    </div>
  )
}

export type SectionEditorProps = {
  section: DossierSection
  onChange: (sectionId: string, state: EditorState) => void
  onBlur: () => void
  onEditor: (sectionId: string, editor: LexicalEditor | null) => void
  onMarkFinding: (sectionId: string) => void
  storeImages: (sectionId: string, files: File[]) => Promise<string[]>
  autosave: Autosave
}

/**
 * One section's own Lexical editor (each section is a separate editor state, so long dossiers stay fast).
 * In an account shared with the team it is bound to the section's text document, so colleagues' typing
 * merges character by character; it opens afresh when the account becomes shared or stops being so.
 */
export function SectionEditor(props: SectionEditorProps) {
  const mode = useAccountSyncMode(props.section.accountId)
  const sectionDoc = useSectionDoc(props.section.accountId)
  const sharedText = mode !== 'local' && sectionDoc ? sectionDoc : undefined
  // A shared account this copy may only read (docs/sync.md) opens its text read-only; its banner says why.
  const readOnly = mode === 'removed' || mode === 'newerClient'
  return sharedText ? (
    <LexicalCollaboration key={readOnly ? 'team-read-only' : 'team'}>
      <SectionEditorBody {...props} sharedText={sharedText} readOnly={readOnly} />
    </LexicalCollaboration>
  ) : (
    <SectionEditorBody key="local" {...props} />
  )
}

function SectionEditorBody({
  section,
  onChange,
  onBlur,
  onEditor,
  onMarkFinding,
  storeImages,
  autosave,
  sharedText,
  readOnly = false
}: SectionEditorProps & { sharedText?: (sectionId: string) => Promise<Y.Doc | undefined>; readOnly?: boolean }) {
  const { t } = useI18n()
  // The stored content opens the editor; a later change made elsewhere comes in through SectionSync, or,
  // shared with the team, through the section's text document (which then also opens it).
  // (Each section's card is keyed by its id, so another section gets its own editor.)
  const [config] = useState(() => ({
    ...dossierEditorConfig(`dossier-${section.id}`, sharedText ? 'fromTextDocument' : section.content, (e) => log.error('editor error', e)),
    editable: !readOnly
  }))
  const [providerFactory] = useState(() => sharedText && relayProviderFactory(() => sharedText(section.id)))
  useEffect(() => {
    if (!sharedText) return
    autosave.setShared(section.id, true)
    return () => autosave.setShared(section.id, false)
  }, [autosave, sharedText, section.id])
  const store = useMemo(() => (files: File[]) => storeImages(section.id, files), [storeImages, section.id])
  const label = t(CHANNEL_TABLE[section.channel].label)
  return (
    <LexicalComposer initialConfig={config}>
      <div className="dossier-editor">
        {!providerFactory && <SectionSync section={section} autosave={autosave} />}
        {!readOnly && <ToolbarPlugin onMarkFinding={() => onMarkFinding(section.id)} storeImages={store} />}
        <div className="dossier-editor__body">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="dossier-editor__input"
                aria-label={label}
                data-testid={`editor-${section.channel}`}
                aria-placeholder={t('dossier.placeholder')}
                // A read-only copy does not invite typing.
                placeholder={(editable) => (editable ? <div className="dossier-editor__placeholder">{t('dossier.placeholder')}</div> : null)}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {!readOnly && <EmptyPrompts section={section} />}
        <CapturePlugin accountId={section.accountId} channel={section.channel} />
      </div>
      {providerFactory ? (
        // Yjs' undo manager takes over from our history: undo never takes back a colleague's typing.
        <CollaborationPlugin id={section.id} providerFactory={providerFactory} shouldBootstrap={false} />
      ) : (
        <HistoryPlugin />
      )}
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin validateUrl={validateUrl} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <MarkdownShortcutPlugin transformers={DOSSIER_TRANSFORMERS} />
      <PasteCleanupPlugin />
      <ImagesPlugin storeImages={store} />
      <MentionsPlugin />
      <OnChangePlugin
        ignoreSelectionChange
        ignoreHistoryMergeTagChange
        onChange={(state, _editor, tags) => {
          if (tags.has(LOADED_TAG)) return
          // A colleague's typing is written by team sync; it is saved here only over typing not yet saved.
          if (tags.has(COLLABORATION_TAG) && !autosave.hasUnsaved(section.id)) return
          onChange(section.id, state)
        }}
      />
      <EditorBridge sectionId={section.id} onEditor={onEditor} onBlur={onBlur} />
    </LexicalComposer>
  )
}
