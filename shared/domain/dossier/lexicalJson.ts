// The shape of a serialized Lexical editor state, walked by hand: shared/ must not import lexical.
import { z } from '#shared/schemas/zod'
import { IntelChannel } from '#shared/schemas/enums'

/** Node types the dossier editor registers; stored content with any other type cannot be opened. */
export const FINDING_NODE_TYPE = 'finding'
export const MENTION_NODE_TYPE = 'mention'
export const IMAGE_NODE_TYPE = 'attachment-image'

export const KNOWN_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'table',
  'tablerow',
  'tablecell',
  'mark',
  FINDING_NODE_TYPE,
  MENTION_NODE_TYPE,
  IMAGE_NODE_TYPE
])

/** Inline element nodes: their text runs on with the surrounding line. */
const INLINE_ELEMENT_TYPES: ReadonlySet<string> = new Set(['link', 'autolink', 'mark', FINDING_NODE_TYPE])

export type SerializedNode = { type: string; children?: SerializedNode[]; [key: string]: unknown }
export type SerializedState = { root: SerializedNode & { type: 'root'; children: SerializedNode[] } }

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const
export const Confidence = z.enum(CONFIDENCE_LEVELS)
export type Confidence = z.infer<typeof Confidence>

/** What a finding node carries besides its text. */
export const FindingAttributes = z.object({
  findingId: z.string().min(1).max(64),
  channel: IntelChannel,
  /** The stakeholder the information came from, if any. */
  sourceId: z.string().max(64).nullable(),
  /** When the rep learned it (epoch ms). */
  date: z.number().int().nonnegative(),
  confidence: Confidence,
  verified: z.boolean(),
  verifiedAt: z.number().int().nonnegative().nullable()
})
export type FindingAttributes = z.infer<typeof FindingAttributes>

export const MentionAttributes = z.object({
  stakeholderId: z.string().min(1).max(64),
  /** The name when the mention was made; the UI shows the person's current name. */
  name: z.string().max(200)
})
export type MentionAttributes = z.infer<typeof MentionAttributes>

export const ImageAttributes = z.object({
  attachmentId: z.string().min(1).max(64),
  altText: z.string().max(500)
})

const MAX_DEPTH = 64
const MAX_NODES = 200_000

export type ContentCheck = { ok: true; state: SerializedState } | { ok: false; reason: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Checks that stored content is a Lexical editor state the dossier editor can open: a root with
 * children, only known node types, text nodes with text, and valid finding/mention/image attributes.
 * Returns the reason (path: problem) instead of throwing.
 */
export function checkSectionContent(content: unknown): ContentCheck {
  if (!isRecord(content)) return { ok: false, reason: '(root): not an object' }
  const root = content.root
  if (!isRecord(root) || root.type !== 'root') return { ok: false, reason: 'root: missing or not a root node' }
  let count = 0
  const visit = (node: unknown, path: string, depth: number): string | null => {
    if (++count > MAX_NODES) return `${path}: too many nodes`
    if (depth > MAX_DEPTH) return `${path}: nested too deeply`
    if (!isRecord(node)) return `${path}: not a node`
    const type = node.type
    if (typeof type !== 'string' || !KNOWN_NODE_TYPES.has(type)) return `${path}: unknown node type ${JSON.stringify(type)}`
    if (type === 'text' && typeof node.text !== 'string') return `${path}: text node without text`
    if (type === FINDING_NODE_TYPE && !FindingAttributes.safeParse(node).success) return `${path}: invalid finding`
    if (type === MENTION_NODE_TYPE && !MentionAttributes.safeParse(node).success) return `${path}: invalid mention`
    if (type === IMAGE_NODE_TYPE && !ImageAttributes.safeParse(node).success) return `${path}: invalid image`
    if ('children' in node) {
      if (!Array.isArray(node.children)) return `${path}.children: not a list`
      for (let i = 0; i < node.children.length; i++) {
        const problem = visit(node.children[i], `${path}.children.${i}`, depth + 1)
        if (problem) return problem
      }
    } else if (type !== 'text' && type !== 'linebreak' && type !== 'tab' && type !== MENTION_NODE_TYPE && type !== IMAGE_NODE_TYPE) {
      return `${path}: element without children`
    }
    return null
  }
  const problem = visit(root, 'root', 0)
  return problem ? { ok: false, reason: problem } : { ok: true, state: content as SerializedState }
}

function inlineText(node: SerializedNode): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : ''
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case MENTION_NODE_TYPE:
      return typeof node.name === 'string' ? `@${node.name}` : ''
    case IMAGE_NODE_TYPE:
      return ''
    default:
      return (node.children ?? []).map(inlineText).join('')
  }
}

function blockLines(node: SerializedNode, out: string[]): void {
  const children = node.children ?? []
  if (node.type === 'tablerow') {
    out.push(children.map((cell) => blockTextOf(cell).replace(/\n+/g, ' ').trim()).join('\t'))
    return
  }
  let line = ''
  let hasLine = false
  const flush = () => {
    if (hasLine) out.push(line)
    line = ''
    hasLine = false
  }
  for (const child of children) {
    if (child.type === 'text' || child.type === 'linebreak' || child.type === 'tab' || child.type === MENTION_NODE_TYPE || child.type === IMAGE_NODE_TYPE || INLINE_ELEMENT_TYPES.has(child.type)) {
      line += inlineText(child)
      hasLine = true
    } else {
      flush()
      blockLines(child, out)
    }
  }
  flush()
}

function blockTextOf(node: SerializedNode): string {
  const lines: string[] = []
  blockLines(node, lines)
  return lines.join('\n')
}

/**
 * The plain text of a serialized editor state, for search and the brief: one line per paragraph,
 * heading, quote or list item, table cells separated by tabs, mentions as "@name", images left out.
 * Blank lines are dropped. Invalid or null content gives ''.
 */
export function extractPlainText(content: unknown): string {
  const check = checkSectionContent(content)
  if (!check.ok) return ''
  return blockTextOf(check.state.root)
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.trim() !== '')
    .join('\n')
}

/** Visits every node depth-first, with its ancestors' types. */
export function walkNodes(node: SerializedNode, visit: (node: SerializedNode) => void): void {
  visit(node)
  for (const child of node.children ?? []) walkNodes(child, visit)
}
