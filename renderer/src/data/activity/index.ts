export { readLastActivityByAccount, useLastActivityByAccount } from './lastActivity'
export { readObjectionAnswers, useObjectionAnswers } from './objectionAnswers'
