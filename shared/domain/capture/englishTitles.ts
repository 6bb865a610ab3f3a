/**
 * English job titles as data: the words a title is built from, and the department each word tells.
 * Roles come from the one role table (contacts/titleRoles.ts).
 */
const MODIFIERS = [
  'senior', 'deputy', 'assistant', 'acting', 'chief', 'head', 'lead', 'general', 'managing', 'plant', 'site', 'factory', 'procurement',
  'purchasing', 'purchase', 'supply chain', 'sourcing', 'quality', 'qa', 'qc', 'maintenance', 'production', 'warehouse', 'logistics',
  'finance', 'financial', 'engineering', 'technical', 'design', 'process', 'r&d', 'sales', 'workshop', 'shift', 'project', 'operations',
  'commercial', 'hr', 'mechanical', 'electrical', 'application', 'applications', 'test', 'product', 'stores', 'store', 'order', 'account',
  'accounts', 'executive', 'regional', 'area', 'line', 'floor', 'section', 'materials', 'inventory', 'category', 'strategic', 'office',
  'front desk', 'security', 'vice', 'principal', 'night-shift', 'night shift', 'day-shift', 'deputy', 'inventory', 'spare parts'
]
const NOUNS = [
  'manager', 'director', 'engineer', 'buyer', 'officer', 'supervisor', 'foreman', 'receptionist', 'secretary', 'assistant', 'accountant',
  'controller', 'lead', 'president', 'owner', 'head', 'chief', 'planner', 'clerk', 'consultant', 'advisor', 'adviser', 'technician',
  'operator', 'storekeeper', 'inspector', 'specialist', 'coordinator', 'vp', 'ceo', 'cfo', 'cto', 'coo', 'cpo', 'gm', 'treasurer',
  'guard', 'superintendent', 'administrator', 'chairman', 'chairwoman', 'founder', 'boss', 'storeman', 'keeper', 'analyst', 'agent'
]
const DEPARTMENT_WORDS = [
  'procurement', 'purchasing', 'sourcing', 'supply chain', 'engineering', 'r&d', 'research and development', 'quality', 'finance',
  'accounts', 'production', 'manufacturing', 'operations', 'maintenance', 'warehouse', 'logistics', 'stores', 'sales', 'design', 'it',
  'hr', 'the plant', 'the warehouse', 'the workshop', 'the shop floor', 'reception', 'the front desk', 'front desk', 'management', 'the board',
  'the design institute', 'design institute'
]

const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[&.]/g, '\\$&').replace(/ /g, '\\s+')).join('|')

const TITLE_SOURCE = `(?:(?:${alternation(MODIFIERS)})\\s+){0,3}(?:${alternation(NOUNS)})(?:\\s+(?:of|for)\\s+(?:${alternation(DEPARTMENT_WORDS)}))?`
/** A title anywhere (global, case-insensitive). */
export const ENGLISH_TITLE = new RegExp(`\\b${TITLE_SOURCE}\\b`, 'gi')
/** A title that ends the text (for "procurement manager Sarah Lin"). */
export const ENGLISH_TITLE_AT_END = new RegExp(`\\b(${TITLE_SOURCE})\\s*,?\\s*$`, 'i')
/** A title that starts the text, after an article (", the receptionist", " (CFO)", " is their chief engineer"). */
export const ENGLISH_TITLE_AFTER = new RegExp(
  `^\\s*(?:[,(（–—-]|,?\\s+(?:is|was|who\\s+is|who's|as|now)\\b|\\s(?=the\\s))\\s*(?:(?:the|their|our|a|an|its|his|her)\\s+)?(?:[\\w-]+(?:'s|’s)\\s+)?(?:(?:new|former|current|acting|interim)\\s+)?(${TITLE_SOURCE})\\b`,
  'i'
)
/** "from purchasing", "in engineering", "of the warehouse" right after a name. */
export const ENGLISH_DEPARTMENT_AFTER = new RegExp(`^\\s*,?\\s*(?:from|in|at|on|of|with|runs|running|heads|handles|handling|looks\\s+after|in\\s+charge\\s+of)\\s+(?:the\\s+)?(${alternation(DEPARTMENT_WORDS)})\\b`, 'i')

/** Keywords in an English title or department, checked in order, and the department they tell. */
export const ENGLISH_DEPARTMENTS: readonly [pattern: RegExp, department: string][] = [
  [/\b(?:r&d|research)\b/i, 'R&D'],
  [/procure|purchas|sourcing|supply chain|buyer|category/i, 'Purchasing'],
  [/financ|accountant|accounts|controller|treasurer|\bcfo\b/i, 'Finance'],
  [/quality|\bqa\b|\bqc\b|inspector/i, 'Quality'],
  [/maintenance/i, 'Maintenance'],
  [/warehouse|stores?\b|storekeeper|storeman|logistics|inventory|materials/i, 'Warehouse'],
  [/engineer|technical|design|process|\bcto\b|application/i, 'Engineering'],
  [/production|manufactur|workshop|shift|foreman|operator|floor|\bline\b|operations/i, 'Production'],
  [/receptionist|front desk|secretary|security|guard|reception/i, 'Reception'],
  [/design institute/i, 'Design institute'],
  [/\bsales\b|order|account manager/i, 'Sales'],
  [/general manager|managing director|plant (?:director|manager)|factory (?:director|manager)|\bceo\b|\bcoo\b|president|owner|chairman|chairwoman|founder|\bgm\b|boss|management|board/i, 'Management']
]

export function englishDepartmentOf(text: string): string {
  for (const [pattern, department] of ENGLISH_DEPARTMENTS) if (pattern.test(text)) return department
  return ''
}
