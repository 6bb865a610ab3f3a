import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text'
import { $isListNode, INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list'
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $setBlocksType } from '@lexical/selection'
import { INSERT_TABLE_COMMAND } from '@lexical/table'
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils'
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor
} from 'lexical'
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { useI18n } from '#i18n'
import { ToolbarIcons } from '../ToolbarIcons'
import { INSERT_IMAGES_COMMAND } from './ImagesPlugin'

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'check' | 'other'
type ToolbarState = { block: BlockType; bold: boolean; italic: boolean; underline: boolean; link: boolean; canUndo: boolean; canRedo: boolean }

const INITIAL: ToolbarState = { block: 'paragraph', bold: false, italic: false, underline: false, link: false, canUndo: false, canRedo: false }

function $readBlock(): Omit<ToolbarState, 'canUndo' | 'canRedo'> | null {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return null
  const anchor = selection.anchor.getNode()
  const top =
    anchor.getKey() === 'root'
      ? anchor
      : ($findMatchingParent(anchor, (n) => {
          const parent = n.getParent()
          return parent !== null && $isRootOrShadowRoot(parent)
        }) ?? anchor.getTopLevelElementOrThrow())
  let block: BlockType = 'other'
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top
    block = list.getListType()
  } else if ($isHeadingNode(top)) block = top.getTag() === 'h2' ? 'h2' : top.getTag() === 'h3' ? 'h3' : 'other'
  else if ($isQuoteNode(top)) block = 'quote'
  else if (top.getType() === 'paragraph') block = 'paragraph'
  const link = $findMatchingParent(anchor, $isLinkNode) !== null
  return { block, bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline'), link }
}

function ToolButton({ label, active, disabled, onClick, children }: { label: string; active?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className={active ? 'ed-tool is-active' : 'ed-tool'}
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      // Keep the editor's selection: the click must not move focus out of the text first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

function setBlock(editor: LexicalEditor, current: BlockType, next: BlockType) {
  if (next === 'bullet' || next === 'number' || next === 'check') {
    if (current === next) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
    else editor.dispatchCommand(next === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : next === 'number' ? INSERT_ORDERED_LIST_COMMAND : INSERT_CHECK_LIST_COMMAND, undefined)
    return
  }
  editor.update(() => {
    const selection = $getSelection()
    if (!$isRangeSelection(selection)) return
    const target = current === next ? 'paragraph' : next
    $setBlocksType(selection, () =>
      target === 'h2' || target === 'h3' ? $createHeadingNode(target) : target === 'quote' ? $createQuoteNode() : $createParagraphNode()
    )
  })
}

export type ToolbarPluginProps = {
  onMarkFinding: () => void
  /** Stores picked photos and returns their attachment ids (empty when refused). */
  storeImages: (files: File[]) => Promise<string[]>
}

/** The formatting bar above one section's text. */
export function ToolbarPlugin({ onMarkFinding, storeImages }: ToolbarPluginProps) {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const [state, setState] = useState<ToolbarState>(INITIAL)
  const [linkOpen, setLinkOpen] = useState(false)
  const [url, setUrl] = useState('https://')
  const fileInput = useRef<HTMLInputElement>(null)

  const refresh = useCallback(() => {
    const read = editor.getEditorState().read($readBlock)
    if (read) setState((s) => ({ ...s, ...read }))
  }, [editor])

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => refresh()),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => (setState((s) => ({ ...s, canUndo })), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (canRedo) => (setState((s) => ({ ...s, canRedo })), false), COMMAND_PRIORITY_LOW)
      ),
    [editor, refresh]
  )

  const applyLink = () => {
    const trimmed = url.trim()
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, trimmed && trimmed !== 'https://' ? trimmed : null)
    setLinkOpen(false)
  }

  return (
    <div className="ed-toolbar" role="toolbar" aria-label={t('dossier.toolbar.label')}>
      <ToolButton label={t('dossier.toolbar.undo')} disabled={!state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}><ToolbarIcons.Undo /></ToolButton>
      <ToolButton label={t('dossier.toolbar.redo')} disabled={!state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}><ToolbarIcons.Redo /></ToolButton>
      <span className="ed-toolbar__sep" />
      <ToolButton label={t('dossier.toolbar.h2')} active={state.block === 'h2'} onClick={() => setBlock(editor, state.block, 'h2')}><ToolbarIcons.H2 /></ToolButton>
      <ToolButton label={t('dossier.toolbar.h3')} active={state.block === 'h3'} onClick={() => setBlock(editor, state.block, 'h3')}><ToolbarIcons.H3 /></ToolButton>
      <ToolButton label={t('dossier.toolbar.quote')} active={state.block === 'quote'} onClick={() => setBlock(editor, state.block, 'quote')}><ToolbarIcons.Quote /></ToolButton>
      <span className="ed-toolbar__sep" />
      <ToolButton label={t('dossier.toolbar.bold')} active={state.bold} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}><ToolbarIcons.Bold /></ToolButton>
      <ToolButton label={t('dossier.toolbar.italic')} active={state.italic} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}><ToolbarIcons.Italic /></ToolButton>
      <ToolButton label={t('dossier.toolbar.underline')} active={state.underline} onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}><ToolbarIcons.Underline /></ToolButton>
      <span className="ed-toolbar__sep" />
      <ToolButton label={t('dossier.toolbar.bullet')} active={state.block === 'bullet'} onClick={() => setBlock(editor, state.block, 'bullet')}><ToolbarIcons.Bullet /></ToolButton>
      <ToolButton label={t('dossier.toolbar.number')} active={state.block === 'number'} onClick={() => setBlock(editor, state.block, 'number')}><ToolbarIcons.Number /></ToolButton>
      <ToolButton label={t('dossier.toolbar.check')} active={state.block === 'check'} onClick={() => setBlock(editor, state.block, 'check')}><ToolbarIcons.Check /></ToolButton>
      <span className="ed-toolbar__sep" />
      <ToolButton label={t('dossier.toolbar.link')} active={state.link} onClick={() => (state.link ? editor.dispatchCommand(TOGGLE_LINK_COMMAND, null) : setLinkOpen((o) => !o))}><ToolbarIcons.Link /></ToolButton>
      <ToolButton label={t('dossier.toolbar.table')} onClick={() => editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } })}><ToolbarIcons.Table /></ToolButton>
      <ToolButton label={t('dossier.toolbar.image')} onClick={() => fileInput.current?.click()}><ToolbarIcons.Image /></ToolButton>
      <input
        ref={fileInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp"
        hidden
        data-testid="image-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          if (files.length > 0)
            void storeImages(files).then((ids) => {
              if (ids.length > 0) editor.dispatchCommand(INSERT_IMAGES_COMMAND, ids)
            })
        }}
      />
      <span className="ed-toolbar__grow" />
      <button type="button" className="ed-tool ed-tool--text" onMouseDown={(e) => e.preventDefault()} onClick={onMarkFinding}>
        <ToolbarIcons.Finding /> {t('dossier.toolbar.finding')}
      </button>
      {linkOpen && (
        <div className="ed-linkbar">
          <input
            className="ed-linkbar__input"
            aria-label={t('dossier.link.prompt')}
            value={url}
            autoFocus
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                applyLink()
              } else if (e.key === 'Escape') setLinkOpen(false)
            }}
          />
          <button type="button" className="ed-tool ed-tool--text" onClick={applyLink}>{t('dossier.link.apply')}</button>
        </div>
      )}
    </div>
  )
}
