import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { captureSuggestions, type CaptureSuggestion, type KnownPerson } from '#shared/domain/capture'
import { CHANNEL_TABLE } from '#shared/domain/values'
import type { IntelChannel } from '#shared/schemas/enums'
import { useCaptureActions, useDismissedSuggestions } from '#data'
import { useMentionPeople } from '#editor/people'
import { useI18n } from '#i18n'
import { useToast } from '#ui'
import { $markCapturedSentence, $mentionAt, $unmarkCapturedSentence } from './captureEdits'
import { $noteParagraphs, pointAt, shownText, type NoteParagraph } from './noteText'
import type { PersonEdits } from './SuggestionItem'
import { SuggestionPanel } from './SuggestionPanel'

/** A suggestion and the paragraph it was read from. */
type Placed = { suggestion: CaptureSuggestion; paragraph: NoteParagraph }

const DEBOUNCE_MS = 600
export const CAPTURE_TAG = 'capture-mention'

function read(editor: LexicalEditor, known: readonly KnownPerson[], dismissed: ReadonlySet<string>): Placed[] {
  return editor.getEditorState().read(() => {
    const seen = new Set<string>()
    const placed: Placed[] = []
    for (const paragraph of $noteParagraphs()) {
      if (!paragraph.text.trim()) continue
      for (const suggestion of captureSuggestions(paragraph.text, known, dismissed)) {
        if (suggestion.kind === 'person' && seen.has(suggestion.key)) continue
        seen.add(suggestion.key)
        const sentence = { ...suggestion.sentence, text: shownText(paragraph, suggestion.sentence.start, suggestion.sentence.end) }
        placed.push({ suggestion: { ...suggestion, sentence }, paragraph })
      }
    }
    return placed
  })
}

/** Whether the caret sits in or right after a name, so the rep may still be typing it. */
function $caretTouches(placed: Placed): boolean {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return false
  const { suggestion, paragraph } = placed
  const span = paragraph.spans.find((s) => s.key === selection.anchor.key)
  if (!span) return false
  const at = span.start + selection.anchor.offset
  return at >= suggestion.start && at <= suggestion.end + 1
}

/**
 * Reads the section as the rep types (debounced, after the keystroke), lists the people it names in a
 * panel under the editor, and turns names of people already on the map into @mentions. Nothing is
 * added to the map until the rep accepts a suggestion.
 */
export function CapturePlugin({ accountId, channel }: { accountId: string; channel: IntelChannel }) {
  const [editor] = useLexicalComposerContext()
  const { t } = useI18n()
  const toast = useToast()
  const people = useMentionPeople()
  const dismissed = useDismissedSuggestions(accountId)
  const actions = useCaptureActions()
  const [placed, setPlaced] = useState<Placed[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const known = useMemo<KnownPerson[]>(() => [...people.values()].filter((p) => !p.deleted).map(({ id, name, title }) => ({ id, name, title })), [people])
  const latest = useRef({ known, dismissed })
  latest.current = { known, dismissed }

  const scan = useCallback(() => {
    const { known: k, dismissed: d } = latest.current
    if (!d) return
    const found = read(editor, k, d)
    const mentions = found.filter((p) => p.suggestion.kind === 'mention')
    if (mentions.length) {
      editor.update(
        () => {
          // Right to left, so earlier offsets in a paragraph stay true.
          for (const p of [...mentions].reverse()) {
            if (p.suggestion.kind !== 'mention' || $caretTouches(p)) continue
            const point = pointAt(p.paragraph.spans, p.suggestion.start, false)
            const span = p.paragraph.spans.find((s) => s.key === point?.key)
            if (!point || !span || p.suggestion.end > span.end) continue
            $mentionAt(point.key, point.offset, p.suggestion.end - p.suggestion.start, p.suggestion.person.id, p.suggestion.person.name)
          }
        },
        { tag: CAPTURE_TAG, discrete: true }
      )
    }
    // Read again after the mentions, so each sentence shows as the text now reads (with @王建国).
    const now = mentions.length ? read(editor, k, d) : found
    setPlaced(now.filter((p) => p.suggestion.kind === 'person'))
  }, [editor])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(scan, DEBOUNCE_MS)
    }
    schedule()
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(CAPTURE_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return
      schedule()
    })
    return () => {
      off()
      clearTimeout(timer)
    }
  }, [editor, scan])

  useEffect(() => {
    if (dismissed) scan()
  }, [dismissed, known, scan])

  // The quiet margin marker: paragraphs with a suggestion carry data-capture, which the stylesheet draws.
  useEffect(() => {
    const marked = new Set(placed.map((p) => p.paragraph.key))
    editor.getEditorState().read(() => {
      for (const p of $noteParagraphs()) {
        const element = editor.getElementByKey(p.key)
        if (!element) continue
        if (marked.has(p.key)) element.dataset.capture = ''
        else delete element.dataset.capture
      }
    })
  }, [editor, placed])

  const accept = async ({ suggestion, paragraph }: Placed, edits: PersonEdits) => {
    if (suggestion.kind !== 'person') return
    setBusy(suggestion.key)
    try {
      const planned = globalThis.crypto.randomUUID()
      let findingId: string | null = null
      const { person: created, changeId } = await actions.add({
        accountId,
        ...edits,
        coach: suggestion.coach,
        findingId: planned,
        reason: t('dossier.capture.reason', { channel: t(CHANNEL_TABLE[channel].label) })
      })
      editor.update(
        () => {
          const sentence = { start: suggestion.sentence.start, end: suggestion.sentence.end }
          findingId = $markCapturedSentence(paragraph.spans, sentence, channel, suggestion.name, { id: created.id, name: created.name }, Date.now(), planned)
          if (!findingId) {
            const point = pointAt(paragraph.spans, suggestion.start, false)
            if (point) $mentionAt(point.key, point.offset, suggestion.end - suggestion.start, created.id, created.name)
          }
        },
        { discrete: true }
      )
      if (!findingId) await actions.forgetEvidence(changeId)
      toast.show({
        tone: 'success',
        message: t('dossier.capture.added', { name: created.name }),
        action: {
          label: t('dossier.capture.undo'),
          onClick: () => {
            editor.update(() => $unmarkCapturedSentence(findingId, created.id))
            void actions.remove(created.id)
          }
        }
      })
    } catch (error) {
      toast.show({ tone: 'danger', message: t('error.saveFailed', { message: error instanceof Error ? error.message : String(error) }) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <SuggestionPanel
      suggestions={placed.map((p) => p.suggestion)}
      busyKey={busy}
      onAccept={(suggestion, edits) => {
        const p = placed.find((q) => q.suggestion.key === suggestion.key)
        if (p) void accept(p, edits)
      }}
      onDismiss={(suggestion) => void actions.dismiss(accountId, suggestion.key)}
    />
  )
}
