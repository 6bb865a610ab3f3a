export * from './briefModel'
export { renderBriefHtml } from './renderBriefHtml'
export { BRIEF_FONT_STACK } from './briefStyles'
export { nextPlannedVisit } from './plannedVisit'
