// What other features may use from the stakeholder map.
// For a PNG of an account's map (e.g. in the brief):
//   renderGraphPng(toElements(people, links, { labels: graphLabels(t) }), 'org')   // from '#graph'
// The screen itself is not exported here: the account tabs load it on demand (accounts/accountTabs.ts),
// and a re-export would pull it (and Cytoscape) into whatever imports these helpers.
export { graphLabels, roleLabel } from './labels'
export { coverageWarningText } from './coverageText'
