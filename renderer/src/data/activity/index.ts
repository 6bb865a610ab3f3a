export { readObjectionAnswers, useObjectionAnswers } from './objectionAnswers'
