// English messages for quick search; merged into en.ts. Keys start with 'search.'.
export const searchEn = {
  'search.open': 'Search',
  'search.title': 'Search everything',
  'search.placeholder': 'Accounts, people, dossier notes, visits, objections…',
  'search.hint': 'Type a company, a person, a part number or any phrase you noted. Chinese and English both work.',
  'search.none': 'Nothing matches “{query}”.',
  'search.results': '{count, plural, one {# result} other {# results}}',
  'search.kind.account': 'Account',
  'search.kind.person': 'Person',
  'search.kind.finding': 'Finding',
  'search.kind.dossier': 'Dossier',
  'search.kind.visit': 'Visit',
  'search.kind.objection': 'Objection',
  'search.kind.competitor': 'Competitor',
  'search.keys': '↑↓ to choose · Enter to open · Esc to close'
} as const
