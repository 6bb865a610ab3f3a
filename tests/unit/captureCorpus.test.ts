import { describe, expect, it } from 'vitest'
import corpus from '../fixtures/capture/sentences.json'
import { scoreCorpus, type CorpusSentence } from '#shared/domain/capture'

const sentences = corpus as CorpusSentence[]

describe('capture over the sentence corpus (tests/fixtures/capture)', () => {
  const score = scoreCorpus(sentences)

  it('finds the people reps name, with their roles, at the issue’s goals', () => {
    console.log(
      `capture corpus: ${score.sentences} sentences, ${score.expected} people; precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, ` +
        `role ${score.roleAccuracy.toFixed(3)}, title ${score.titleAccuracy.toFixed(3)}, department ${score.departmentAccuracy.toFixed(3)}, coach ${score.coachAccuracy.toFixed(3)}`
    )
    expect(score.sentences).toBeGreaterThanOrEqual(150)
    expect(score.precision).toBeGreaterThanOrEqual(0.9)
    expect(score.recall).toBeGreaterThanOrEqual(0.8)
    expect(score.roleAccuracy).toBeGreaterThanOrEqual(0.8)
  })

  it('covers both languages, every channel, and sentences with no one and with several', () => {
    for (const lang of ['zh', 'en']) expect(sentences.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(50)
    for (const channel of ['gatekeeper', 'warehouse', 'production', 'engineering', 'purchasing', 'external']) {
      expect(sentences.filter((s) => s.channel === channel).length).toBeGreaterThanOrEqual(20)
    }
    expect(sentences.filter((s) => s.people.length === 0).length).toBeGreaterThanOrEqual(20)
    expect(sentences.filter((s) => s.people.length >= 2).length).toBeGreaterThanOrEqual(20)
  })

  it('suggests no one in sentences that name no one', () => {
    const noisy = scoreCorpus(sentences.filter((s) => s.people.length === 0))
    expect(noisy.found).toBe(0)
  })
})
