import { excerptOf } from '#shared/domain/text/excerpt'
import type { ContactRow, DecodeText } from '../parsedContact'
import { contactFromCard } from './contactFromCard'
import { UnknownCharsetError } from './quotedPrintable'
import { type RawCard, splitCards } from './vcardCards'
import { cardProperties } from './vcardProperties'

const cardExcerpt = (card: RawCard) => excerptOf(card.lines.filter((line) => !/^(BEGIN|END|VERSION)\s*:/i.test(line)).join(' '))

/** Every card in a vCard file as a person or a skipped card with its reason; one bad card never stops the rest. */
export function readVcards(text: string, decode: DecodeText): ContactRow[] {
  return splitCards(text).map((card): ContactRow => {
    if (card.damaged) return { ok: false, row: card.row, problem: 'badCard', excerpt: cardExcerpt(card) }
    try {
      return contactFromCard(card.row, cardProperties(card, decode))
    } catch (error) {
      return { ok: false, row: card.row, problem: error instanceof UnknownCharsetError ? 'unknownCharset' : 'badCard', excerpt: cardExcerpt(card) }
    }
  })
}

/** Whether text reads as a vCard file (a BEGIN:VCARD line near the top). */
export const looksLikeVcard = (text: string) => /^\s*BEGIN\s*:\s*VCARD\s*$/im.test(text.slice(0, 4096))
