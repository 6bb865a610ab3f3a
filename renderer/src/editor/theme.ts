import type { EditorThemeClasses } from 'lexical'
import './editor.css'

/** Class names the dossier editor puts on its DOM; styled in editor.css. */
export const dossierTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  quote: 'ed-quote',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h3', h5: 'ed-h3', h6: 'ed-h3' },
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    checklist: 'ed-checklist',
    listitem: 'ed-li',
    listitemChecked: 'ed-li--checked',
    listitemUnchecked: 'ed-li--unchecked',
    nested: { listitem: 'ed-li--nested' }
  },
  link: 'ed-link',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    underlineStrikethrough: 'ed-underline-strike',
    code: 'ed-code'
  },
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableSelection: 'ed-table--selection',
  tableCellSelected: 'ed-td--selected',
  finding: 'finding'
}
