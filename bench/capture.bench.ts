// Issue 17's capture benchmark (`npm run bench -- capture`): person precision and recall, role accuracy
// on the people found, and time per sentence, over the corpus in tests/fixtures/capture. Runs the shared
// code in Node, as the renderer runs it. Baselines in the same run: a naive reader (any surname + one or
// two characters, any capitalised pair) for what the rules buy, and Intl.Segmenter's word split, which
// the issue suggested measuring before choosing (we did not use it: it splits 孙|海燕 and 欧阳|明, so it
// gives no name boundary our rules don't, at extra cost per sentence).
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { findPeople, scoreCorpus, type CorpusSentence } from '#shared/domain/capture'
import { COMMON_SURNAMES } from '#shared/domain/capture/surnames'

const GOAL = { precision: 0.9, recall: 0.8, role: 0.8, msPerSentence: 2 }
const sentences = JSON.parse(readFileSync(new URL('../tests/fixtures/capture/sentences.json', import.meta.url), 'utf8')) as CorpusSentence[]

function timePerSentence(read: (text: string) => unknown): number {
  for (const s of sentences) read(s.text)
  const rounds = 20
  const start = performance.now()
  for (let r = 0; r < rounds; r++) for (const s of sentences) read(s.text)
  return (performance.now() - start) / (rounds * sentences.length)
}

const NAIVE_ZH = new RegExp(`[${COMMON_SURNAMES}][\\p{Script=Han}]{1,2}`, 'gu')
const naive = (text: string) => [...text.matchAll(NAIVE_ZH), ...text.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)].map((m) => m[0])

test('capture: people and roles from notes', () => {
  const score = scoreCorpus(sentences)
  const ms = timePerSentence(findPeople)
  let naiveFound = 0
  let naiveMatched = 0
  for (const s of sentences) {
    const got = naive(s.text)
    naiveFound += got.length
    naiveMatched += s.people.filter((p) => got.includes(p.name)).length
  }
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
  const segmentMs = timePerSentence((text) => [...segmenter.segment(text)].length)
  const line = (label: string, value: number, goal: number, higherIsBetter = true) =>
    console.log(`${label.padEnd(30)} ${value.toFixed(3).padStart(8)}   goal ${higherIsBetter ? '≥' : '<'} ${goal}   ratio ${(higherIsBetter ? value / goal : goal / value).toFixed(2)}× ${(higherIsBetter ? value >= goal : value < goal) ? 'met' : 'NOT met'}`)
  console.log(`\ncapture over ${score.sentences} sentences, ${score.expected} people expected, ${score.found} found`)
  line('person precision', score.precision, GOAL.precision)
  line('person recall', score.recall, GOAL.recall)
  line('role accuracy (found people)', score.roleAccuracy, GOAL.role)
  line('ms per sentence', ms, GOAL.msPerSentence, false)
  console.log(`title accuracy ${score.titleAccuracy.toFixed(3)}, department accuracy ${score.departmentAccuracy.toFixed(3)}, coach accuracy ${score.coachAccuracy.toFixed(3)}`)
  console.log(`baseline, naive reader: precision ${(naiveMatched / naiveFound).toFixed(3)}, recall ${(naiveMatched / score.expected).toFixed(3)}`)
  console.log(`baseline, Intl.Segmenter word split alone: ${segmentMs.toFixed(3)} ms per sentence`)
  expect(score.found).toBeGreaterThan(0)
})
