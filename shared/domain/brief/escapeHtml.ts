const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)

/**
 * Escapes text for a double-quoted CSS string inside a <style> element (used in @page margin boxes):
 * quotes and backslashes, line breaks, and `<`/`>` so typed text can never close the style element.
 */
export const escapeCssString = (text: string): string =>
  text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ')
