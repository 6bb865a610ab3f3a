import { pinyin } from 'pinyin-pro'
import type { ToPinyin } from './pinyinKeys'

// pinyin-pro: maintained, dictionary-based, reads polyphonic surnames (曾 zeng, 单 shan, 解 xie) in its
// surname mode and runs in the browser. About 300 KB, so the renderer imports this module only when
// search first opens.
export const toPinyin: ToPinyin = (run, asName) => pinyin(run, { toneType: 'none', type: 'array', v: true, surname: asName ? 'head' : 'off' })
