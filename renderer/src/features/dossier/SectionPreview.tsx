import type { DossierSection } from '#data'

/**
 * A section's text while its editor is still opening (see useStaggeredMount): the same frame and lines
 * as the editor, so the page does not jump and find-in-page finds the words; clicking or focusing it
 * opens the editor at once.
 */
export function SectionPreview({ section, onOpen }: { section: DossierSection; onOpen: () => void }) {
  return (
    <div className="dossier-editor dossier-editor--opening" aria-busy="true" onPointerDown={onOpen} onFocus={onOpen}>
      <div className="ed-toolbar dossier-editor__toolbar-space" aria-hidden="true" />
      <div className="dossier-editor__body">
        <div className="dossier-editor__input">
          {section.plainText.split('\n').map((line, i) => (
            <p key={i} className="ed-p">
              {line}
            </p>
          ))}
        </div>
      </div>
    </div>
  )
}
