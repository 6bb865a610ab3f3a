// The part of papaparse 5 the CSV reader uses, typed here because @types/papaparse brings Node's types into shared/.
declare module 'papaparse' {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch'
    code: string
    message: string
    row?: number
  }
  interface ParseResult {
    data: string[][]
    errors: ParseError[]
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean }
  }
  interface ParseConfig {
    delimiter?: string
    delimitersToGuess?: string[]
    skipEmptyLines?: boolean | 'greedy'
    preview?: number
  }
  const Papa: { parse(text: string, config: ParseConfig): ParseResult }
  export default Papa
}
