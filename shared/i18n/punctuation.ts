/**
 * Chinese text takes full-width punctuation: 见到的人：张伟（采购），不是 "见到的人: 张伟 (采购)".
 * Finds ASCII : , ( ) ; ? ! that touch a CJK character (spaces between count as touching), ignoring
 * what is not prose: {placeholders}, URLs, times like 09:30 and shortcuts like Ctrl+K.
 */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef'
const IGNORED = [
  /\{[^{}]*\}/g, // {name}
  /\b(?:https?|file):\/\/\S+/g, // URLs
  /\b\d{1,2}:\d{2}\b/g, // 09:30
  /\b(?:Ctrl|Cmd|Alt|Shift|Meta|Option)(?:\+\w+)+/g // Ctrl+K, Ctrl+Shift+P
]
const HALF_WIDTH_NEAR_CJK = new RegExp(`[${CJK}]\\s*[:,();?!]|[:,();?!]\\s*[${CJK}]`, 'g')

export const FULL_WIDTH: Record<string, string> = { ':': '：', ',': '，', '(': '（', ')': '）', ';': '；', '?': '？', '!': '！' }

/** The half-width punctuation marks in a Chinese message that should be full-width, with a little context each. */
export function halfWidthPunctuation(text: string): string[] {
  let prose = text
  for (const pattern of IGNORED) prose = prose.replace(pattern, (m) => '\u0001'.repeat(m.length))
  return [...prose.matchAll(HALF_WIDTH_NEAR_CJK)].map((m) => text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4))
}
