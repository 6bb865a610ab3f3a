import { ESLint } from 'eslint'
import { join } from 'node:path'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// The layer rules of eslint.config.js, each shown to fire on a file that breaks it. Type-aware rules
// are switched off here because these files exist only in memory.
const root = join(import.meta.dirname, '..', '..')
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ ...tseslint.configs.disableTypeChecked, languageOptions: { parserOptions: { projectService: false, project: null } } }]
})

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) })
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('lint: layer boundaries', () => {
  it.each([
    ['shared/domain/leak.ts', "import { useState } from 'react'\nexport const x = useState\n", 'shared/ is pure logic'],
    ['shared/domain/leak.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", 'Node and Electron belong to electron/main'],
    ['shared/domain/leak.ts', "import { db } from '../../renderer/src/data/db'\nexport const x = db\n", 'never the other way round'],
    ['shared/domain/leak.ts', "import { db } from '#data/db'\nexport const x = db\n", 'never the other way round'],
    ['renderer/src/features/visits/Leak.tsx', "import Dexie from 'dexie'\nexport const x = Dexie\n", 'Only renderer/src/data imports Dexie'],
    ['renderer/src/ui/Leak.tsx', "import { useAccounts } from '../data'\nexport const x = useAccounts\n", 'no domain knowledge'],
    ['renderer/src/ui/Leak.tsx', "import { ROLE_TABLE } from '../../../shared/domain/values/roles'\nexport const x = ROLE_TABLE\n", 'no domain knowledge'],
    ['renderer/src/ui/Leak.tsx', "import { ROLE_TABLE } from '#shared/domain/values/roles'\nexport const x = ROLE_TABLE\n", 'no domain knowledge'],
    ['renderer/src/editor/Leak.tsx', "import { useNavigation } from '#app/navigation'\nexport const x = useNavigation\n", 'adapters'],
    ['renderer/src/features/brief/Leak.tsx', "import { AccountEditor } from '#features/accounts/AccountEditor'\nexport const x = AccountEditor\n", 'only through their index'],
    ['renderer/src/editor/Leak.tsx', "import { useNavigation } from '../app/navigation'\nexport const x = useNavigation\n", 'adapters'],
    ['renderer/src/graph/Leak.ts', "import { graphLabels } from '../features/stakeholders'\nexport const x = graphLabels\n", 'adapters'],
    ['renderer/src/features/brief/Leak.tsx', "import { AccountEditor } from '../accounts/AccountEditor'\nexport const x = AccountEditor\n", 'only through their index'],
    ['renderer/src/data/Leak.ts', "import { Shell } from '../app/Shell'\nexport const x = Shell\n", 'knows no screens'],
    ['electron/main/leak.ts', "import { App } from '../../renderer/src/app/App'\nexport const x = App\n", 'never import the renderer'],
    ['renderer/src/features/visits/Deep.tsx', "import { Button } from '../../ui/Button'\nexport const x = Button\n", 'by alias'],
    ['electron/main/leak.ts', "import { App } from '#app/App'\nexport const x = App\n", 'never import the renderer']
  ])('%s: %s is refused', async (file, code, reason) => {
    expect((await problems(file, code)).join('\n')).toContain(reason)
  })

  it('lets a feature use another through its index, and shared/ use zod', async () => {
    expect(await problems('renderer/src/features/brief/Fine.tsx', "import { AccountPageHeader } from '../accounts'\nexport const x = AccountPageHeader\n")).toEqual([])
    expect(await problems('renderer/src/features/brief/Fine.tsx', "import { AccountPageHeader } from '#features/accounts'\nexport const x = AccountPageHeader\n")).toEqual([])
    expect(await problems('shared/domain/fine.ts', "import { z } from '../schemas/zod'\nexport const x = z\n")).toEqual([])
  })
})

describe('lint: text and hooks', () => {
  it('refuses UI text outside the catalogues, and a message key made by a cast', async () => {
    const screen = "import type { MessageKey } from 'x'\nexport const A = ({ t, k }: { t: (k: MessageKey) => string; k: string }) => <p title=\"Hello\">Save {t(k as MessageKey)}</p>\n"
    const found = await problems('renderer/src/features/visits/Text.tsx', screen)
    expect(found.filter((p) => p.includes('message catalogues'))).toHaveLength(2)
    expect(found.some((p) => p.includes('never by casting'))).toBe(true)
  })

  it('allows key names in <Kbd>', async () => {
    expect(await problems('renderer/src/features/visits/Keys.tsx', "import { Kbd } from '#ui'\nexport const K = () => <Kbd>Ctrl K</Kbd>\n")).toEqual([])
  })

  it('refuses a hook called conditionally', async () => {
    const code = "import { useState } from 'react'\nexport function A({ on }: { on: boolean }) {\n  if (on) useState(0)\n  return null\n}\n"
    expect((await problems('renderer/src/features/visits/Hooks.tsx', code)).join('\n')).toContain('react-hooks/rules-of-hooks')
  })
})
