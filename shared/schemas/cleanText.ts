// Names and other single-line fields reach the screen, the brief and exports: a NUL or a right-to-left
// override pasted in (or planted in a file) would hide or visibly reverse the text after it.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** One line of text: breaks become a space, control and bidi embedding/override/isolate characters go. */
export function cleanLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE_CONTROLS, '')
}
