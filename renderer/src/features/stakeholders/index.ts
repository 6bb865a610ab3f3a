// What other features may use from the stakeholder map.
// For a PNG of an account's map (e.g. in the brief):
//   renderGraphPng(toElements(people, links, { labels: graphLabels(t) }), 'org')   // from '../../graph'
export { StakeholdersScreen } from './StakeholdersScreen'
export { graphLabels } from './labels'
export { coverageWarningText } from './coverageText'
